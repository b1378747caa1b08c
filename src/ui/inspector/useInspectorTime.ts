import { useStore } from 'zustand';
import type { PlaygroundStore } from '../../store/store';

/**
 * The instant the text views show: the playhead itself when paused (so a step lands on the change
 * it names), whole simulated seconds while playing (so they refresh at most once per second).
 */
export function useInspectorTime(store: PlaygroundStore): number {
  return useStore(store, (s) => (s.playing ? Math.floor(s.t / 1000) * 1000 : s.t));
}
