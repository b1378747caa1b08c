// Gallery lessons about regular init containers: sequencing, failures, back-off, pulls,
// deadlines, and what kubectl shows meanwhile. Each step names a rule the engine records.
import type { GalleryEntry } from './gallery';
import { docsExampleYaml } from './docsExample';
import { activeDeadline, crashLoopAlways, failOnceEmptyDir, imagePullError, initFailsNever, initOomKilled, nginxEmptyDir, waitForDbPort } from './galleryInitTexts';
import { logsWhileInitFails, statusVsPhase } from './galleryMistakeTexts';

/** Gallery entry: Waiting for Services (Kubernetes docs example). */
export const docsMyappPodLesson: GalleryEntry = {
  id: 'docs-myapp-pod',
  title: 'Waiting for Services (Kubernetes docs example)',
  lesson: 'Each init container waits for its Service, so STATUS moves from Init:0/2 to Init:1/2 to Running as myservice and mydb appear at 20s and 40s.',
  steps: [
    { rule: 'init.first', subject: 'container:init-myservice', note: 'init-myservice starts first and repeats nslookup myservice every 2 s, because that Service does not exist yet.' },
    { rule: 'exit.program', subject: 'container:init-myservice', note: 'Service myservice is created at 20 s, so the next nslookup succeeds, the loop ends and init-myservice exits 0.' },
    { rule: 'kubectl.init-count', subject: 'kubectl', note: 'STATUS counts the init containers that have completed: Init:1/2 now.' },
    { rule: 'init.sequential', subject: 'container:init-mydb', note: 'Only now does init-mydb start, and it waits for Service mydb the same way.' },
    { rule: 'app.after-init', subject: 'container:myapp-container', note: 'The app container starts only once init-mydb exited 0, after mydb was created at 40 s.' },
  ],
  yaml: docsExampleYaml,
};

/** Gallery entry: Init container prepares content for nginx. */
export const nginxEmptydirLesson: GalleryEntry = {
  id: 'nginx-emptydir',
  title: 'Init container prepares content for nginx',
  lesson: 'The init container writes index.html into a shared emptyDir and exits before nginx starts, so nginx serves the page from its first request.',
  steps: [
    { rule: 'init.first', subject: 'container:install', note: 'install runs first and writes index.html into the emptyDir that nginx also mounts.' },
    { rule: 'condition.initialized', subject: 'condition:Initialized', note: 'Initialized turns True as soon as install, the last init container, has exited 0.' },
    { rule: 'app.after-init', subject: 'container:nginx', note: 'nginx starts only after that, so the page is already there.' },
  ],
  yaml: nginxEmptyDir,
};

/** Gallery entry: Failing init container with restartPolicy Never. */
export const initFailsNeverLesson: GalleryEntry = {
  id: 'init-fails-never',
  title: 'Failing init container with restartPolicy Never',
  lesson: 'Under restartPolicy Never one failing init container fails the whole pod: STATUS Init:Error, phase Failed, and the app container never starts.',
  steps: [
    { rule: 'exit.program', subject: 'container:preflight', note: 'preflight finds no /config/app.conf and exits 1.' },
    { rule: 'phase.failed-init', subject: 'pod', note: 'Under restartPolicy Never the failed init container is not retried and the whole pod is Failed.' },
    { rule: 'kubectl.init-reason', subject: 'kubectl', note: 'STATUS shows Init:Error, the failed init container\'s reason, rather than the phase.' },
  ],
  yaml: initFailsNever,
};

/** Gallery entry: Init container in CrashLoopBackOff. */
export const crashloopAlwaysLesson: GalleryEntry = {
  id: 'crashloop-always',
  title: 'Init container in CrashLoopBackOff',
  lesson: 'Under restartPolicy Always a failing init container is retried forever with waits of 10s, 20s, 40s and so on, STATUS alternating Init:Error and Init:CrashLoopBackOff while the pod stays Pending.',
  steps: [
    { rule: 'exit.program', subject: 'container:migrate', note: 'migrate prints its error and exits 1.' },
    { rule: 'restart.immediate', subject: 'container:migrate', note: 'The first restart after a crash comes at once, without a back-off wait.' },
    { rule: 'restart.backoff-wait', subject: 'container:migrate', note: 'After the second crash migrate waits 10 s in CrashLoopBackOff, and each later wait doubles.' },
    { rule: 'restart.backoff-ended', subject: 'container:migrate', note: 'When the back-off has run out the kubelet starts migrate again, and it fails again.' },
  ],
  yaml: crashLoopAlways,
};

/** Gallery entry: kubectl logs while an init container fails. */
export const logsWhileInitFailsLesson: GalleryEntry = {
  id: 'logs-while-init-fails',
  title: 'kubectl logs while an init container fails',
  lesson: 'While fetch-content fails, kubectl logs on the pod answers that the app container web is waiting to start (PodInitializing), because the error is in the init container\'s own log, under -c fetch-content.',
  steps: [
    { rule: 'init.first', subject: 'container:fetch-content', note: 'fetch-content runs first; web waits in PodInitializing and has no log at all.' },
    { rule: 'exit.program', subject: 'container:fetch-content', note: 'wget cannot resolve content-server, so fetch-content prints its error and exits 1: that is what kubectl logs -c fetch-content shows.' },
    { rule: 'kubectl.init-reason', subject: 'kubectl', note: 'STATUS reads Init:Error: it is the init container, not web, whose log explains the failure.' },
    { rule: 'restart.backoff-wait', subject: 'container:fetch-content', note: 'While fetch-content waits in CrashLoopBackOff, kubectl logs -c fetch-content still shows its last attempt, and web is still waiting to start.' },
  ],
  yaml: logsWhileInitFails,
};

/** Gallery entry: STATUS CrashLoopBackOff while the phase is Running. */
export const statusVsPhaseLesson: GalleryEntry = {
  id: 'status-vs-phase',
  title: 'STATUS CrashLoopBackOff while the phase is Running',
  lesson: 'Once initialized, the pod\'s phase stays Running while its app container crash-loops, because under restartPolicy Always a container that will be restarted keeps the pod Running, so only STATUS and the Ready condition show the trouble.',
  steps: [
    { rule: 'phase.running', subject: 'pod', note: 'The phase becomes Running as soon as api runs, after render-config exited 0.' },
    { rule: 'exit.program', subject: 'container:api', note: 'api exits 1 after 3 s: STATUS says Error, but the phase is still Running because api will be restarted.' },
    { rule: 'condition.ready', subject: 'condition:Ready', note: 'Ready turns False while api is not running: this, not the phase, is what tells a Service to stop sending traffic.' },
    { rule: 'restart.backoff-wait', subject: 'container:api', note: 'After its second crash api waits out a back-off: STATUS says CrashLoopBackOff, and the phase still says Running.' },
  ],
  yaml: statusVsPhase,
};

/** Gallery entry: Fails once, then succeeds. */
export const failOnceEmptydirLesson: GalleryEntry = {
  id: 'fail-once-emptydir',
  title: 'Fails once, then succeeds',
  lesson: 'The marker file in the emptyDir survives the restart, so the init container fails once, is retried at once without a backoff wait, and succeeds.',
  steps: [
    { rule: 'exit.program', subject: 'container:warm-cache', note: 'On its first run warm-cache leaves a marker file in the emptyDir and exits 1.' },
    { rule: 'restart.immediate', subject: 'container:warm-cache', note: 'The first restart after a crash comes at once, without a back-off wait.' },
    { rule: 'app.after-init', subject: 'container:app', note: 'The second run finds the marker and exits 0, so the app starts.' },
  ],
  yaml: failOnceEmptyDir,
};

/** Gallery entry: Init container image cannot be pulled. */
export const imagePullErrorLesson: GalleryEntry = {
  id: 'image-pull-error',
  title: 'Init container image cannot be pulled',
  lesson: 'A failing image pull leaves the init container waiting, alternating Init:ErrImagePull and Init:ImagePullBackOff with a growing backoff, so nothing ever starts.',
  steps: [
    { rule: 'image.pull-failed', subject: 'container:fetch-config', note: 'The registry has no image registry.example/config-fetchr:1.0, so the pull fails: ErrImagePull.' },
    { rule: 'image.pull-backoff', subject: 'container:fetch-config', note: 'The kubelet waits a growing back-off before pulling again: ImagePullBackOff.' },
    { rule: 'kubectl.init-reason', subject: 'kubectl', note: 'STATUS shows the init container\'s waiting reason behind Init:.' },
  ],
  yaml: imagePullError,
};

/** Gallery entry: activeDeadlineSeconds during initialization. */
export const activeDeadlineLesson: GalleryEntry = {
  id: 'active-deadline',
  title: 'activeDeadlineSeconds during initialization',
  lesson: 'activeDeadlineSeconds counts init time too, so 10s after the pod starts the kubelet kills the sleeping init container and the pod fails with DeadlineExceeded.',
  steps: [
    { rule: 'deadline.exceeded', subject: 'pod', note: '10 s after the pod started the deadline has passed: the phase becomes Failed with reason DeadlineExceeded, although the init container still runs and STATUS still reads Init:0/1.' },
    { rule: 'stop.sigkill-grace', subject: 'container:wait-forever', note: 'sleep ignores SIGTERM, so wait-forever is killed with SIGKILL when the 30 s grace period runs out.' },
  ],
  yaml: activeDeadline,
};

/** Gallery entry: Waiting for a database port. */
export const waitForDbPortLesson: GalleryEntry = {
  id: 'wait-for-db-port',
  title: 'Waiting for a database port',
  lesson: 'The init container polls mydb:5432 with nc -z until the Service is applied at 30s, and only then does postgres start.',
  steps: [
    { rule: 'init.first', subject: 'container:wait-for-primary', note: 'wait-for-primary tries nc -z mydb 5432 every second, and it fails while the Service does not exist.' },
    { rule: 'exit.program', subject: 'container:wait-for-primary', note: 'Once Service mydb is applied at 30 s, nc -z succeeds and the loop ends with exit 0.' },
    { rule: 'app.after-init', subject: 'container:postgres', note: 'Only then does postgres start.' },
  ],
  yaml: waitForDbPort,
};

/** Gallery entry: OOMKilled init container. */
export const initOomkilledLesson: GalleryEntry = {
  id: 'init-oomkilled',
  title: 'OOMKilled init container',
  lesson: 'An init container killed for memory shows Init:OOMKilled, counts as a failure, and is run again under restartPolicy Always.',
  steps: [
    { rule: 'exit.killed', subject: 'container:migrate', note: 'The kernel kills migrate for using too much memory: exit 137, reason OOMKilled.' },
    { rule: 'restart.immediate', subject: 'container:migrate', note: 'OOMKilled counts as a failure, so migrate is run again, at once the first time.' },
    { rule: 'app.after-init', subject: 'container:web', note: 'This time migrate exits 0 and web starts.' },
  ],
  yaml: initOomKilled,
};
