// Builds the ContainerSpec model from a validated container: API defaults applied, positions kept.
import type { ContainerKind, ContainerSpec, HandlerSpec, ProbeSpec } from './model';
import { defaultPullPolicy, defaultRequests, defaultProbeTimings } from './defaults';
import type { FieldPath } from './path';
import type { ContainerV1, HandlerV1, ProbeV1 } from './podShape';
import type { PositionFinder } from './positions';
import { normalizeRestart } from './restartRules';

function normalizeHandler(h: HandlerV1, path: FieldPath, find: PositionFinder): HandlerSpec | undefined {
  if (h.exec) return { kind: 'exec', command: [...(h.exec.command ?? [])], position: find([...path, 'exec', 'command', 0]) };
  if (h.httpGet) {
    const g = h.httpGet;
    return {
      kind: 'httpGet',
      path: g.path || '/',
      port: g.port ?? 0,
      ...(g.host ? { host: g.host } : {}),
      scheme: g.scheme === 'HTTPS' ? 'HTTPS' : 'HTTP',
    };
  }
  if (h.tcpSocket) return { kind: 'tcpSocket', port: h.tcpSocket.port ?? 0, ...(h.tcpSocket.host ? { host: h.tcpSocket.host } : {}) };
  if (h.grpc) return { kind: 'grpc', port: h.grpc.port ?? 0, ...(h.grpc.service ? { service: h.grpc.service } : {}) };
  if (h.sleep) return { kind: 'sleep', seconds: h.sleep.seconds ?? 0 };
  return undefined;
}

function normalizeProbe(p: ProbeV1 | undefined, path: FieldPath, find: PositionFinder): ProbeSpec | undefined {
  if (!p) return undefined;
  const handler = normalizeHandler({ exec: p.exec, httpGet: p.httpGet, tcpSocket: p.tcpSocket, grpc: p.grpc }, path, find);
  if (!handler) return undefined;
  return {
    handler,
    ...defaultProbeTimings(p),
    ...(p.terminationGracePeriodSeconds !== undefined ? { terminationGracePeriodSeconds: p.terminationGracePeriodSeconds } : {}),
  };
}

function pullPolicy(c: ContainerV1): ContainerSpec['imagePullPolicy'] {
  const p = c.imagePullPolicy;
  return p === 'Always' || p === 'IfNotPresent' || p === 'Never' ? p : defaultPullPolicy(c.image ?? '');
}

/** Normalizes container `index` of its list at `path` (e.g. `['spec', 'initContainers', 0]`). */
export function normalizeContainer(c: ContainerV1, kind: ContainerKind, index: number, path: FieldPath, find: PositionFinder): ContainerSpec {
  const argPaths = [...(c.command ?? []).map((_, i) => [...path, 'command', i]), ...(c.args ?? []).map((_, i) => [...path, 'args', i])];
  const argPositions = argPaths.map((p) => find(p));
  const argLines = find.lines ? argPaths.map((p) => find.lines?.(p) ?? []) : undefined;
  const startupProbe = normalizeProbe(c.startupProbe, [...path, 'startupProbe'], find);
  const livenessProbe = normalizeProbe(c.livenessProbe, [...path, 'livenessProbe'], find);
  const readinessProbe = normalizeProbe(c.readinessProbe, [...path, 'readinessProbe'], find);
  const lifecycle = c.lifecycle ?? {};
  const postStart = lifecycle.postStart && normalizeHandler(lifecycle.postStart, [...path, 'lifecycle', 'postStart'], find);
  const preStop = lifecycle.preStop && normalizeHandler(lifecycle.preStop, [...path, 'lifecycle', 'preStop'], find);
  return {
    name: c.name ?? '',
    kind,
    index,
    image: c.image ?? '',
    imagePullPolicy: pullPolicy(c),
    ...(c.command ? { command: [...c.command] } : {}),
    ...(c.args ? { args: [...c.args] } : {}),
    argPositions,
    ...(argLines ? { argLines } : {}),
    ...(c.workingDir ? { workingDir: c.workingDir } : {}),
    ...(c.terminationMessagePath ? { terminationMessagePath: c.terminationMessagePath } : {}),
    ...(c.terminationMessagePolicy === 'FallbackToLogsOnError' ? { terminationMessagePolicy: 'FallbackToLogsOnError' as const } : {}),
    env: (c.env ?? []).map((e) => ({
      name: e.name ?? '',
      ...(e.value !== undefined ? { value: e.value } : {}),
      ...(e.valueFrom !== undefined ? { valueFrom: e.valueFrom } : {}),
    })),
    ...(c.envFrom?.length ? { envFrom: c.envFrom.map((f) => {
      const ref = f.configMapRef ?? f.secretRef;
      return { kind: f.configMapRef ? 'ConfigMap' as const : 'Secret' as const, name: ref?.name ?? '', prefix: f.prefix ?? '', optional: ref?.optional === true };
    }) } : {}),
    ports: (c.ports ?? []).map((p) => ({
      containerPort: p.containerPort ?? 0,
      ...(p.name ? { name: p.name } : {}),
      protocol: p.protocol || 'TCP',
      ...(p.hostPort ? { hostPort: p.hostPort } : {}),
    })),
    volumeMounts: (c.volumeMounts ?? []).map((m) => ({
      name: m.name ?? '',
      mountPath: m.mountPath ?? '',
      readOnly: m.readOnly ?? false,
      ...(m.subPath ? { subPath: m.subPath } : {}),
    })),
    ...(startupProbe ? { startupProbe } : {}),
    ...(livenessProbe ? { livenessProbe } : {}),
    ...(readinessProbe ? { readinessProbe } : {}),
    ...(postStart ? { postStart } : {}),
    ...(preStop ? { preStop } : {}),
    ...(typeof lifecycle.stopSignal === 'string' ? { stopSignal: lifecycle.stopSignal } : {}),
    ...normalizeRestart(c),
    requests: defaultRequests(c.resources?.requests, c.resources?.limits),
    limits: { ...(c.resources?.limits ?? {}) },
    position: find(path),
  };
}
