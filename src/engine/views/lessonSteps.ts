// A gallery lesson's steps placed on its trace: each step is the first recorded cause with the
// step's rule (and subject) at or after the previous step's, so that a lesson told in order
// lands on the changes it speaks of; no cause serves two steps, so a repeated rule lands later.
import type { GalleryStep } from '../../scenario/gallery';
import type { Trace, TraceCause } from '../../scenario/trace';

/** One lesson step placed on the trace. */
export interface LessonStepAt {
  note: string;
  /** The matched cause's instant (simulated ms); undefined when no cause matches. */
  t?: number;
  matched: boolean;
  /** Index of the matched cause in `Trace.causes`. */
  cause?: number;
}

function matches(step: GalleryStep, cause: TraceCause): boolean {
  return cause.rule === step.rule && (step.subject === undefined || cause.subject === step.subject);
}

/** Matches each step, in order, to a cause of `trace`; an unmatched step leaves the search where it was. */
export function placeLessonSteps(trace: Trace | undefined, steps: readonly GalleryStep[]): LessonStepAt[] {
  const causes = trace?.causes ?? [];
  let since = 0;
  const used = new Set<number>();
  return steps.map((step) => {
    const i = causes.findIndex((c, j) => c.t >= since && !used.has(j) && matches(step, c));
    const found = causes[i];
    if (!found) return { note: step.note, matched: false };
    since = found.t;
    used.add(i);
    return { note: step.note, t: found.t, matched: true, cause: i };
  });
}

/** Index of the last matched step at or before t (steps are in time order), or -1 before the first. */
export function currentLessonStep(placed: readonly LessonStepAt[], t: number): number {
  let current = -1;
  placed.forEach((p, i) => {
    if (p.t !== undefined && p.t <= t) current = i;
  });
  return current;
}
