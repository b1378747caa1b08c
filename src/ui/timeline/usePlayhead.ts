import { useEffect, type RefObject } from 'react';
import type { PlaygroundStore } from '../../store/store';
import type { TimelineLayout } from '../../render/timelineTypes';

/** Moves the playhead element with one transform per change of `t`, outside React rendering; hidden while `t` is outside the window. */
export function usePlayhead(store: PlaygroundStore, ref: RefObject<HTMLElement | null>, layout: TimelineLayout | undefined): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || !layout) return;
    const place = (t: number) => {
      const inside = t >= layout.from && t <= layout.to;
      el.style.visibility = inside ? '' : 'hidden';
      if (inside) el.style.transform = `translateX(${layout.x(t).toFixed(1)}px)`;
    };
    place(store.getState().t);
    return store.subscribe((s, prev) => {
      if (s.t !== prev.t) place(s.t);
    });
  }, [store, ref, layout]);
}
