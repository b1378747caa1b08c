// Lookups into a trace's causes that a scrub repeats many times per second: the causes of one
// instant and each subject's latest cause before an instant, indexed once per (immutable) trace.
import type { CauseSubject, Trace, TraceCause } from '../../scenario/trace';

interface CauseIndex {
  /** Causes sorted by time (stable: the engine's order within an instant). */
  byTime: TraceCause[];
  bySubject: Map<CauseSubject, TraceCause[]>;
}

const indexes = new WeakMap<Trace, CauseIndex>();

function indexOf(trace: Trace): CauseIndex {
  let index = indexes.get(trace);
  if (!index) {
    const byTime = [...(trace.causes ?? [])].sort((a, b) => a.t - b.t);
    const bySubject = new Map<CauseSubject, TraceCause[]>();
    for (const c of byTime) {
      const list = bySubject.get(c.subject);
      if (list) list.push(c);
      else bySubject.set(c.subject, [c]);
    }
    index = { byTime, bySubject };
    indexes.set(trace, index);
  }
  return index;
}

/** Index of the first cause in `list` (sorted by t) later than t. */
function after(list: TraceCause[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as TraceCause).t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The causes recorded at exactly t, in the engine's order. */
export function causesAt(trace: Trace, t: number): TraceCause[] {
  const { byTime } = indexOf(trace);
  const end = after(byTime, t);
  let start = end;
  while (start > 0 && (byTime[start - 1] as TraceCause).t === t) start--;
  return byTime.slice(start, end);
}

/** Each subject's latest cause at or before t. */
export function latestCauses(trace: Trace, t: number): TraceCause[] {
  const out: TraceCause[] = [];
  for (const list of indexOf(trace).bySubject.values()) {
    const i = after(list, t);
    if (i > 0) out.push(list[i - 1] as TraceCause);
  }
  return out;
}
