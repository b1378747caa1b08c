import { useStore } from 'zustand';
import type { PlaygroundStore } from '../../store/store';

/** The playhead rounded down to whole seconds: text views refresh at most once per simulated second. */
export function useInspectorTime(store: PlaygroundStore): number {
  return useStore(store, (s) => Math.floor(s.t / 1000) * 1000);
}
