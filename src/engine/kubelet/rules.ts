// The rules a cause can name: a stable id, the rule in plain English, and where the kubelet
// (or kubectl) applies it. Ids are part of the trace: tests, gallery lessons and docs refer to them.

/** One rule of the kubelet or kubectl. */
export interface Rule {
  text: string;
  /** Upstream function and file. */
  source: string;
}

const k = 'pkg/kubelet/kuberuntime/';

/** Every rule a cause may name, by id. */
export const rules = {
  'pod.created': { text: 'A new pod\'s containers all wait while the kubelet creates the pod sandbox (the pause container and the pod\'s network).', source: `${k}kuberuntime_manager.go › SyncPod (createPodSandbox)` },
  'sandbox.ready': { text: 'PodReadyToStartContainers turns True once the pod sandbox is up with its network; only then can containers start.', source: 'pkg/kubelet/status/generate.go › GeneratePodReadyToStartContainersCondition' },
  'sandbox.recreated': { text: 'When the pod sandbox dies, the kubelet kills every container, creates a new sandbox and runs the init containers again from the first.', source: `${k}kuberuntime_manager.go › computePodActions (podSandboxChanged)` },
  'init.first': { text: 'Once the sandbox is ready, the first init container starts.', source: `${k}kuberuntime_container.go › computeInitContainerActions` },
  'init.sequential': { text: 'Init containers run one at a time, in order: the next one starts only after the previous one exited 0.', source: `${k}kuberuntime_container.go › computeInitContainerActions` },
  'sidecar.next': { text: 'A sidecar (an init container with restartPolicy: Always) does not have to exit: the next container starts as soon as it has started (and passed its startup probe, if it has one).', source: `${k}kuberuntime_container.go › computeInitContainerActions` },
  'app.after-init': { text: 'App containers start only after every init container exited 0 and every sidecar started; then they all start in the same sync.', source: `${k}kuberuntime_manager.go › computePodActions` },
  'restart.immediate': { text: 'The first restart after a crash is immediate; each later one waits a back-off: 10 s, 20 s, 40 s … up to 5 min.', source: `${k}kuberuntime_manager.go › doBackOff` },
  'restart.backoff-wait': { text: 'After a crash the kubelet waits a back-off before the next restart (10 s, doubling each time, at most 5 min); meanwhile the container waits in CrashLoopBackOff.', source: `${k}kuberuntime_manager.go › doBackOff` },
  'restart.backoff-ended': { text: 'A crashed container is restarted at the first sync of the pod after its back-off has run out.', source: `${k}kuberuntime_manager.go › doBackOff` },
  'restart.policy': { text: 'The pod\'s restartPolicy decides whether an exited container is started again: Always restarts it, OnFailure only after a non-zero exit, Never not at all.', source: `${k}kuberuntime_manager.go › computePodActions (ShouldContainerBeRestarted)` },
  'restart.sidecar': { text: 'A sidecar is restarted whenever it exits, whatever its exit code and the pod\'s restartPolicy.', source: `${k}kuberuntime_container.go › computeInitContainerActions` },
  'restart.init-never': { text: 'With restartPolicy: Never (the pod\'s, or from 1.35 the init container\'s own) and no restart rule matching its exit code, an init container that fails is not retried: the pod fails and its app containers never start.', source: `${k}kuberuntime_container.go › computeInitContainerActions` },
  'restart.probe': { text: 'A container that fails its liveness (or startup) probe is killed and then restarted under the usual back-off.', source: `${k}kuberuntime_manager.go › computePodActions` },
  'restart.container-policy': { text: 'From 1.35 a container may have its own restartPolicy, which overrides the pod\'s for that container alone: Always restarts it, OnFailure only after a non-zero exit, Never not at all.', source: 'pkg/api/v1/pod/util.go › ContainerShouldRestart (kubelet: ShouldContainerBeRestarted, computeInitContainerActions)' },
  'restart.rule': { text: 'From 1.35 a container\'s restartPolicyRules are checked in order against its exit code; the first rule that matches decides (Restart restarts the container under the usual back-off, even in a restartPolicy: Never pod); when none matches, the container\'s own restartPolicy decides.', source: 'pkg/api/v1/pod/util.go › ContainerShouldRestart, FindMatchingContainerRestartRule' },
  'restart.all-containers': { text: 'A RestartAllContainers rule (1.35 alpha, 1.36+ on by default) that matches a container\'s exit restarts the pod in place: the kubelet kills every container at once, without preStop hooks or a grace period, removes them, then runs the init containers again from the first; the pod sandbox, its IP and the volumes stay.', source: `${k}kuberuntime_manager.go › computePodActions; pkg/kubelet/container/helpers.go › ShouldAllContainersRestart (KEP-5532)` },
  'restart.definition': { text: 'When a container\'s image changes in the pod spec, the kubelet kills it and starts it again with the new image.', source: `${k}kuberuntime_manager.go › computePodActions (containerChanged)` },
  'exit.program': { text: 'A container stops when its main process (PID 1) exits; exit code 0 is reported as Completed, any other as Error.', source: `${k}kuberuntime_container.go › toKubeContainerStatus` },
  'exit.killed': { text: 'The container\'s process was killed from outside; the runtime reports the exit code and reason it died with.', source: `${k}kuberuntime_container.go › toKubeContainerStatus` },
  'stop.sigterm-handled': { text: 'The runtime sends the container\'s stop signal (SIGTERM, unless the image\'s STOPSIGNAL or lifecycle.stopSignal names another: nginx uses SIGQUIT); this image handles it and exits at once.', source: `${k}kuberuntime_container.go › killContainer (CRI StopContainer)` },
  'stop.sigkill-grace': { text: 'PID 1 of a container ignores a signal it has no handler for (the kernel\'s rule for the first process of a PID namespace), and a shell ignores one it was told to ignore (trap \'\'), so the kubelet sends SIGKILL when the grace period runs out (exit 137).', source: `${k}kuberuntime_container.go › killContainer` },
  'stop.trap-handled': { text: 'A shell that set a handler for the stop signal (trap \'...\' TERM) runs it once its foreground command returns, at once if it is blocked in wait; the container stops when the handler exits, with the handler\'s exit code, well before the grace period ends.', source: `${k}kuberuntime_container.go › killContainer; busybox shell/ash.c › dotrap, waitcmd` },
  'stop.sigkill-trapped': { text: 'A shell with a handler for the stop signal runs it only once its foreground command returns (a long sleep runs to its end first), and a handler that does not exit lets the script go on: if PID 1 is still there when the grace period runs out, SIGKILL ends it (exit 137).', source: `${k}kuberuntime_container.go › killContainer; busybox shell/ash.c › waitforjob` },
  'stop.pod-terminating': { text: 'When the pod is deleted or has finished, the kubelet stops every container with the pod\'s grace period.', source: `${k}kuberuntime_manager.go › killPodWithSyncResult` },
  'stop.sidecar-order': { text: 'A sidecar gets its stop signal only after every app container and the sidecar declared next after it have exited (or the grace period runs out): sidecars stop in reverse order of their start, each released by the exit of the one after it.', source: `${k}kuberuntime_termination_order.go › newTerminationOrdering, waitForTurn` },
  'hook.poststart-gates': { text: 'A postStart hook runs inside SyncPod, right after the container started: until it returns the kubelet writes no new pod status, so the API still shows the container waiting (ContainerCreating) and not ready.', source: `${k}kuberuntime_container.go › startContainer (runner.Run of the PostStart handler)` },
  'stop.poststart-failed': { text: 'When a postStart hook fails, the kubelet kills the container and treats the start as failed.', source: `${k}kuberuntime_container.go › startContainer` },
  'stop.unknown': { text: 'When a pod ends, containers the runtime no longer reports are marked terminated with ContainerStatusUnknown (exit 137).', source: 'pkg/kubelet/status/status_manager.go › TerminatePod' },
  'image.pull-failed': { text: 'A container cannot start until its image is pulled; a failed pull is reported as ErrImagePull.', source: 'pkg/kubelet/images/image_manager.go › EnsureImageExists' },
  'image.pull-backoff': { text: 'After a failed pull the kubelet waits a back-off (10 s, doubling up to 5 min) before pulling again; meanwhile the container waits in ImagePullBackOff.', source: 'pkg/kubelet/images/image_manager.go › EnsureImageExists' },
  'image.never-pull': { text: 'With imagePullPolicy: Never the image must already be on the node; the kubelet never pulls it.', source: 'pkg/kubelet/images/image_manager.go › EnsureImageExists' },
  'image.invalid': { text: 'An image reference that does not parse can never be pulled.', source: 'pkg/kubelet/images/image_manager.go › EnsureImageExists' },
  'config.missing': { text: 'A container whose env refers to a missing ConfigMap, Secret or key cannot be created (CreateContainerConfigError); the kubelet retries at every sync.', source: `${k}kuberuntime_container.go › generateContainerConfig` },
  'config.env-file': { text: 'A container whose env reads a key from an env file (fileKeyRef) cannot be created while the file or the key is missing (CreateContainerConfigError); the kubelet reads the file again at every sync, so the container starts once another container (an init container, a sidecar) has written the key into the emptyDir volume.', source: 'pkg/kubelet/kubelet_pods.go › makeEnvironmentVariables (FileKeyRef)' },
  'image.volume-pull': { text: 'The kubelet pulls every image volume at each sync of the pod, before it starts any container; a container that mounts an image volume whose pull failed cannot start (ErrImagePull, then ImagePullBackOff), while the others start as usual.', source: `${k}kuberuntime_manager.go › SyncPod (getImageVolumes, toKubeContainerImageVolumes)` },
  'probe.startup': { text: 'A container with a startup probe counts as started only once the probe succeeds; until then its other probes do not run.', source: 'pkg/kubelet/prober/worker.go › doProbe' },
  'probe.readiness': { text: 'A container with a readiness probe is ready only while the probe succeeds (successThreshold in a row); failureThreshold failures in a row make it unready.', source: 'pkg/kubelet/prober/worker.go › doProbe' },
  'probe.readiness-terminating': { text: 'Readiness probes keep running while a deleted pod shuts down (its liveness and startup probes stop), so a container can turn unready before it exits. In 1.35 and 1.36 exec readiness probes fail with "context canceled" then, and the container stays as ready as it was.', source: 'pkg/kubelet/prober/worker.go › doProbe' },
  'probe.none': { text: 'A container without a readiness probe is ready as soon as it is running (and started).', source: 'pkg/kubelet/prober/prober_manager.go › UpdatePodStatus' },
  'init.ready': { text: 'A regular init container counts as ready once it has exited 0.', source: 'pkg/kubelet/prober/prober_manager.go › UpdatePodStatus' },
  'deadline.exceeded': { text: 'Once activeDeadlineSeconds have passed since the pod started, the kubelet fails the pod (DeadlineExceeded) and stops its containers.', source: 'pkg/kubelet/active_deadline.go › ShouldEvict' },
  'pod.deletion': { text: 'Deleting a pod sets its deletionTimestamp; the kubelet then stops its containers with the grace period, and the object goes away once they have stopped.', source: 'pkg/kubelet/pod_workers.go › SyncTerminatingPod' },
  'pod.deleted-at-once': { text: 'A pod that has already finished (phase Succeeded or Failed) is removed at once when deleted: the API server gives it a grace period of 0, as nothing on the node is left to stop.', source: 'pkg/registry/core/pod/strategy.go › CheckGracefulDelete' },
  'pod.deleted': { text: 'Once every container has stopped, the kubelet reports the final status and the API server removes the pod object.', source: 'pkg/kubelet/status/status_manager.go › syncPod' },
  'phase.pending': { text: 'The pod is Pending while an init container has not completed, or an app container has not started yet.', source: 'pkg/kubelet/kubelet_pods.go › getPhase' },
  'phase.running': { text: 'The pod is Running once its init containers are done and at least one app container is running (or, under Always/OnFailure, will be restarted).', source: 'pkg/kubelet/kubelet_pods.go › getPhase' },
  'phase.succeeded': { text: 'The pod Succeeded when every app container exited 0 and none will be restarted.', source: 'pkg/kubelet/kubelet_pods.go › getPhase' },
  'phase.failed': { text: 'The pod Failed when all its app containers stopped, at least one with an error, and none will be restarted.', source: 'pkg/kubelet/kubelet_pods.go › getPhase' },
  'phase.failed-init': { text: 'A failed init container that nothing will run again (restartPolicy: Never and, from 1.35, no restart rule matching its exit code) fails the whole pod.', source: 'pkg/kubelet/kubelet_pods.go › getPhase' },
  'phase.evicted': { text: 'A pod the kubelet evicts (here: past its activeDeadlineSeconds) is Failed, with the eviction\'s reason.', source: 'pkg/kubelet/kubelet_pods.go › generateAPIPodStatus' },
  'phase.terminal': { text: 'A pod whose containers were stopped by deletion ends in a terminal phase: Succeeded only if every container exited 0.', source: 'pkg/kubelet/status/status_manager.go › TerminatePod' },
  'condition.initialized': { text: 'Initialized turns True once every init container exited 0 and every sidecar has started.', source: 'pkg/kubelet/status/generate.go › GeneratePodInitializedCondition' },
  'condition.containers-ready': { text: 'ContainersReady is True only while every app container and every sidecar is ready.', source: 'pkg/kubelet/status/generate.go › GenerateContainersReadyCondition' },
  'condition.ready': { text: 'Ready needs every container ready, sidecars included, and every readiness gate; only then does a Service send the pod traffic.', source: 'pkg/kubelet/status/generate.go › GeneratePodReadyCondition' },
  'kubectl.init-count': { text: 'While init containers run, kubectl\'s STATUS is Init:N/M: N init containers of M have completed.', source: 'pkg/printers/internalversion/printers.go › printPod' },
  'kubectl.init-reason': { text: 'While an init container waits with a reason or has failed, kubectl\'s STATUS is Init: followed by that reason.', source: 'pkg/printers/internalversion/printers.go › printPod' },
  'kubectl.pod-initializing': { text: 'Once init containers are done but app containers are still being created, STATUS shows their waiting reason (PodInitializing, ContainerCreating).', source: 'pkg/printers/internalversion/printers.go › printPod' },
  'kubectl.container-reason': { text: 'After initialization, kubectl\'s STATUS shows the reason of an app container that waits or has stopped (e.g. CrashLoopBackOff, Error, Completed); when several do, the one first by name, as the API lists container statuses sorted by name.', source: 'pkg/printers/internalversion/printers.go › printPod' },
  'kubectl.running': { text: 'STATUS is Running when app containers run; NotReady when they run but the pod is not Ready.', source: 'pkg/printers/internalversion/printers.go › printPod' },
  'kubectl.phase': { text: 'Without a more specific reason, kubectl\'s STATUS is the pod\'s phase.', source: 'pkg/printers/internalversion/printers.go › printPod' },
  'kubectl.terminating': { text: 'A pod with a deletionTimestamp shows STATUS Terminating until it is gone.', source: 'pkg/printers/internalversion/printers.go › printPod' },
  'kubectl.ready-count': { text: 'READY counts ready app containers and started-and-ready sidecars, out of app containers plus sidecars.', source: 'pkg/printers/internalversion/printers.go › printPod' },
  'unexplained': { text: 'The simulator recorded no rule for this change.', source: 'src/engine/kubelet/causes.ts' },
} as const satisfies Record<string, Rule>;

/** A rule id. */
export type RuleId = keyof typeof rules;
