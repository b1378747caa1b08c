import { useEffect, useState } from 'react';
import type { ScenarioModel } from '../../engine/manifest/model';
import { laneCountOf, largeTimelineAfter } from '../../render/laneGeometry';
import type { Trace } from '../../scenario/trace';

interface Shown {
  trace: Trace | undefined;
  model: ScenarioModel | undefined;
}

/**
 * The trace and model the timeline draws. A timeline of more than `largeTimelineAfter` lanes takes a
 * new trace after the task that brought it: the rest of the page shows the result first, then the
 * timeline is laid out in a task, then drawn in the next, so a large pod's result is three tasks
 * rather than one long one. A smaller timeline follows at once.
 */
export function useStagedTrace(trace: Trace | undefined, model: ScenarioModel | undefined, layOut?: (trace: Trace, model: ScenarioModel) => void): Shown {
  const heavy = model !== undefined && laneCountOf(model.pod) > largeTimelineAfter;
  const [shown, setShown] = useState<Shown>({ trace, model });
  const current = shown.trace === trace && shown.model === model;
  // Kept up to date while small, so a large trace after a small one starts from what is drawn.
  if (!heavy && !current) setShown({ trace, model });
  useEffect(() => {
    if (!heavy || current) return;
    // Laid out in one task (`layOut` keeps the layout for the render), drawn in the next.
    let id = setTimeout(() => {
      if (trace && model) layOut?.(trace, model);
      id = setTimeout(() => setShown({ trace, model }), 0);
    }, 0);
    return () => clearTimeout(id);
  }, [trace, model, heavy, current, layOut]);
  return heavy ? shown : { trace, model };
}
