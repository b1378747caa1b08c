import { useEffect } from 'react';
import type { PlaygroundStore } from '../../store/store';

/** The one place that knows real time: advances the playhead on animation frames while playing. */
export function usePlaybackClock(store: PlaygroundStore): void {
  useEffect(() => {
    let frame = 0;
    let last: number | undefined;
    const tick = (now: number) => {
      if (last !== undefined) store.getState().advance(Math.min(now - last, 100));
      last = now;
      frame = store.getState().playing ? requestAnimationFrame(tick) : 0;
      if (!frame) last = undefined;
    };
    const start = () => { if (!frame && store.getState().playing) frame = requestAnimationFrame(tick); };
    start();
    const unsubscribe = store.subscribe((s, prev) => { if (s.playing && !prev.playing) start(); });
    return () => { unsubscribe(); cancelAnimationFrame(frame); };
  }, [store]);
}
