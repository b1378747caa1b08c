// Gallery lessons about native sidecars, resources and the pod around its containers.
// Each step names a rule the engine records.
import type { GalleryEntry } from './gallery';
import { sidecarAsPlainInit } from './galleryMistakeTexts';
import { deletePodWithSidecars, jobWithSidecar, livenessKillsSidecar, resourcesInitVsApp, sandboxRestart, sidecarLogShipper, sidecarStartupProbe } from './gallerySidecarTexts';

/** Gallery entry: Native sidecar shipping logs. */
export const sidecarLogShipperLesson: GalleryEntry = {
  id: 'sidecar-log-shipper',
  title: 'Native sidecar shipping logs',
  lesson: 'The log-shipper sidecar starts in its init slot before the app, keeps running beside it, and counts in READY as 2/2.',
  steps: [
    { rule: 'init.first', subject: 'container:log-shipper', note: 'log-shipper starts first, in its slot among the init containers.' },
    { rule: 'app.after-init', subject: 'container:app', note: 'restartPolicy: Always makes log-shipper a sidecar, so the app starts as soon as it has started, without waiting for it to exit.' },
    { rule: 'kubectl.ready-count', subject: 'kubectl', note: 'READY counts the sidecar beside the app: 2/2.' },
  ],
  yaml: sidecarLogShipper,
};

/** Gallery entry: Log shipper as a plain init container. */
export const sidecarAsPlainInitLesson: GalleryEntry = {
  id: 'sidecar-as-plain-init',
  title: 'Log shipper as a plain init container',
  lesson: 'Without restartPolicy: Always the log shipper of "Native sidecar shipping logs" is a regular init container that must exit before the app starts, so its endless loop keeps the pod at Init:0/1 forever.',
  steps: [
    { rule: 'kubectl.init-count', subject: 'kubectl', note: 'STATUS is Init:0/1: none of the pod\'s one init container has completed yet.' },
    { rule: 'init.first', subject: 'container:log-shipper', note: 'log-shipper starts as a regular init container, and its while loop never ends, so it never completes and the app waits in PodInitializing for ever.' },
  ],
  yaml: sidecarAsPlainInit,
};

/** Gallery entry: Sidecar startup probe gates the next init container. */
export const sidecarStartupProbeLesson: GalleryEntry = {
  id: 'sidecar-startup-probe',
  title: 'Sidecar startup probe gates the next init container',
  lesson: 'The register init container does not start until the proxy sidecar passes its startup probe about 10s after it starts, and STATUS shows Init:0/2 until then.',
  steps: [
    { rule: 'init.first', subject: 'container:proxy', note: 'proxy starts first; it is running, but it does not count as started until its startup probe passes.' },
    { rule: 'probe.startup', subject: 'container:proxy', note: 'The startup probe finds /tmp/ready about 10 s after proxy started, and proxy counts as started.' },
    { rule: 'sidecar.next', subject: 'container:register', note: 'Only now does register start, while proxy keeps running.' },
    { rule: 'app.after-init', subject: 'container:app', note: 'The app starts after register exited 0.' },
  ],
  yaml: sidecarStartupProbe,
};

/** Gallery entry: Job-style pod with a sidecar. */
export const jobWithSidecarLesson: GalleryEntry = {
  id: 'job-with-sidecar',
  title: 'Job-style pod with a sidecar',
  lesson: 'Once the job container exits 0 the kubelet stops the sidecar, and the pod ends Succeeded even though the sidecar was killed.',
  steps: [
    { rule: 'exit.program', subject: 'container:job', note: 'job finishes its batch and exits 0.' },
    { rule: 'stop.sigkill-grace', subject: 'container:log-forwarder', note: 'The kubelet stops the sidecar, whose shell ignores SIGTERM, so it is killed with SIGKILL when the 30 s grace period runs out.' },
    { rule: 'phase.succeeded', subject: 'pod', note: 'The pod Succeeded: only app containers decide, and job exited 0.' },
  ],
  yaml: jobWithSidecar,
};

/** Gallery entry: Effective resource requests with init containers and a sidecar. */
export const resourcesInitVsAppLesson: GalleryEntry = {
  id: 'resources-init-vs-app',
  title: 'Effective resource requests with init containers and a sidecar',
  lesson: 'The pod requests 600m CPU and 364Mi memory because the proxy sidecar counts both beside the app containers and beside the later migrate init container.',
  steps: [
    { rule: 'init.sequential', subject: 'container:proxy', note: 'proxy starts after setup exited 0 and keeps running, so its requests add to everything after it.' },
    { rule: 'sidecar.next', subject: 'container:migrate', note: 'migrate runs beside proxy: 500m + 100m CPU is the largest need during initialization.' },
    { rule: 'app.after-init', subject: 'container:app', note: 'app and worker then run beside proxy: 364Mi of memory is the largest need after initialization.' },
  ],
  yaml: resourcesInitVsApp,
};

/** Gallery entry: Sandbox restart re-runs init containers. */
export const sandboxRestartLesson: GalleryEntry = {
  id: 'sandbox-restart',
  title: 'Sandbox restart re-runs init containers',
  lesson: 'Killing web at 30s restarts only web, but recreating the pod sandbox at 60s stops everything and runs init-config again (runs.log now holds two lines) before web comes back.',
  steps: [
    { rule: 'exit.killed', subject: 'container:web', note: 'web is killed at 30 s.' },
    { rule: 'restart.immediate', subject: 'container:web', note: 'Only web is restarted: init containers never run again just because an app container crashed.' },
    { rule: 'sandbox.recreated', subject: 'condition:PodReadyToStartContainers', note: 'At 60 s the pod sandbox dies: PodReadyToStartContainers turns False and the kubelet stops web.' },
    { rule: 'sandbox.recreated', subject: 'container:init-config', note: 'In the new sandbox the kubelet starts over from the first init container: init-config runs again and appends a second line to runs.log in the emptyDir.' },
    { rule: 'phase.pending', subject: 'pod', note: 'While init-config runs again the phase is Pending once more.' },
    { rule: 'restart.backoff-ended', subject: 'container:web', note: 'web starts again once init-config has exited 0 and the back-off from its last exit has run out.' },
  ],
  yaml: sandboxRestart,
};

/** Gallery entry: Liveness probe restarts a sidecar. */
export const livenessKillsSidecarLesson: GalleryEntry = {
  id: 'liveness-kills-sidecar',
  title: 'Liveness probe restarts a sidecar',
  lesson: 'A failing liveness probe restarts only the sidecar while the app keeps running, and the sidecar restarts are counted in RESTARTS.',
  steps: [
    { rule: 'stop.sigkill-grace', subject: 'container:agent', note: 'Once /tmp/healthy is gone the liveness probe fails 3 times in a row and the kubelet stops agent, whose shell ignores SIGTERM, so SIGKILL ends it 30 s later.' },
    { rule: 'restart.immediate', subject: 'container:agent', note: 'Only agent is restarted, at once the first time, while web keeps running.' },
    { rule: 'restart.backoff-wait', subject: 'container:agent', note: 'agent fails its probe again, and this time it waits a 10 s back-off before its next restart.' },
  ],
  yaml: livenessKillsSidecar,
};

/** Gallery entry: Deleting a pod with sidecars. */
export const deletePodWithSidecarsLesson: GalleryEntry = {
  id: 'delete-pod-with-sidecars',
  title: 'Deleting a pod with sidecars',
  lesson: 'On deletion the app container stops first, then the sidecars stop in reverse declaration order: log-shipper before proxy.',
  steps: [
    { rule: 'kubectl.terminating', subject: 'kubectl', note: 'The pod is deleted at 30 s: STATUS is Terminating while the phase is still Running.' },
    { rule: 'stop.sigterm-handled', subject: 'container:web', note: 'web, an app container, gets its stop signal first (SIGQUIT, the nginx image\'s STOPSIGNAL) and exits.' },
    { rule: 'stop.sidecar-order', subject: 'container:log-shipper', note: 'Only then does log-shipper, the sidecar declared last, get SIGTERM.' },
    { rule: 'stop.sidecar-order', subject: 'container:proxy', note: 'proxy, the sidecar declared first, gets SIGTERM last.' },
    { rule: 'phase.terminal', subject: 'pod', note: 'Every container exited 0 on its stop signal, so the deleted pod ends Succeeded before it disappears.' },
  ],
  yaml: deletePodWithSidecars,
};
