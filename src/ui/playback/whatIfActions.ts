// The what-if actions available at an instant, as scenario event bodies.
import type { ScenarioModel } from '../../engine/manifest/model';
import type { Snapshot } from '../../scenario/trace';

/** One thing a user can make happen at the playhead. */
export interface WhatIfAction {
  label: string;
  body: string;
}

/** Whether a Service exists at time t, given the scenario's apply/delete events. */
function servicePresent(model: ScenarioModel, name: string, t: number): boolean {
  const events = model.scenario.events.filter((e) => (e.kind === 'apply' || e.kind === 'delete') && e.objectKind === 'Service' && e.name === name);
  let present = !events.some((e) => e.kind === 'apply');
  for (const e of events) if (e.at <= t) present = e.kind === 'apply';
  return present;
}

/** The actions that make sense at time t for this scenario and status. */
export function whatIfActions(model: ScenarioModel, snapshot: Snapshot | undefined, t: number): WhatIfAction[] {
  const actions: WhatIfAction[] = [];
  for (const svc of model.services) {
    actions.push(servicePresent(model, svc.name, t)
      ? { label: `Delete Service ${svc.name}`, body: `delete: Service/${svc.name}` }
      : { label: `Apply Service ${svc.name}`, body: `apply: Service/${svc.name}` });
  }
  if (snapshot && !snapshot.deleted) {
    for (const c of [...snapshot.initContainers, ...snapshot.containers]) {
      if (c.state === 'running') actions.push({ label: `Kill container ${c.name}`, body: `kill: ${c.name}` });
    }
    if (snapshot.conditions.PodReadyToStartContainers) actions.push({ label: 'Restart the pod sandbox', body: 'restartSandbox: true' });
    if (snapshot.deletionTimestamp === undefined) actions.push({ label: `Delete pod ${model.pod.name}`, body: `delete: Pod/${model.pod.name}` });
  }
  return actions;
}
