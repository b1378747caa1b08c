// pkg/kubelet/prober: startup, readiness and liveness workers of one container instance.
import type { ProbeSpec } from '../manifest/model';
import { explainContainer, recording } from './causes';
import { formatClock } from './causeText';
import { recordEvent, type ProbeResult, type SimContext } from './context';
import { runHandler } from './handlers';
import type { Instance } from './runtime';
import { delay, type Wait } from './scheduler';
import { execReadinessCanceledDuringTermination } from '../version/switches';

type ProbeType = 'startup' | 'readiness' | 'liveness';
const labels: Record<ProbeType, string> = { startup: 'Startup', readiness: 'Readiness', liveness: 'Liveness' };
const initial: Record<ProbeType, ProbeResult> = { startup: 'unknown', readiness: 'failure', liveness: 'success' };
/** prober.go › probe: the event of an exec probe whose CRI call saw its context cancelled. */
const canceledMessage = 'Readiness probe errored and resulted in unknown state: rpc error: code = Canceled desc = context canceled';

/**
 * SyncTerminatingPod stops the liveness and startup workers before it kills the containers and
 * removes the readiness workers after; doProbe ends one once the status phase is terminal.
 */
function probesWhileStopping(ctx: SimContext, type: ProbeType): boolean {
  return type === 'readiness' && ctx.worker.phase === 'terminating' && ctx.worker.deletionRequested !== undefined
    && ctx.status.phase !== 'Failed' && ctx.status.phase !== 'Succeeded';
}

/** 1.35 and 1.36: an exec readiness probe of a terminating pod errors with "context canceled" (kubernetes#140882). */
function canceled(ctx: SimContext, probe: ProbeSpec): boolean {
  return ctx.worker.phase !== 'syncing' && probe.handler.kind === 'exec' && execReadinessCanceledDuringTermination(ctx.model.scenario.kubernetes.version);
}

/** Starts the probe workers of a freshly started instance. */
export function startProbes(ctx: SimContext, inst: Instance): void {
  const probes: [ProbeType, ProbeSpec | undefined][] = [['startup', inst.spec.startupProbe], ['readiness', inst.spec.readinessProbe], ['liveness', inst.spec.livenessProbe]];
  for (const [type, probe] of probes) {
    if (!probe) continue;
    ctx.probes[type].set(inst.id, initial[type]);
    ctx.sched.spawn(probeWorker(ctx, inst, type, probe));
  }
}

function* probeWorker(ctx: SimContext, inst: Instance, type: ProbeType, probe: ProbeSpec): Generator<Wait, void, void> {
  const token = inst.token;
  const alive = () => inst.token === token && inst.state === 'running' && (ctx.worker.phase === 'syncing' || probesWhileStopping(ctx, type));
  let successes = 0;
  let failures = 0;
  yield delay(probe.initialDelaySeconds * 1000);
  while (alive()) {
    const gated = type !== 'startup' && inst.spec.startupProbe && ctx.probes.startup.get(inst.id) !== 'success';
    if (!gated) {
      const result = canceled(ctx, probe) ? undefined : yield* runHandler(ctx, inst, probe.handler, probe.timeoutSeconds * 1000, true);
      if (!alive()) return;
      // doProbe drops an errored result, also of a probe under way when the pod began terminating.
      if (!result || canceled(ctx, probe)) recordEvent(ctx, 'Warning', 'Unhealthy', canceledMessage, inst.spec);
      else {
        if (result.ok) { successes++; failures = 0; } else { failures++; successes = 0; }
        if (!result.ok) recordEvent(ctx, 'Warning', 'Unhealthy', `${labels[type]} probe failed: ${result.output}`, inst.spec);
        const current = ctx.probes[type].get(inst.id);
        let next = current;
        if (result.ok && successes >= probe.successThreshold) next = 'success';
        if (!result.ok && failures >= probe.failureThreshold) next = 'failure';
        if (next && next !== current) {
          ctx.probes[type].set(inst.id, next);
          if (type !== 'liveness' && recording(ctx)) explainProbe(ctx, inst, type, probe, next === 'success', result.output);
          ctx.probeChanged(inst.name, type);
        }
        if (type === 'startup' && next === 'success') return;
        if (type !== 'readiness' && next === 'failure') return;
      }
    }
    yield delay(probe.periodSeconds * 1000);
  }
}

function explainProbe(ctx: SimContext, inst: Instance, type: 'startup' | 'readiness', probe: ProbeSpec, ok: boolean, output: string): void {
  const how = ok ? `succeeded${probe.successThreshold > 1 ? ` ${probe.successThreshold} times in a row (successThreshold)` : ''}`
    : `failed ${probe.failureThreshold} times in a row (failureThreshold ${probe.failureThreshold})${output ? `: ${output.trim().slice(0, 160)}` : ''}`;
  const stopping = ctx.worker.phase !== 'syncing';
  const text = `its ${type} probe (${probe.handler.kind}, every ${probe.periodSeconds} s) ${how} at ${formatClock(ctx.sched.now)}${stopping ? ', while the deleted pod shuts down' : ''}`;
  const rule = type === 'startup' ? 'probe.startup' : stopping ? 'probe.readiness-terminating' : 'probe.readiness';
  explainContainer(ctx, inst.name, type === 'startup' ? 'started' : 'ready', { rule, trigger: { kind: 'probe', text, container: inst.name } });
}
