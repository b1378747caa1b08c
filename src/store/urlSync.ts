// Keeps the URL hash and the local draft in step with the store. The store knows no window:
// the caller passes what writes the hash, the storage and the timer.
import { keepDraftBeforeOpening, saveDraft, type StorageLike } from '../share/drafts';
import { encodeShareState, type ShareState } from '../share/shareCodec';
import type { PlaygroundStore } from './store';
import type { PlaygroundState } from './types';

/** What the sync loops need from the environment. */
export interface SyncEnvironment {
  replaceHash: (fragment: string) => void;
  storage?: StorageLike;
  setTimer: (fn: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
  now: () => number;
}

/** The share state of the playground: the text and only the view options that differ from the defaults. */
export function shareStateOf(s: PlaygroundState, includeTime = !s.playing): ShareState {
  const state: ShareState = { text: s.text };
  if (includeTime && s.t > 0) state.t = Math.round(s.t);
  if (s.speed !== 4) state.speed = s.speed;
  if (s.tab !== 'get') state.tab = s.tab;
  if (s.tab === 'logs' && s.logsContainer) state.logsContainer = s.logsContainer;
  if (s.theme !== 'auto') state.theme = s.theme;
  return state;
}

/** Writes the hash (debounced) and saves the draft at once as the user works; returns a stop function. */
export function startSync(store: PlaygroundStore, env: SyncEnvironment): () => void {
  let hashTimer: number | undefined;
  const unsubscribe = store.subscribe((s, prev) => {
    const viewChanged = s.speed !== prev.speed || s.tab !== prev.tab || s.theme !== prev.theme || s.logsContainer !== prev.logsContainer
      || (s.playing !== prev.playing) || (!s.playing && s.t !== prev.t);
    if (s.text !== prev.text || viewChanged) {
      if (hashTimer !== undefined) env.clearTimer(hashTimer);
      hashTimer = env.setTimer(() => env.replaceHash(encodeShareState(shareStateOf(store.getState()))), 400);
    }
    // Only the user's own edits become their draft: an opened link or example does not replace it.
    if (s.text !== prev.text && s.textSource === 'user' && env.storage) {
      const storage = env.storage;
      // The first edit of a link or an example puts the saved draft aside, one click away.
      if (prev.textSource === 'link' || prev.textSource === 'gallery') keepDraftBeforeOpening(storage, s.text);
      // Saved now, inside the edit, before the text goes to the simulator: no run, however long or
      // broken, can lose what was typed (a write of a few kilobytes takes well under a millisecond).
      saveDraft(storage, s.text, env.now());
    }
  });
  return () => {
    unsubscribe();
    if (hashTimer !== undefined) env.clearTimer(hashTimer);
  };
}
