// Simulated latencies and kubelet periods (ms). The periods are the kubelet's defaults;
// the latencies are plausible values for a local containerd node, documented in docs/semantics.md.

/** Every timing constant the simulation uses. */
export const timing = {
  /** PLEG relist period: container changes are noticed on the next whole second. */
  relistMs: 1000,
  /** The kubelet's sync loop ticks every second; work-queue requeues fire on those ticks. */
  syncTickMs: 1000,
  /** Pod worker requeue after a failed sync (backOffPeriod, jitter left out). */
  syncErrorRequeueMs: 10_000,
  /** Pod worker requeue after a successful sync (resyncInterval, jitter left out). */
  resyncMs: 60_000,
  /** Creating the pod sandbox (pause container and network). */
  sandboxMs: 500,
  /** CreateContainer, then StartContainer. */
  createMs: 100,
  startMs: 100,
  /** Default time to pull an image the node does not have. */
  defaultPullMs: 2000,
  /** Re-pulling an image that is already present (pull policy Always): a manifest check. */
  repullMs: 400,
  /** A failing pull gives up after this long. */
  failedPullMs: 1000,
  /** From StartContainer until the container's program runs its first instruction (process spawn). */
  processStartMs: 50,
  /** Time a server needs to exit after SIGTERM. */
  serverStopMs: 100,
  /** Stopping the sandbox after its containers. */
  sandboxStopMs: 100,
  /** Crash-loop and image-pull backoff: initial and maximum delay. */
  backoffInitialMs: 10_000,
  backoffMaxMs: 300_000,
  /** Minimum grace period given to any container stop. */
  minimumGraceMs: 2000,
  /** Volume mount retries: initial and maximum delay (exponential). */
  mountRetryInitialMs: 500,
  mountRetryMaxMs: 122_000,
  /** How long the pod worker waits for volumes before reporting a timeout (podAttachAndMountTimeout). */
  mountWaitMs: 123_000,
  /** Default horizon when neither --until nor spec.until is given. */
  defaultHorizonMs: 600_000,
  /** Quiet time kept after the last change when the horizon is trimmed. */
  quietTailMs: 20_000,
  /** Longest horizon accepted. */
  maxHorizonMs: 24 * 3600_000,
} as const;

/** Rounds a time up to the next tick of a period (a time on a tick stays). */
export function nextTick(t: number, period: number): number {
  return Math.ceil(t / period) * period;
}
