// The editor slice: the scenario text and the actions that change it.
import type { StateCreator } from 'zustand/vanilla';
import { appendScenarioEvent } from '../../engine/manifest/appendEvent';
import { formatGoDuration } from '../../engine/manifest/duration';
import { findGalleryEntry } from '../../scenario/gallery';
import type { EditorSlice, PlaygroundState } from '../types';
import { simulateText } from './simulation';

/** Creates the editor slice (which also re-simulates on every change of text). */
export const createEditorSlice: StateCreator<PlaygroundState, [], [], EditorSlice> = (set, get) => ({
  text: '',
  textSource: 'default',
  setText: (text) => {
    const s = get();
    if (text === s.text) return;
    const sim = simulateText(text, s);
    const t = Math.min(s.t, sim.trace?.horizon ?? 0);
    set({ text, textSource: 'user', galleryId: undefined, ...sim, t });
  },
  openText: (text, textSource) => {
    const s = get();
    const sim = simulateText(text, s);
    set({ text, textSource, galleryId: undefined, ...sim, t: Math.min(s.t, sim.trace?.horizon ?? 0) });
  },
  loadGalleryEntry: (id) => {
    const entry = findGalleryEntry(id);
    if (!entry) return;
    set({ text: entry.yaml, textSource: 'gallery', galleryId: id, ...simulateText(entry.yaml), t: 0, playing: false, logsContainer: undefined });
  },
  addEventAtPlayhead: (body) => {
    const s = get();
    const at = formatGoDuration(Math.max(0, Math.round(s.t / 100) * 100));
    const next = s.stale ? undefined : appendScenarioEvent(s.text, `at: ${at}, ${body}`);
    if (next === undefined) {
      s.setNotice({ kind: 'link-error', message: 'The event could not be added: fix the errors in the scenario first, then try again.' });
      return false;
    }
    s.setText(next);
    return true;
  },
});
