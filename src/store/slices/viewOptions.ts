// The view-options slice.
import type { StateCreator } from 'zustand/vanilla';
import type { PlaygroundState, UiSlice } from '../types';

/** Creates the view-options slice. */
export const createUiSlice: StateCreator<PlaygroundState, [], [], UiSlice> = (set) => ({
  theme: 'auto',
  tab: 'get',
  helpOpen: false,
  shareOpen: false,
  shareCopied: false,
  setShareOpen: (shareOpen, shareCopied = false) => set({ shareOpen, shareCopied }),
  setNotice: (notice) => set({ notice }),
  setTheme: (theme) => set({ theme }),
  setTab: (tab) => set({ tab }),
  setLogsContainer: (logsContainer) => set({ logsContainer, tab: 'logs' }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
});
