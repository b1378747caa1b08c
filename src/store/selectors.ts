import type { PlaygroundState } from './store';

/** The scenario text. */
export const selectText = (s: PlaygroundState) => s.text;
