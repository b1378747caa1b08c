// Trace format 1 (shared/spec/playground-contract.md §2), plus the documented extensions in
// docs/trace-format.md. Plain data: the UI, share links, CLI and tests all read it.

/** A place in the scenario text, 1-based. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A non-fatal remark about the scenario (e.g. a shell line the simulator cannot interpret). */
export interface TraceWarning {
  message: string;
  line?: number;
  column?: number;
}

/** One line of `kubectl describe pod` Events. */
export interface TraceEvent {
  t: number;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  container?: string;
  /** Extension: `kubelet` or `default-scheduler`. */
  source?: string;
  /** Extension: `spec.initContainers{name}` or `spec.containers{name}`. */
  fieldPath?: string;
}

/** One line a container wrote to stdout. */
export interface LogLine {
  t: number;
  container: string;
  line: string;
}

/** `waiting`, `running` or `terminated`, as in the API. */
export type ContainerStateName = 'waiting' | 'running' | 'terminated';

/** A terminated state, as in `lastState.terminated`. */
export interface TerminatedState {
  reason: string;
  exitCode: number;
  signal?: number;
  message?: string;
  startedAt?: number;
  finishedAt: number;
}

/** One entry of `initContainerStatuses` / `containerStatuses` at an instant. */
export interface ContainerSnapshot {
  name: string;
  state: ContainerStateName;
  reason?: string;
  message?: string;
  exitCode?: number;
  signal?: number;
  startedAt?: number;
  finishedAt?: number;
  lastState?: TerminatedState;
  restartCount: number;
  started: boolean;
  ready: boolean;
  /** Extension: the image of the container spec. */
  image?: string;
}

/** The five pod condition types, in the order the kubelet writes them. */
export const conditionTypes = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'] as const;

/** A pod condition type. */
export type ConditionType = (typeof conditionTypes)[number];

/** Extension: a condition with its reason and message, as `kubectl describe` shows it. */
export interface ConditionDetail {
  type: ConditionType;
  status: boolean;
  reason?: string;
  message?: string;
  lastTransitionTime: number;
}

/** The three columns of `kubectl get pod`, exactly as printed. */
export interface KubectlColumns {
  status: string;
  ready: string;
  restarts: string;
}

/** The pod as the API shows it from `t` until the next snapshot. */
export interface Snapshot {
  t: number;
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
  conditions: Record<ConditionType, boolean>;
  kubectl: KubectlColumns;
  initContainers: ContainerSnapshot[];
  containers: ContainerSnapshot[];
  /** Extension: `status.reason` / `status.message` (e.g. DeadlineExceeded). */
  reason?: string;
  message?: string;
  /** Extension: conditions with reasons, in the kubelet's order. */
  conditionDetails?: ConditionDetail[];
  /** Extension: `status.startTime`. */
  startTime?: number;
  /** Extension: simulated ms at which graceful deletion was requested. */
  deletionTimestamp?: number;
  /** Extension: true once the pod object is gone from the API. */
  deleted?: boolean;
}

/** The engine's answer for an accepted scenario. */
export interface Trace {
  format: 1;
  pod: string;
  /** Extension: the pod's namespace. */
  namespace?: string;
  horizon: number;
  truncated: boolean;
  warnings: TraceWarning[];
  events: TraceEvent[];
  logs: LogLine[];
  snapshots: Snapshot[];
}

/** One reason a scenario was rejected, in the API server's wording where it applies. */
export interface RejectionError {
  path: string;
  message: string;
  line: number;
  column: number;
}

/** The engine's answer for a scenario that cannot be simulated. */
export interface Rejection {
  format: 1;
  rejected: true;
  errors: RejectionError[];
}

/** Either a trace or a rejection. */
export type SimulationResult = Trace | Rejection;

/** Narrows a result to a rejection. */
export function isRejection(result: SimulationResult): result is Rejection {
  return 'rejected' in result && result.rejected;
}
