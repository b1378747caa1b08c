// The moment the runtime sends the stop signal (CRI StopContainer): an image server exits on it,
// a shell that traps it runs its action and exits when the action does, and PID 1 without a
// handler ignores it until SIGKILL. Says what the container now waits for and, if SIGKILL comes,
// why; the exit a trap brings about is explained through `inst.stopWhy`.
import { SIGKILL } from '../shell/signalNames';
import type { CauseTrigger } from '../../scenario/trace';
import { formatClock, formatSpan } from './causeText';
import type { SimContext } from './context';
import { exitInstance } from './process';
import type { RuleId } from './rules';
import type { Instance } from './runtime';
import { describeStopSignal, serverStopsOn, stopSignalOf } from './stopSignal';
import { timing } from './timing';

/** What sending the stop signal set in motion. */
export interface StopPlan {
  /** The stop signal is SIGKILL: the container is gone at once. */
  killedNow: boolean;
  /** What the container waits for until it exits or SIGKILL comes (undefined: nothing to say, it exits at once). */
  wait: string | undefined;
  killRule: RuleId;
  /** Why PID 1 was still there when the grace period ran out. */
  killText: () => string;
}

/** Sends the stop signal of `inst` now; `ordered`: a sidecar released by the termination order. */
export function sendStopSignal(ctx: SimContext, inst: Instance, trigger: CauseTrigger, stoppedBy: string, remaining: number, ordered: boolean): StopPlan {
  const stop = stopSignalOf(ctx, inst.spec);
  const signal = describeStopSignal(stop);
  const sent = ctx.sched.now;
  const killAt = `SIGKILL follows at ${formatClock(sent + remaining)} when the ${formatSpan(remaining)} grace period runs out`;
  const plan: StopPlan = { killedNow: false, wait: undefined, killRule: 'stop.sigkill-grace', killText: () => `PID 1 has no ${stop.name} handler and ignored it` };
  if (stop.number === SIGKILL) return { ...plan, killedNow: inst.state !== 'exited' };
  if (inst.state !== 'running') return plan;
  if (inst.gracefulStop && serverStopsOn(inst.spec, stop.number)) {
    const token = inst.token;
    ctx.sched.at(ctx.sched.now + timing.serverStopMs, () => {
      if (inst.token === token) exitInstance(ctx, inst, 0, undefined, { rule: ordered ? 'stop.sidecar-order' : 'stop.sigterm-handled', trigger: { ...trigger, kind: 'signal', text: `${stoppedBy}; its image exits on ${signal}` } });
    });
    return plan;
  }
  const outcome = inst.signals?.send(stop.number) ?? 'default';
  if (outcome === 'ignored') {
    return { ...plan, wait: `got ${signal} at ${formatClock(sent)} and ignores it (its shell set trap '' for it); ${killAt}, unless it exits first`, killText: () => `its shell ignores ${stop.name} (trap '')` };
  }
  if (outcome === 'default') {
    return { ...plan, wait: `got ${signal} at ${formatClock(sent)} and ignores it (PID 1 has no handler); ${killAt}, unless it exits first` };
  }
  const action = inst.signals?.trapFor(stop.number) ?? '';
  inst.stopWhy = (code) => {
    const ran = inst.signals?.ranSince(stop.number, sent);
    if (ran === undefined) return undefined;
    return { rule: ordered ? 'stop.sidecar-order' : 'stop.trap-handled',
      trigger: { ...trigger, kind: 'signal', text: `${stoppedBy}; ${ordered ? '' : `it got ${signal} at ${formatClock(sent)}, `}its ${stop.name} handler ran \`${ran}\`, and the process exited ${code}` } };
  };
  return {
    ...plan,
    wait: `got ${signal} at ${formatClock(sent)}; its shell runs the handler \`${action}\` once its foreground command returns (at once if it is blocked in wait); ${killAt}, unless it exits first`,
    killRule: 'stop.sigkill-trapped',
    killText: () => {
      const ran = inst.signals?.ranSince(stop.number, sent);
      return ran === undefined
        ? `its shell has a ${stop.name} handler (\`${action}\`) but never got to run it: a shell runs a handler only once its foreground command returns, and that command was still running`
        : `its ${stop.name} handler ran \`${ran}\` but did not end the process`;
    },
  };
}
