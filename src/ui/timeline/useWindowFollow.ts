import { useEffect } from 'react';
import type { PlaygroundStore } from '../../store/store';
import { clampWindow, followPlayhead } from '../../render/timeWindow';

/**
 * Keeps a zoomed window on the playhead: playback turns the page when the playhead nears the
 * right edge, and a jump (a step, a seek from the controls) brings it into view. Once the user
 * has panned the playhead out of view, playback leaves the window where it is. A new example
 * starts with the whole trace.
 */
export function useWindowFollow(store: PlaygroundStore): void {
  useEffect(() => store.subscribe((s, prev) => {
    if (s.galleryId !== prev.galleryId && s.galleryId !== undefined && s.viewWindow) {
      s.setViewWindow(undefined);
      return;
    }
    if (!s.viewWindow || s.t === prev.t || !s.trace) return;
    const horizon = s.trace.horizon;
    const w = clampWindow(s.viewWindow, horizon);
    const advancing = s.playing && prev.playing;
    if (advancing && (prev.t < w.from || prev.t > w.to)) return;
    const next = followPlayhead(w, s.t, horizon);
    if (next !== w) s.setViewWindow(next);
  }), [store]);
}
