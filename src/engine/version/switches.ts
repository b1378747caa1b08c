// Behaviour that changed between minor versions without a feature gate: one predicate per change,
// each named after what a learner sees, with the upstream change it follows (docs/semantics.md,
// "Kubernetes versions").
import { atLeast, DEFAULT_KUBERNETES_VERSION, type KubernetesVersion } from './versions';

/**
 * The kubelet's Created and Started events name the container in their message up to 1.34
 * ("Created container: app", "Started container app"); from 1.35 they say "Container created" and
 * "Container started" and leave the name to the event's field path (kubernetes#134043).
 */
export function eventsNameContainer(version: KubernetesVersion): boolean {
  return !atLeast(version, '1.35');
}

/** The Created event's message in a version (kuberuntime_container.go › startContainer). */
export function createdMessage(version: KubernetesVersion, container: string): string {
  return eventsNameContainer(version) ? `Created container: ${container}` : 'Container created';
}

/** The Started event's message in a version (kuberuntime_container.go › startContainer). */
export function startedMessage(version: KubernetesVersion, container: string): string {
  return eventsNameContainer(version) ? `Started container ${container}` : 'Container started';
}

/**
 * `kubectl describe pod` prints an event's field path before its message from kubectl 1.35
 * (`spec.containers{app}: Container created`, kubernetes#133627). The simulated kubectl is the
 * cluster's own minor; a trace that names no version is described as the newest kubectl does.
 */
export function describePrefixesFieldPath(version: string | undefined): boolean {
  const v = (version ?? DEFAULT_KUBERNETES_VERSION) as KubernetesVersion;
  return atLeast(v, '1.35');
}

/**
 * From 1.35 a sync that failed on a crash-loop back-off carries the back-off's expiry, and the pod
 * worker requeues the pod for that instant (clamped to [0, resync interval]); before, it waited
 * its generic 10 s error back-off (pod_workers.go › completeWork, kubernetes#133066).
 */
export function requeuesAtBackoffExpiry(version: KubernetesVersion): boolean {
  return atLeast(version, '1.35');
}

/**
 * From 1.36 PodReadyToStartContainers turns True as soon as the sandbox is created, before any
 * image pull; before, the status first saw the sandbox at the next sync (kubernetes#134660).
 */
export function readyToStartAtSandboxCreation(version: KubernetesVersion): boolean {
  return atLeast(version, '1.36');
}

/**
 * From 1.37 a False PodReadyToStartContainers carries reason PodSandboxNotReady and, with no
 * sandbox, the message "no pod sandbox exists" (status/generate.go, kubernetes#135300).
 */
export function readyToStartExplainsFalse(version: KubernetesVersion): boolean {
  return atLeast(version, '1.37');
}

/**
 * Exec readiness probes of a deleted pod fail with "context canceled" while it shuts down in 1.35
 * and 1.36 (from v1.36.3; v1.36.0–.2 made a fresh sync context per sync): since kubernetes#130487
 * the probe workers ran on the pod worker's sync context, which is cancelled when termination
 * begins, and doProbe drops an errored result. 1.34 ran them on context.Background(); 1.37 has
 * kubernetes#140882 (context.WithoutCancel). httpGet, tcpSocket and grpc probers take no context.
 */
export function execReadinessCanceledDuringTermination(version: KubernetesVersion): boolean {
  return version === '1.35' || version === '1.36';
}
