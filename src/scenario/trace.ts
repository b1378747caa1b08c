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
  /** The five conditions, and AllContainersRestarting for a pod with a RestartAllContainers rule (1.35+). */
  type: ConditionType | 'AllContainersRestarting';
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

/** A snapshot's pod-level part: everything but the container lists (what the pod and condition lanes read). */
export type PodLevel = Omit<Snapshot, 'initContainers' | 'containers'>;

/** Extension: what a cause's subject is: the pod, its `kubectl get` columns, a condition or a container. */
export type CauseSubject = 'pod' | 'kubectl' | `condition:${ConditionType}` | `container:${string}`;

/** Extension: what set a change off. */
export type CauseTriggerKind =
  | 'scenario' | 'pod-created' | 'sandbox' | 'container-exit' | 'container-start' | 'container-ready' | 'program-exit'
  | 'signal' | 'grace-period' | 'probe' | 'backoff' | 'image' | 'config' | 'hook' | 'deadline' | 'deletion' | 'status';

/** Extension: the evidence a container's own shell left: the command it ran last and how it went. */
export interface CommandEvidence {
  /** The command as the shell ran it, after expansion (`nslookup myservice.default.svc.cluster.local`). */
  command: string;
  /** Its exit status. */
  status: number;
  /** What that status means for this command, in plain words (`can't resolve`). */
  result: string;
  /** When it ran (simulated ms). */
  at: number;
}

/** Extension: the trigger of a change, with its evidence. */
export interface CauseTrigger {
  kind: CauseTriggerKind;
  /** Plain English: "Service myservice was created (scenario event at 0:20.0)". */
  text: string;
  /** When the trigger happened, if it is not the change's own instant. */
  t?: number;
  /** Index in `Trace.causes` of the change that set this one off. */
  cause?: number;
  /** The container whose change set this one off (drawn as a link on the timeline). */
  container?: string;
  /** Index in `Trace.scenarioEvents` of the scenario event that set this one off. */
  scenarioEvent?: number;
  /** The container's last shell command and its result. */
  command?: CommandEvidence;
}

/** Extension: why something changed, recorded where the kubelet decided it. */
export interface TraceCause {
  t: number;
  subject: CauseSubject;
  /** The change in plain words: "init-myservice exited 0". */
  change: string;
  /** Stable id of the rule that fired (`init.sequential`); see docs/trace-format.md. */
  rule: string;
  /** The rule in plain English. */
  ruleText: string;
  trigger: CauseTrigger;
  /** What happens next and when, where the kubelet already knows it. */
  next?: { t?: number; text: string };
  /** For the curious: the kubelet's own message, and the upstream function and file. */
  detail?: { message?: string; source: string };
}

/** Extension: a Scenario document event, as it happened during the run. */
export interface TraceScenarioEvent {
  t: number;
  action: 'apply' | 'delete' | 'kill' | 'restartSandbox' | 'setImage';
  /** `Service/myservice`, `Pod/myapp-pod` or a container name. */
  target: string;
  /** Plain words: "Service myservice created". */
  label: string;
  /** False when it had no effect (the container was not running, say). */
  applied: boolean;
  line?: number;
  column?: number;
}

/** Extension: an interval during which a container waits for something the kubelet names. */
export interface TraceWait {
  container: string;
  from: number;
  /** Exclusive end; absent while the wait lasts to the end of the trace. */
  to?: number;
  /** Plain words: "waits for init-myservice to exit 0". */
  text: string;
  /** The container it waits on, if any. */
  on?: string;
}

/** Extension: a run of the same command with the same result in one container (e.g. a polling loop). */
export interface TraceAttempts {
  container: string;
  command: string;
  status: number;
  result: string;
  /** First and last time it ran with this result. */
  from: number;
  last: number;
  count: number;
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
  /** Extension: why each change of state happened, in time order. */
  causes?: TraceCause[];
  /** Extension: the Scenario document's events as they happened. */
  scenarioEvents?: TraceScenarioEvent[];
  /** Extension: what waiting containers wait for, and since when. */
  waits?: TraceWait[];
  /** Extension: the commands containers' shells ran to look at the world (nslookup, wget, nc, test), run-length encoded. */
  attempts?: TraceAttempts[];
  /** Extension: the Kubernetes minor version simulated ("1.34"…"1.37"); views follow it (describe's event prefixes). */
  kubernetesVersion?: string;
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
  /** Extension: warnings found before the rejection (unknown fields), as kubectl prints them before the error. */
  warnings?: TraceWarning[];
}

/** Either a trace or a rejection. */
export type SimulationResult = Trace | Rejection;

/** Narrows a result to a rejection. */
export function isRejection(result: SimulationResult): result is Rejection {
  return 'rejected' in result && result.rejected;
}
