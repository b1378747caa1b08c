// kuberuntime_container.go › getTerminationMessage and readLastStringFromContainerLogs, and the
// status manager's normalizeStatus: what `state.terminated.message` says after a container exits.
import type { SimContext } from './context';
import { createContainerFs, initPrivateDirs } from './filesystem';
import { mountsFor, serviceAccountMountPath } from './host';
import type { Instance } from './runtime';

/** pkg/kubelet/container/runtime.go: MaxContainerTerminationMessageLength. */
export const maxMessageBytes = 4 * 1024;
/** MaxContainerTerminationMessageLogLength and MaxContainerTerminationMessageLogLines. */
export const maxLogMessageBytes = 2 * 1024;
export const maxLogMessageLines = 80;
/** MaxPodTerminationMessageLogLength: shared evenly by every container of the pod. */
export const maxPodMessageBytes = 12 * 1024;

const defaultPath = '/dev/termination-log';
/** UTF-8 bytes of one code point. */
function bytesOf(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** The end of `text` that fits in `n` UTF-8 bytes (whole characters: a cut never splits one). */
function lastBytes(text: string, n: number): string {
  if (text.length * 3 <= n) return text;
  let bytes = 0;
  let i = text.length;
  while (i > 0) {
    const cp = text.codePointAt(i - 1) ?? 0;
    const low = cp >= 0xdc00 && cp <= 0xdfff && i >= 2;
    const full = low ? text.codePointAt(i - 2) ?? cp : cp;
    const size = bytesOf(full);
    if (bytes + size > n) break;
    bytes += size;
    i -= low && full > 0xffff ? 2 : 1;
  }
  return text.slice(i);
}

/** The start of `text` that fits in `n` UTF-8 bytes (whole characters). */
function firstBytes(text: string, n: number): string {
  if (text.length * 3 <= n) return text;
  let bytes = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const size = bytesOf(cp);
    if (bytes + size > n) break;
    bytes += size;
    i += cp > 0xffff ? 2 : 1;
  }
  return text.slice(0, i);
}

/** Whether `path` lies in one of the container's volume mounts or the service account's. */
function underMount(inst: Instance, path: string): boolean {
  const inside = (dir: string) => { const d = dir.replace(/\/+$/, ''); return d === '' || path === d || path.startsWith(`${d}/`); };
  return inside(serviceAccountMountPath) || inst.spec.volumeMounts.some((m) => inside(m.mountPath));
}

/** The file at the termination message path, or undefined when the container never wrote it. */
function readMessageFile(ctx: SimContext, inst: Instance, path: string): string | undefined {
  // Most containers never write it: a plain path under no mount can only be one of the container's own files.
  if (/^(\/[^/.][^/]*)+$/.test(path) && !inst.files.has(path) && !underMount(inst, path)) return undefined;
  const mounts = mountsFor(ctx, inst.spec);
  if (inst.dirs.size === 0) initPrivateDirs(inst, mounts);
  return createContainerFs(inst, mounts, inst.spec.workingDir).read(path);
}

/** The last 80 lines this instance logged, kept to their last 2 KiB (a circular buffer). */
function logTail(ctx: SimContext, inst: Instance): string {
  const from = inst.startedAt ?? inst.createdAt;
  const to = inst.finishedAt ?? ctx.sched.now;
  const lines: string[] = [];
  for (const l of ctx.rec.logs) if (l.container === inst.name && l.t >= from && l.t <= to) lines.push(l.line);
  return lastBytes(lines.slice(-maxLogMessageLines).map((l) => `${l}\n`).join(''), maxLogMessageBytes);
}

const cache = new WeakMap<Instance, string>();

/** The message of an exited instance: the runtime's own, then what the container left at its termination message path or, by policy, its log tail. */
export function terminationMessage(ctx: SimContext, inst: Instance): string | undefined {
  if (inst.state !== 'exited') return inst.message;
  let message = cache.get(inst);
  if (message === undefined) {
    const spec = inst.spec;
    // A container that could not even run has no logs to fall back on.
    const fallback = spec.terminationMessagePolicy === 'FallbackToLogsOnError' && inst.exitCode !== 0 && inst.reason !== 'ContainerCannotRun';
    const file = readMessageFile(ctx, inst, spec.terminationMessagePath || defaultPath);
    let written = file === undefined ? '' : lastBytes(file, maxMessageBytes);
    if (fallback && written === '') written = logTail(ctx, inst);
    message = inst.message ? (written ? `${inst.message}: ${written}` : inst.message) : written;
    // normalizeStatus: the pod's 12 KiB are shared evenly; each message keeps its first bytes.
    const containers = ctx.pod.containers.length + ctx.pod.initContainers.length;
    message = firstBytes(message, Math.floor(maxPodMessageBytes / Math.max(1, containers)));
    cache.set(inst, message);
  }
  return message || undefined;
}
