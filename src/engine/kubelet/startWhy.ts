// The triggers computePodActions names when it starts or kills something: the exit or start of
// another container, the sandbox, or the end of initialization.
import type { CauseTrigger } from '../../scenario/trace';
import type { ContainerSpec } from '../manifest/model';
import { causeOf, type Why } from './causes';
import { formatClock } from './causeText';
import type { SimContext } from './context';
import type { Instance } from './runtime';
import type { RuleId } from './rules';

function withCause(ctx: SimContext, name: string, trigger: CauseTrigger): CauseTrigger {
  const index = causeOf(ctx, name);
  if (index !== undefined) trigger.cause = index;
  return trigger;
}

/** A container's exit as the trigger of the next decision. */
export function afterExit(ctx: SimContext, spec: ContainerSpec, inst: Instance): Why {
  const at = inst.finishedAt ?? ctx.sched.now;
  const trigger = withCause(ctx, spec.name, { kind: 'container-exit', t: at, container: spec.name, text: `${spec.name} exited ${inst.exitCode ?? 0}${inst.reason && inst.reason !== 'Completed' && inst.reason !== 'Error' ? ` (${inst.reason})` : ''} at ${formatClock(at)}` });
  return { rule: 'init.sequential', trigger };
}

/** A sidecar having started (and passed its startup probe) as the trigger of the next container's start. */
export function afterStart(ctx: SimContext, spec: ContainerSpec, inst: Instance): CauseTrigger {
  const probe = spec.startupProbe ? ' and passed its startup probe' : '';
  return withCause(ctx, spec.name, { kind: 'container-start', t: inst.startedAt ?? ctx.sched.now, container: spec.name, text: `sidecar ${spec.name} started at ${formatClock(inst.startedAt ?? ctx.sched.now)}${probe}` });
}

/** The end of initialization (the last init container's exit, or the last sidecar's start) as a trigger. */
export function afterInit(ctx: SimContext, rule: RuleId): Why {
  const inits = ctx.pod.initContainers;
  const last = inits[inits.length - 1];
  if (!last) return sandboxWhy(ctx, rule);
  const inst = ctx.runtime.latest(last.name);
  if (!inst) return sandboxWhy(ctx, rule);
  if (last.kind === 'sidecar') return { rule, trigger: afterStart(ctx, last, inst) };
  const trigger = afterExit(ctx, last, inst).trigger;
  trigger.text = `the last init container, ${trigger.text}`;
  return { rule, trigger };
}

/** The pod sandbox being ready as the trigger. */
export function sandboxWhy(ctx: SimContext, rule: RuleId): Why {
  const sandbox = ctx.runtime.latestSandbox();
  const recreated = (sandbox?.attempt ?? 0) > 0 || rule === 'sandbox.recreated';
  const text = sandbox?.ready
    ? `the pod sandbox${recreated ? ' (re-created)' : ''} became ready at ${formatClock(sandbox.createdAt)}`
    : recreated ? 'the pod sandbox is gone and must be re-created' : 'the pod sandbox is being created';
  return { rule, trigger: { kind: 'sandbox', text, ...(sandbox ? { t: sandbox.createdAt } : {}) } };
}
