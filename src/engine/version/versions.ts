// The Kubernetes minor versions the simulator models and their kubelet/API feature gates. A gate
// table row says, per version, whether the gate exists, its default and whether it is locked
// (`pkg/features/kube_features.go` › defaultVersionedKubernetesFeatureGates; 1.34 and 1.35 are read
// from a 1.35-line copy of that file, 1.36 and 1.37 rest on the release notes: docs/semantics.md,
// "Kubernetes versions").

/** The selectable minor versions, oldest first. */
export const KUBERNETES_VERSIONS = ['1.34', '1.35', '1.36', '1.37'] as const;

/** A selectable Kubernetes minor version. */
export type KubernetesVersion = (typeof KUBERNETES_VERSIONS)[number];

/** The version a scenario runs on when it names none. */
export const DEFAULT_KUBERNETES_VERSION: KubernetesVersion = '1.37';

/** The gates that change what one pod on one node does. */
export const GATE_NAMES = [
  'ContainerRestartRules',
  'RestartAllContainersOnContainerExits',
  'EnvFiles',
  'ImageVolume',
  'KubeletCrashLoopBackOffMax',
  'ReduceDefaultCrashLoopBackOffDecay',
  'ContainerStopSignals',
  'PodReadyToStartContainersCondition',
  'SidecarContainers',
  'PodLifecycleSleepAction',
  'PodLifecycleSleepActionAllowZero',
] as const;

/** A feature gate the simulator models. */
export type GateName = (typeof GATE_NAMES)[number];

/** A gate in one version: its stage, default and whether it can be changed. */
export interface GateInfo {
  stage: 'alpha' | 'beta' | 'GA' | 'deprecated';
  default: boolean;
  locked: boolean;
}

const A: GateInfo = { stage: 'alpha', default: false, locked: false };
const B: GateInfo = { stage: 'beta', default: true, locked: false };
const Boff: GateInfo = { stage: 'beta', default: false, locked: false };
const GA: GateInfo = { stage: 'GA', default: true, locked: false };
const GAL: GateInfo = { stage: 'GA', default: true, locked: true };

/** Per gate, its info in 1.34, 1.35, 1.36 and 1.37 (undefined: the gate does not exist there). */
const TABLE: Record<GateName, readonly (GateInfo | undefined)[]> = {
  ContainerRestartRules: [A, B, B, B],
  RestartAllContainersOnContainerExits: [undefined, A, B, B],
  EnvFiles: [A, B, B, B],
  ImageVolume: [Boff, B, GA, GA],
  KubeletCrashLoopBackOffMax: [A, B, B, B],
  ReduceDefaultCrashLoopBackOffDecay: [A, A, A, A],
  ContainerStopSignals: [A, A, A, A],
  PodReadyToStartContainersCondition: [B, B, B, GA],
  SidecarContainers: [GAL, GAL, GAL, undefined],
  PodLifecycleSleepAction: [GAL, GAL, GAL, GAL],
  // GA and locked from 1.34 ("remove in 1.37" in the gate's comment; whether 1.37 removed it is not confirmed).
  PodLifecycleSleepActionAllowZero: [GAL, GAL, GAL, GAL],
};

/** The gate's info in a version, or undefined when that version has no such gate. */
export function gateInfo(version: KubernetesVersion, gate: GateName): GateInfo | undefined {
  return TABLE[gate][KUBERNETES_VERSIONS.indexOf(version)];
}

/** Whether a text names a selectable version. */
export function isKubernetesVersion(text: string): text is KubernetesVersion {
  return (KUBERNETES_VERSIONS as readonly string[]).includes(text);
}

/** Whether a version is at least another (`atLeast('1.36', '1.35')`). */
export function atLeast(version: KubernetesVersion, min: KubernetesVersion): boolean {
  return KUBERNETES_VERSIONS.indexOf(version) >= KUBERNETES_VERSIONS.indexOf(min);
}

/** The version and the effective value of every gate a scenario runs with. */
export interface KubernetesSettings {
  version: KubernetesVersion;
  /** Effective gate values; a gate the version does not have counts as its successor's behaviour (on when removed after GA). */
  gates: Record<GateName, boolean>;
}

/** The effective gates of a version with overrides applied; an override's problem is returned, not thrown. */
export function resolveGates(version: KubernetesVersion, overrides: Partial<Record<GateName, boolean>> = {}): { gates: Record<GateName, boolean>; problems: { gate: GateName; message: string }[] } {
  const problems: { gate: GateName; message: string }[] = [];
  const gates = {} as Record<GateName, boolean>;
  for (const name of GATE_NAMES) {
    const info = gateInfo(version, name);
    // A gate removed after GA behaves as always on.
    gates[name] = info ? info.default : KUBERNETES_VERSIONS.indexOf(version) > 0 && TABLE[name].some((g) => g?.stage === 'GA');
    const want = overrides[name];
    if (want === undefined) continue;
    if (!info) problems.push({ gate: name, message: `unrecognized feature gate: ${name}` });
    else if (info.locked && want !== info.default) problems.push({ gate: name, message: `cannot set feature gate ${name} to ${want}, feature is locked to ${info.default}` });
    else gates[name] = want;
  }
  return { gates, problems };
}

/** The settings of a version with its default gates. */
export function defaultSettings(version: KubernetesVersion = DEFAULT_KUBERNETES_VERSION): KubernetesSettings {
  return { version, gates: resolveGates(version).gates };
}
