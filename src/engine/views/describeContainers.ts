// The "Init Containers:" / "Containers:" blocks of `kubectl describe pod`
// (kubectl describe.go › describeContainers and helpers), as tab-separated lines.
import type { ContainerSnapshot } from '../../scenario/trace';
import type { ContainerSpec, PodSpecModel, ProbeSpec, VolumeMountSpec } from '../manifest/model';
import { formatRfc1123z } from './clock';
import { parseQuantity } from '../quantity';
import { containerIdOf, fakeImageId, hasRuntimeContainer } from './identity';
import { canonicalQuantity } from './quantityText';

/** Writes one line at a PrefixWriter level (two spaces per level). */
export type LineWriter = (level: number, text: string) => void;

/** What the container blocks need besides spec and status. */
export interface ContainerContext {
  pod: PodSpecModel;
  podIp: string;
  hostIp: string;
  /** Mounts every container gets from admission (the service-account token). */
  extraMounts: VolumeMountSpec[];
}

/** Formats a probe as kubectl's DescribeProbe does. */
export function describeProbe(probe: ProbeSpec): string {
  const attrs = `delay=${probe.initialDelaySeconds}s timeout=${probe.timeoutSeconds}s period=${probe.periodSeconds}s #success=${probe.successThreshold} #failure=${probe.failureThreshold}`;
  const h = probe.handler;
  switch (h.kind) {
    case 'exec':
      return `exec [${h.command.join(' ')}] ${attrs}`;
    case 'httpGet': {
      const port = String(h.port);
      const host = h.host ?? '';
      // net.JoinHostPort brackets IPv6 literals.
      const hostPort = port === '' ? host : `${host.includes(':') ? `[${host}]` : host}:${port}`;
      const path = h.path === '' || h.path.startsWith('/') ? h.path : `/${h.path}`;
      return `http-get ${h.scheme.toLowerCase()}://${hostPort}${path} ${attrs}`;
    }
    case 'tcpSocket':
      return `tcp-socket ${h.host ?? ''}:${String(h.port)} ${attrs}`;
    case 'grpc':
      return `grpc <pod>:${h.port} ${h.service ?? ''} ${attrs}`;
    default:
      return `unknown ${attrs}`;
  }
}

function describeState(w: LineWriter, name: string, c: ContainerSnapshot | { state: 'terminated'; reason?: string; message?: string; exitCode?: number; signal?: number; startedAt?: number; finishedAt?: number }): void {
  if (c.state === 'running') {
    w(2, `${name}:\tRunning`);
    w(3, `Started:\t${formatRfc1123z(c.startedAt)}`);
  } else if (c.state === 'waiting') {
    w(2, `${name}:\tWaiting`);
    if (c.reason) w(3, `Reason:\t${c.reason}`);
  } else {
    w(2, `${name}:\tTerminated`);
    if (c.reason) w(3, `Reason:\t${c.reason}`);
    if (c.message) w(3, `Message:\t${c.message}`);
    w(3, `Exit Code:\t${c.exitCode ?? 0}`);
    if ((c.signal ?? 0) > 0) w(3, `Signal:\t${c.signal ?? 0}`);
    w(3, `Started:\t${formatRfc1123z(c.startedAt)}`);
    w(3, `Finished:\t${formatRfc1123z(c.finishedAt)}`);
  }
}

function portsText(c: ContainerSpec, host: boolean): string {
  return c.ports
    .map((p) => `${host ? (p.hostPort ?? 0) : p.containerPort}/${p.protocol}${p.name ? ` (${p.name})` : ''}`)
    .join(', ');
}

function describeResources(w: LineWriter, c: ContainerSpec): void {
  for (const [title, list] of [['Limits', c.limits], ['Requests', c.requests]] as const) {
    const names = Object.keys(list).sort();
    if (names.length > 0) w(2, `${title}:`);
    for (const name of names) w(3, `${name}:\t${canonicalQuantity(list[name] ?? '')}`);
  }
}

const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function resolveFieldRef(path: string, ctx: ContainerContext): string {
  const { pod } = ctx;
  const simple: Record<string, string> = {
    'metadata.name': pod.name, 'metadata.namespace': pod.namespace, 'metadata.uid': pod.uid,
    'spec.nodeName': pod.nodeName, 'spec.serviceAccountName': pod.serviceAccountName,
    'status.podIP': ctx.podIp, 'status.hostIP': ctx.hostIp,
  };
  if (path in simple) return simple[path] ?? '';
  const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (m) return (m[1] === 'labels' ? pod.labels : pod.annotations)[m[2] ?? ''] ?? '';
  return '';
}

// kubectl's ExtractContainerResourceValue: the value divided by the divisor, rounded up.
function resourceFieldValue(ref: Record<string, unknown>, c: ContainerSpec): string {
  const [kind = '', name = ''] = text(ref['resource']).split('.');
  // A missing request defaults to the limit, as the API server does.
  const raw = kind === 'limits' ? c.limits[name] : (c.requests[name] ?? c.limits[name]);
  const milli = raw === undefined ? 0 : (parseQuantity(raw) ?? 0);
  const divisor = parseQuantity(ref['divisor'] === undefined ? '1' : text(ref['divisor'])) || 1000;
  return String(Math.ceil(milli / divisor));
}

function describeEnv(w: LineWriter, c: ContainerSpec, ctx: ContainerContext): void {
  // describeContainerEnvFrom, printed only for a container that has envFrom.
  if (c.envFrom?.length) {
    w(2, 'Environment Variables from:');
    for (const f of c.envFrom) w(3, f.prefix ? `${f.name}\t${f.kind} with prefix '${f.prefix}'\tOptional: ${f.optional}` : `${f.name}\t${f.kind}\tOptional: ${f.optional}`);
  }
  w(2, c.env.length === 0 ? 'Environment:\t<none>' : 'Environment:');
  for (const e of c.env) {
    const from = record(e.valueFrom);
    if (!from) {
      (e.value ?? '').split('\n').forEach((s, i) => w(3, i === 0 ? `${e.name}:\t${s}` : `\t${s}`));
      continue;
    }
    const fieldRef = record(from['fieldRef']);
    const resourceRef = record(from['resourceFieldRef']);
    const secretRef = record(from['secretKeyRef']);
    const configRef = record(from['configMapKeyRef']);
    if (fieldRef) {
      const path = text(fieldRef['fieldPath']);
      w(3, `${e.name}:\t${resolveFieldRef(path, ctx)} (${text(fieldRef['apiVersion']) || 'v1'}:${path})`);
    } else if (resourceRef) {
      const resource = text(resourceRef['resource']);
      let value = resourceFieldValue(resourceRef, c);
      if (value === '0' && (resource === 'limits.cpu' || resource === 'limits.memory')) value = 'node allocatable';
      w(3, `${e.name}:\t${value} (${resource})`);
    } else if (secretRef) {
      w(3, `${e.name}:\t<set to the key '${text(secretRef['key'])}' in secret '${text(secretRef['name'])}'>\tOptional: ${secretRef['optional'] === true}`);
    } else if (configRef) {
      w(3, `${e.name}:\t<set to the key '${text(configRef['key'])}' of config map '${text(configRef['name'])}'>\tOptional: ${configRef['optional'] === true}`);
    }
  }
}

function describeMounts(w: LineWriter, mounts: VolumeMountSpec[]): void {
  w(2, mounts.length === 0 ? 'Mounts:\t<none>' : 'Mounts:');
  const sorted = [...mounts].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
  for (const m of sorted) {
    const flags = [m.readOnly ? 'ro' : 'rw'];
    if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`);
    w(3, `${m.mountPath} from ${m.name} (${flags.join(',')})`);
  }
}

/** Writes one "Init Containers:"/"Containers:" section for the given specs and statuses. */
export function describeContainers(w: LineWriter, label: string, specs: ContainerSpec[], statuses: ContainerSnapshot[], ctx: ContainerContext): void {
  w(0, `${label}:${specs.length === 0 ? ' <none>' : ''}`);
  for (const spec of specs) {
    const status = statuses.find((s) => s.name === spec.name);
    w(1, `${spec.name}:`);
    if (status) w(2, `Container ID:\t${containerIdOf(ctx.pod.uid, status)}`);
    w(2, `Image:\t${spec.image}`);
    if (status) w(2, `Image ID:\t${hasRuntimeContainer(status) ? fakeImageId(spec.image) : ''}`);
    const ports = portsText(spec, false);
    w(2, ports.includes(',') ? `Ports:\t${ports}` : `Port:\t${ports || '<none>'}`);
    const hostPorts = portsText(spec, true);
    w(2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}` : `Host Port:\t${hostPorts || '<none>'}`);
    for (const [title, items] of [['Command', spec.command], ['Args', spec.args]] as const) {
      if (!items || items.length === 0) continue;
      w(2, `${title}:`);
      for (const item of items) for (const s of item.split('\n')) w(3, s);
    }
    if (status) {
      describeState(w, 'State', status);
      if (status.lastState) describeState(w, 'Last State', { state: 'terminated', ...status.lastState });
      w(2, `Ready:\t${status.ready ? 'True' : 'False'}`);
      w(2, `Restart Count:\t${status.restartCount}`);
    }
    describeResources(w, spec);
    for (const [title, probe] of [['Liveness', spec.livenessProbe], ['Readiness', spec.readinessProbe], ['Startup', spec.startupProbe]] as const) {
      if (probe) w(2, `${title}:\t${describeProbe(probe)}`);
    }
    describeEnv(w, spec, ctx);
    describeMounts(w, [...spec.volumeMounts, ...ctx.extraMounts]);
  }
}
