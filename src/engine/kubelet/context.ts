// The state one simulation shares across the kubelet's parts.
import type { ConfigDataModel, ContainerSpec, PodSpecModel, ScenarioModel, ServiceSpecModel } from '../manifest/model';
import type { LogLine, Snapshot, TraceAttempts, TraceEvent, TraceScenarioEvent, TraceWait, TraceWarning } from '../../scenario/trace';
import type { CauseRecorder } from './causes';
import type { Backoff } from './backoff';
export { formatGoDuration } from '../manifest/duration';
import type { VolumeStore } from './filesystem';
import type { ProgressNote } from './progress';
import type { Runtime } from './runtime';
import type { Scheduler } from './scheduler';

/** The latest result of one probe of one container instance. */
export type ProbeResult = 'success' | 'failure' | 'unknown';

/** Probe results keyed by container instance id. */
export interface ProbeResults {
  startup: Map<string, ProbeResult>;
  readiness: Map<string, ProbeResult>;
  liveness: Map<string, ProbeResult>;
}

/** The last start failure of a container (the kubelet's reason cache). */
export interface StartFailure {
  reason: string;
  message: string;
  /** The crash-loop delay a CrashLoopBackOff message names. */
  delay?: number;
}

/** The pod worker's bookkeeping. */
export interface WorkerState {
  busy: boolean;
  pending: boolean;
  /** Only the newest requeue counts, as in the kubelet's work queue. */
  requeueToken: number;
  relistScheduled: boolean;
  phase: 'syncing' | 'terminating' | 'terminated';
  deletionRequested?: number;
  /** The API's deletionTimestamp: the request's time plus the grace period (BeforeDelete). */
  deletionTimestamp?: number;
  mountRetryMs: number;
  /** Since when the pod worker has waited for volumes to mount. */
  mountWaitSince?: number;
}

/** Events, logs, warnings and snapshots as they are produced. */
export interface Recorder {
  events: TraceEvent[];
  logs: LogLine[];
  warnings: TraceWarning[];
  snapshots: Snapshot[];
  lastChange: number;
  causes: CauseRecorder;
  scenarioEvents: TraceScenarioEvent[];
  waits: TraceWait[];
  attempts: TraceAttempts[];
}

/** Everything one simulation shares. */
export interface SimContext {
  sched: Scheduler;
  model: ScenarioModel;
  pod: PodSpecModel;
  runtime: Runtime;
  crashBackoff: Backoff;
  pullBackoff: Backoff;
  reasonCache: Map<string, StartFailure>;
  probes: ProbeResults;
  /** Images on the node. */
  imagesPresent: Set<string>;
  /** Services and config objects that exist now, keyed `namespace/name`. */
  services: Map<string, ServiceSpecModel>;
  configData: Map<string, ConfigDataModel>;
  volumes: Map<string, VolumeStore>;
  worker: WorkerState;
  rec: Recorder;
  /** The pod status the API shows now. */
  status: Snapshot;
  /** The status before the first one published (no container statuses yet). */
  initialStatus: Snapshot;
  /** Deadline eviction decided by the active-deadline handler. */
  evicted?: { reason: string; message: string };
  /** Extension hooks set by the kubelet: request a sync, note a runtime change. */
  requestSync: () => void;
  runtimeChanged: () => void;
  /** A container started: the trace records it at once (the contract counts starts from running snapshots). */
  containerChanged: (spec: ContainerSpec) => void;
  /**
   * A postStart hook is running inside SyncPod: the kubelet generates no pod status until it returns,
   * so container changes wait (`statusDeferred`) and are published when it does. Probe results still
   * reach the status manager's cached status.
   */
  statusHold: number;
  statusDeferred: boolean;
  /** A probe result changed: update status fields and sync. */
  probeChanged: (container: string, type: 'startup' | 'readiness' | 'liveness') => void;
  /** Init and app containers, in spec order. */
  allContainers: ContainerSpec[];
  /** The last attempt of containers whose records were purged (sandbox recreation). */
  purgedAttempts: Map<string, number>;
  /** The last image pull error per pull back-off key. */
  pullErrors: Map<string, string>;
  /** What the last recorded plan of waits depended on (the blocking init container, app containers started). */
  lastPlan?: { blocker: ContainerSpec | undefined; started: number };
  /** Index in `rec.waits` of each container's open wait. */
  waitIndex: Map<string, number>;
  /** BackOff event messages by container, built once. */
  backOffMessages: Map<string, string>;
  /** Told where the run is as commands start (RunOptions.onProgress). */
  progress?: (note: ProgressNote) => void;
}

/** Records an event at the current time (source and field path are derived by the views). */
export function recordEvent(ctx: SimContext, type: 'Normal' | 'Warning', reason: string, message: string, container?: ContainerSpec): void {
  const event: TraceEvent = container ? { t: ctx.sched.now, type, reason, container: container.name, message } : { t: ctx.sched.now, type, reason, message };
  ctx.rec.events.push(event);
  ctx.rec.lastChange = ctx.sched.now;
}

/** The pod as `format.Pod` prints it: name_namespace(uid). */
export function formatPod(pod: PodSpecModel): string {
  return `${pod.name}_${pod.namespace}(${pod.uid})`;
}
