// The normalized scenario the simulation runs: API defaults applied, every value narrowed,
// with source positions kept for diagnostics.
import type { SourcePosition } from '../../scenario/trace';
import type { KubernetesSettings } from '../version/versions';

/** A probe or hook action. */
export type HandlerSpec =
  | { kind: 'exec'; command: string[]; position?: SourcePosition }
  | { kind: 'httpGet'; path: string; port: number | string; host?: string; scheme: 'HTTP' | 'HTTPS' }
  | { kind: 'tcpSocket'; port: number | string; host?: string }
  | { kind: 'grpc'; port: number; service?: string }
  | { kind: 'sleep'; seconds: number };

/** A probe with the API defaults applied (seconds as in the API). */
export interface ProbeSpec {
  handler: HandlerSpec;
  initialDelaySeconds: number;
  periodSeconds: number;
  timeoutSeconds: number;
  successThreshold: number;
  failureThreshold: number;
  terminationGracePeriodSeconds?: number;
}

/** A volume mount. */
export interface VolumeMountSpec {
  name: string;
  mountPath: string;
  readOnly: boolean;
  subPath?: string;
}

/** A container port. */
export interface ContainerPortSpec {
  containerPort: number;
  name?: string;
  protocol: string;
  hostPort?: number;
}

/** Which list a container comes from and how it behaves. */
export type ContainerKind = 'init' | 'sidecar' | 'app';

/** One `restartPolicyRules` entry (KEP-5307 / KEP-5532). */
export interface ContainerRestartRuleSpec {
  action: 'Restart' | 'RestartAllContainers';
  operator: 'In' | 'NotIn';
  values: number[];
}

/** One `envFrom` source: every key of a ConfigMap or Secret, each name after `prefix`. */
export interface EnvFromSpec {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  prefix: string;
  optional: boolean;
}

/** A container with the API defaults applied. */
export interface ContainerSpec {
  name: string;
  kind: ContainerKind;
  /** Index within its list (`initContainers` or `containers`). */
  index: number;
  image: string;
  imagePullPolicy: 'Always' | 'IfNotPresent' | 'Never';
  command?: string[];
  args?: string[];
  /** Position of each `command` then `args` item, same order. */
  argPositions: SourcePosition[];
  /** Where each line of each `command` then `args` item begins in the source (for warnings inside scripts). */
  argLines?: SourcePosition[][];
  workingDir?: string;
  /** Where the container may write why it ended (the API server defaults it to /dev/termination-log). */
  terminationMessagePath?: string;
  /** `FallbackToLogsOnError`: the log tail becomes the message of a failed container that wrote none. */
  terminationMessagePolicy?: 'File' | 'FallbackToLogsOnError';
  env: { name: string; value?: string; valueFrom?: unknown }[];
  /** Its `envFrom` sources, in order (absent when it has none). */
  envFrom?: EnvFromSpec[];
  ports: ContainerPortSpec[];
  volumeMounts: VolumeMountSpec[];
  startupProbe?: ProbeSpec;
  livenessProbe?: ProbeSpec;
  readinessProbe?: ProbeSpec;
  postStart?: HandlerSpec;
  preStop?: HandlerSpec;
  /** `lifecycle.stopSignal` as written (used only where the ContainerStopSignals gate is on). */
  stopSignal?: string;
  /** The container's own restartPolicy (1.35+; a sidecar's Always is its `kind`), overriding the pod's. */
  restartPolicy?: 'Always' | 'OnFailure' | 'Never';
  /** Rules on the exit code, checked in order before restartPolicy (1.35+). */
  restartPolicyRules?: ContainerRestartRuleSpec[];
  /** Requests and limits as the raw quantity strings of the manifest. */
  requests: Record<string, string>;
  limits: Record<string, string>;
  /** Position of the list item (the container's `- name:` line). */
  position: SourcePosition;
}

/** A pod volume, reduced to what the simulation needs. */
export interface VolumeSpec {
  name: string;
  kind: 'emptyDir' | 'configMap' | 'secret' | 'hostPath' | 'projected' | 'downwardAPI' | 'persistentVolumeClaim' | 'image' | 'other';
  /** configMap / secret name, when the kind has one. */
  source?: string;
  optional?: boolean;
  items?: { key: string; path: string }[];
  /** An image volume's reference and pull policy (KEP-4639). */
  image?: string;
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
}

/** A toleration as the pod gives it (kubectl describe prints them). */
export interface TolerationSpec {
  key: string;
  operator: string;
  value: string;
  effect: string;
  tolerationSeconds?: number;
}

/** The pod, normalized. */
export interface PodSpecModel {
  name: string;
  namespace: string;
  uid: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** `nodeSelector` and `tolerations`, when the pod has them (shown by describe; the one node is not matched against them). */
  nodeSelector?: Record<string, string>;
  tolerations?: TolerationSpec[];
  restartPolicy: 'Always' | 'OnFailure' | 'Never';
  initContainers: ContainerSpec[];
  containers: ContainerSpec[];
  volumes: VolumeSpec[];
  terminationGracePeriodSeconds: number;
  activeDeadlineSeconds?: number;
  nodeName: string;
  serviceAccountName: string;
  hostname?: string;
  subdomain?: string;
  overhead: Record<string, string>;
  /** Condition types of `spec.readinessGates`. */
  readinessGates: string[];
  /** Position of the Pod document's `kind:` line. */
  position: SourcePosition;
}

/** A Service port. */
export interface ServicePortSpec {
  port: number;
  targetPort?: number | string;
  protocol: string;
  name?: string;
}

/** A Service, reduced to what name resolution and connections need. */
export interface ServiceSpecModel {
  name: string;
  namespace: string;
  ports: ServicePortSpec[];
  clusterIP?: string;
  position: SourcePosition;
}

/** A ConfigMap or Secret (Secret data already base64-decoded). */
export interface ConfigDataModel {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  namespace: string;
  data: Record<string, string>;
  /** A ConfigMap's keys from `binaryData` (in `data` too): its volume holds them, its env references do not see them. */
  binaryKeys?: string[];
  position: SourcePosition;
}

/** Per-image node behaviour from the Scenario (kind: Scenario). */
export interface ImageOverride {
  pullSeconds?: number;
  pull?: 'ok' | 'fail';
  /** Extension: image size in bytes, shown in the `Pulled` event. */
  sizeBytes?: number;
  /** Extension: files the image holds (path to content), seen at an image volume's mount path. */
  files?: Record<string, string>;
}

/** Something that happens while the pod runs. */
export type ScenarioEventSpec =
  | { at: number; kind: 'apply'; objectKind: 'Service' | 'ConfigMap' | 'Secret'; name: string; position: SourcePosition }
  | { at: number; kind: 'delete'; objectKind: 'Service' | 'ConfigMap' | 'Secret' | 'Pod'; name: string; position: SourcePosition }
  | { at: number; kind: 'kill'; container: string; exitCode: number; reason: string; position: SourcePosition }
  | { at: number; kind: 'restartSandbox'; position: SourcePosition }
  /** Extension: the container's image is updated in place (the only container field a pod update may change). */
  | { at: number; kind: 'setImage'; container: string; image: string; position: SourcePosition };

/** The `playground/v1` Scenario document, defaults applied. */
export interface ScenarioSpecModel {
  node: { name: string; cachedImages: string[]; images: Record<string, ImageOverride> };
  events: ScenarioEventSpec[];
  /** Extension: simulated horizon in ms, if the scenario fixes one. */
  until?: number;
  /** Extension: the Kubernetes version simulated and its effective feature gates. */
  kubernetes: KubernetesSettings;
}

/** A scenario that passed validation and can be simulated. */
export interface ScenarioModel {
  pod: PodSpecModel;
  services: ServiceSpecModel[];
  configData: ConfigDataModel[];
  scenario: ScenarioSpecModel;
}
