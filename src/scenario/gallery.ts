// The example gallery: small, realistic scenarios, each teaching one kubelet behaviour.
// Ids are used in URLs, so they never change once published.
import { docsExampleYaml } from './docsExample';
import { activeDeadline, crashLoopAlways, failOnceEmptyDir, imagePullError, initFailsNever, initOomKilled, nginxEmptyDir, waitForDbPort } from './galleryInitTexts';
import { deletePodWithSidecars, jobWithSidecar, livenessKillsSidecar, resourcesInitVsApp, sandboxRestart, sidecarLogShipper, sidecarStartupProbe } from './gallerySidecarTexts';

/** One gallery example: a complete scenario text plus what it is meant to show. */
export interface GalleryEntry {
  /** Kebab-case and stable: share links and embeds refer to it. */
  id: string;
  title: string;
  /** One sentence: what the learner should notice. */
  lesson: string;
  yaml: string;
}

export const gallery: GalleryEntry[] = [
  {
    id: 'docs-myapp-pod',
    title: 'Waiting for Services (Kubernetes docs example)',
    lesson: 'Each init container waits for its Service, so STATUS moves from Init:0/2 to Init:1/2 to Running as myservice and mydb appear at 20s and 40s.',
    yaml: docsExampleYaml,
  },
  {
    id: 'nginx-emptydir',
    title: 'Init container prepares content for nginx',
    lesson: 'The init container writes index.html into a shared emptyDir and exits before nginx starts, so nginx serves the page from its first request.',
    yaml: nginxEmptyDir,
  },
  {
    id: 'init-fails-never',
    title: 'Failing init container with restartPolicy Never',
    lesson: 'Under restartPolicy Never one failing init container fails the whole pod: STATUS Init:Error, phase Failed, and the app container never starts.',
    yaml: initFailsNever,
  },
  {
    id: 'crashloop-always',
    title: 'Init container in CrashLoopBackOff',
    lesson: 'Under restartPolicy Always a failing init container is retried forever with waits of 10s, 20s, 40s and so on, STATUS alternating Init:Error and Init:CrashLoopBackOff while the pod stays Pending.',
    yaml: crashLoopAlways,
  },
  {
    id: 'fail-once-emptydir',
    title: 'Fails once, then succeeds',
    lesson: 'The marker file in the emptyDir survives the restart, so the init container fails once, is retried at once without a backoff wait, and succeeds.',
    yaml: failOnceEmptyDir,
  },
  {
    id: 'sidecar-log-shipper',
    title: 'Native sidecar shipping logs',
    lesson: 'The log-shipper sidecar starts in its init slot before the app, keeps running beside it, and counts in READY as 2/2.',
    yaml: sidecarLogShipper,
  },
  {
    id: 'sidecar-startup-probe',
    title: 'Sidecar startup probe gates the next init container',
    lesson: 'The register init container does not start until the proxy sidecar passes its startup probe about 8s after starting, and STATUS shows Init:0/2 until then.',
    yaml: sidecarStartupProbe,
  },
  {
    id: 'job-with-sidecar',
    title: 'Job-style pod with a sidecar',
    lesson: 'Once the job container exits 0 the kubelet stops the sidecar, and the pod ends Succeeded even though the sidecar was killed.',
    yaml: jobWithSidecar,
  },
  {
    id: 'image-pull-error',
    title: 'Init container image cannot be pulled',
    lesson: 'A failing image pull leaves the init container waiting, alternating Init:ErrImagePull and Init:ImagePullBackOff with a growing backoff, so nothing ever starts.',
    yaml: imagePullError,
  },
  {
    id: 'resources-init-vs-app',
    title: 'Effective resource requests with init containers and a sidecar',
    lesson: 'The pod requests 600m CPU and 364Mi memory because the proxy sidecar counts both beside the app containers and beside the later migrate init container.',
    yaml: resourcesInitVsApp,
  },
  {
    id: 'active-deadline',
    title: 'activeDeadlineSeconds during initialization',
    lesson: 'activeDeadlineSeconds counts init time too, so 10s after the pod starts the kubelet kills the sleeping init container and the pod fails with DeadlineExceeded.',
    yaml: activeDeadline,
  },
  {
    id: 'wait-for-db-port',
    title: 'Waiting for a database port',
    lesson: 'The init container polls mydb:5432 with nc -z until the Service is applied at 30s, and only then does postgres start.',
    yaml: waitForDbPort,
  },
  {
    id: 'sandbox-restart',
    title: 'Sandbox restart re-runs init containers',
    lesson: 'Killing the app at 30s restarts only the app, but recreating the pod sandbox at 60s runs the init container again before the app restarts.',
    yaml: sandboxRestart,
  },
  {
    id: 'liveness-kills-sidecar',
    title: 'Liveness probe restarts a sidecar',
    lesson: 'A failing liveness probe restarts only the sidecar while the app keeps running, and the sidecar restarts are counted in RESTARTS.',
    yaml: livenessKillsSidecar,
  },
  {
    id: 'delete-pod-with-sidecars',
    title: 'Deleting a pod with sidecars',
    lesson: 'On deletion the app container stops first, then the sidecars stop in reverse declaration order: log-shipper before proxy.',
    yaml: deletePodWithSidecars,
  },
  {
    id: 'init-oomkilled',
    title: 'OOMKilled init container',
    lesson: 'An init container killed for memory shows Init:OOMKilled, counts as a failure, and is run again under restartPolicy Always.',
    yaml: initOomKilled,
  },
];

/** The gallery entry with this id, if any. */
export function findGalleryEntry(id: string): GalleryEntry | undefined {
  return gallery.find((entry) => entry.id === id);
}
