// The Scenario document's events as they happened, for markers on the timeline and for causes.
import type { TraceScenarioEvent } from '../../scenario/trace';
import type { ScenarioEventSpec } from '../manifest/model';
import type { SimContext } from './context';

/** The event in plain words: "Service myservice created". */
export function labelScenarioEvent(e: ScenarioEventSpec): { target: string; label: string } {
  switch (e.kind) {
    case 'apply': return { target: `${e.objectKind}/${e.name}`, label: `${e.objectKind} ${e.name} created` };
    case 'delete': return { target: `${e.objectKind}/${e.name}`, label: e.objectKind === 'Pod' ? `Pod ${e.name} deleted` : `${e.objectKind} ${e.name} deleted` };
    case 'kill': return { target: e.container, label: `${e.container} killed (exit ${e.exitCode})` };
    case 'setImage': return { target: e.container, label: `${e.container} image set to ${e.image}` };
    case 'restartSandbox': return { target: 'sandbox', label: 'pod sandbox stopped' };
  }
}

/** Records a Scenario event at the current instant; `applied` is false when it found nothing to act on. */
export function recordScenarioEvent(ctx: SimContext, e: ScenarioEventSpec, applied: boolean): void {
  const { target, label } = labelScenarioEvent(e);
  const out: TraceScenarioEvent = { t: ctx.sched.now, action: e.kind, target, label, applied, line: e.position.line, column: e.position.column };
  ctx.rec.scenarioEvents.push(out);
  ctx.rec.lastChange = ctx.sched.now;
}
