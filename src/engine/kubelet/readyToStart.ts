// What the PodReadyToStartContainers condition sees of the sandbox, by version: from 1.36 the
// sandbox as soon as it is created; before, the sandbox as the pod status cache held it when the
// current sync began (the status was generated from it, so a sandbox made during a sync showed at
// the next one: kubernetes#134660).
import type { SimContext } from './context';
import type { Sandbox } from './runtime';
import { readyToStartAtSandboxCreation, readyToStartExplainsFalse } from '../version/switches';

/** The sandbox as the condition sees it. */
export interface SandboxView {
  /** A ready sandbox the status knows of. */
  ready: boolean;
  /** Whether any sandbox exists (the False message differs). */
  exists: boolean;
  /** From 1.37 a False condition carries a reason and, where known, a message. */
  explainFalse: boolean;
}

/** Sandboxes a sync has started with, per simulation. */
const seen = new WeakMap<SimContext, WeakSet<Sandbox>>();

/** A sync begins: the status it generates sees the sandboxes that exist now. */
export function noteSyncStart(ctx: SimContext): void {
  const sandbox = ctx.runtime.latestSandbox();
  if (!sandbox) return;
  let set = seen.get(ctx);
  if (!set) { set = new WeakSet(); seen.set(ctx, set); }
  set.add(sandbox);
}

/** The sandbox as PodReadyToStartContainers sees it now. */
export function sandboxView(ctx: SimContext): SandboxView {
  const version = ctx.model.scenario.kubernetes.version;
  const sandbox = ctx.runtime.latestSandbox();
  const known = sandbox !== undefined && (readyToStartAtSandboxCreation(version) || seen.get(ctx)?.has(sandbox) === true);
  return { ready: known && sandbox.ready, exists: known, explainFalse: readyToStartExplainsFalse(version) };
}
