// Hand-built pods, snapshots and traces for the view tests (kept out of *.test.ts so every
// test file can share them).
import type { ContainerSnapshot, Snapshot, Trace } from '../../scenario/trace';
import type { ContainerKind, ContainerSpec, PodSpecModel } from '../manifest/model';

const here = { line: 1, column: 1 };

/** A container spec with API defaults; `overrides` replaces any field. */
export function containerSpec(name: string, kind: ContainerKind, index: number, overrides: Partial<ContainerSpec> = {}): ContainerSpec {
  return {
    name, kind, index, image: 'busybox:1.28', imagePullPolicy: 'IfNotPresent', argPositions: [], env: [], ports: [],
    volumeMounts: [], requests: {}, limits: {}, position: here, ...overrides,
  };
}

/** A pod whose init list is given as [name, kind] pairs and app list as names. */
export function podSpec(init: [string, 'init' | 'sidecar'][], app: string[], overrides: Partial<PodSpecModel> = {}): PodSpecModel {
  return {
    name: 'myapp-pod', namespace: 'default', uid: '0f0e0d0c-0000-4000-8000-000000000001', labels: {}, annotations: {},
    restartPolicy: 'Always',
    initContainers: init.map(([name, kind], i) => containerSpec(name, kind, i)),
    containers: app.map((name, i) => containerSpec(name, 'app', i)),
    volumes: [], terminationGracePeriodSeconds: 30, nodeName: 'node-1', serviceAccountName: 'default', overhead: {}, readinessGates: [], position: here,
    ...overrides,
  };
}

/** A container status; the default is waiting for PodInitializing. */
export function status(name: string, overrides: Partial<ContainerSnapshot> = {}): ContainerSnapshot {
  return { name, state: 'waiting', reason: 'PodInitializing', restartCount: 0, started: false, ready: false, ...overrides };
}

/** Shorthands for the states that matter to kubectl. */
export const running = (name: string, startedAt: number, more: Partial<ContainerSnapshot> = {}): ContainerSnapshot =>
  status(name, { state: 'running', reason: undefined, startedAt, started: true, ...more });
/** A terminated container with the given exit code and reason. */
export const exited = (name: string, exitCode: number, reason: string, startedAt = 1000, finishedAt = 2000, more: Partial<ContainerSnapshot> = {}): ContainerSnapshot =>
  status(name, { state: 'terminated', exitCode, reason, startedAt, finishedAt, ...more });

/** A snapshot at `t`; conditions default to "scheduled, nothing else yet". */
export function snapshot(t: number, overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    t, phase: 'Pending',
    conditions: { PodReadyToStartContainers: false, Initialized: false, Ready: false, ContainersReady: false, PodScheduled: true },
    kubectl: { status: '', ready: '', restarts: '' },
    initContainers: [], containers: [], ...overrides,
  };
}

/** A trace made of the given snapshots, events and logs. */
export function trace(snapshots: Snapshot[], more: Partial<Trace> = {}): Trace {
  return { format: 1, pod: 'myapp-pod', horizon: 600_000, truncated: false, warnings: [], events: [], logs: [], snapshots, ...more };
}

const initCommand = (service: string): string[] => ['sh', '-c', `until nslookup ${service}; do echo waiting for ${service}; sleep 2; done`];

/** The Kubernetes docs' myapp-pod (two init containers waiting for Services), normalized. */
export const docsPod: PodSpecModel = podSpec([], [], {
  labels: { 'app.kubernetes.io/name': 'MyApp' },
  initContainers: [
    containerSpec('init-myservice', 'init', 0, { command: initCommand('myservice') }),
    containerSpec('init-mydb', 'init', 1, { command: initCommand('mydb') }),
  ],
  containers: [containerSpec('myapp-container', 'app', 0, { command: ['sh', '-c', 'echo The app is running! && sleep 3600'] })],
});

const ready = { PodReadyToStartContainers: true, PodScheduled: true };

/** A run of docsPod: the Services appear at 20 s and 40 s, the app starts at 41.5 s. */
export const docsTrace: Trace = trace([
  snapshot(0, { startTime: 0, initContainers: [status('init-myservice'), status('init-mydb')], containers: [status('myapp-container')] }),
  snapshot(1200, {
    startTime: 0, conditions: { ...snapshot(0).conditions, ...ready },
    initContainers: [running('init-myservice', 1200, { started: false }), status('init-mydb')], containers: [status('myapp-container')],
  }),
  snapshot(20_500, {
    startTime: 0, conditions: { ...snapshot(0).conditions, ...ready },
    initContainers: [exited('init-myservice', 0, 'Completed', 1200, 20_500, { ready: true }), status('init-mydb')], containers: [status('myapp-container')],
  }),
  snapshot(21_000, {
    startTime: 0, conditions: { ...snapshot(0).conditions, ...ready },
    initContainers: [exited('init-myservice', 0, 'Completed', 1200, 20_500, { ready: true }), running('init-mydb', 21_000, { started: false })],
    containers: [status('myapp-container')],
  }),
  snapshot(40_500, {
    startTime: 0, conditions: { ...snapshot(0).conditions, ...ready, Initialized: true },
    initContainers: [exited('init-myservice', 0, 'Completed', 1200, 20_500, { ready: true }), exited('init-mydb', 0, 'Completed', 21_000, 40_500, { ready: true })],
    containers: [status('myapp-container')],
  }),
  snapshot(41_500, {
    phase: 'Running', startTime: 0,
    conditions: { PodReadyToStartContainers: true, Initialized: true, Ready: true, ContainersReady: true, PodScheduled: true },
    initContainers: [exited('init-myservice', 0, 'Completed', 1200, 20_500, { ready: true }), exited('init-mydb', 0, 'Completed', 21_000, 40_500, { ready: true })],
    containers: [running('myapp-container', 41_500, { ready: true })],
  }),
], {
  events: [
    { t: 0, type: 'Normal', reason: 'Scheduled', message: 'Successfully assigned default/myapp-pod to node-1' },
    ...(['init-myservice', 'init-mydb', 'myapp-container'] as const).flatMap((container, i) => {
      const t0 = [1000, 20_600, 40_600][i] ?? 0;
      return [
        { t: t0, type: 'Normal' as const, reason: 'Pulled', container, message: 'Container image "busybox:1.28" already present on machine' },
        { t: t0 + 100, type: 'Normal' as const, reason: 'Created', container, message: `Created container: ${container}` },
        { t: t0 + 200, type: 'Normal' as const, reason: 'Started', container, message: `Started container ${container}` },
      ];
    }),
  ],
  logs: [
    ...[1300, 3300, 5300].map((t) => ({ t, container: 'init-myservice', line: 'waiting for myservice' })),
    { t: 41_600, container: 'myapp-container', line: 'The app is running!' },
  ],
});
