// The example gallery: small, realistic scenarios, each teaching one kubelet behaviour.
// Ids are used in URLs, so they never change once published.
import { docsExampleYaml } from './docsExample';

/** One gallery example: a complete scenario text plus what it is meant to show. */
export interface GalleryEntry {
  /** Kebab-case and stable: share links and embeds refer to it. */
  id: string;
  title: string;
  /** One sentence: what the learner should notice. */
  lesson: string;
  yaml: string;
}

const nginxEmptyDir = `# Adapted from "Configure Pod Initialization" in the Kubernetes docs.
apiVersion: v1
kind: Pod
metadata:
  name: init-demo
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 80
    volumeMounts:
    - name: workdir
      mountPath: /usr/share/nginx/html
  # These containers run during pod initialization.
  initContainers:
  - name: install
    image: busybox:1.28
    command: ['sh', '-c', 'echo "<h1>Hello from the init container</h1>" > /work-dir/index.html && cat /work-dir/index.html']
    volumeMounts:
    - name: workdir
      mountPath: /work-dir
  volumes:
  - name: workdir
    emptyDir: {}   # lives as long as the pod: shared by the init container and nginx
---
apiVersion: playground/v1
kind: Scenario
spec:
  until: 1m
`;

const initFailsNever = `apiVersion: v1
kind: Pod
metadata:
  name: preflight-never
spec:
  restartPolicy: Never   # a failed init container is not retried: the pod fails
  initContainers:
  - name: preflight
    image: busybox:1.28
    command: ['sh', '-c', 'if [ -f /config/app.conf ]; then echo config found; else echo /config/app.conf is missing; exit 1; fi']
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo app started; sleep 3600']
---
apiVersion: playground/v1
kind: Scenario
spec:
  until: 1m
`;

const crashLoopAlways = `apiVersion: v1
kind: Pod
metadata:
  name: migrate-crashloop
spec:
  restartPolicy: Always   # the default: a failed init container is retried, with backoff
  initContainers:
  - name: migrate
    image: busybox:1.28
    command: ['sh', '-c', 'echo applying migrations; sleep 2; echo "ERROR: schema version mismatch"; exit 1']
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo app started; sleep 3600']
---
apiVersion: playground/v1
kind: Scenario
spec:
  until: 6m   # long enough to watch the waits grow: 10s, 20s, 40s, 80s, 160s
`;

const failOnceEmptyDir = `apiVersion: v1
kind: Pod
metadata:
  name: flaky-init
spec:
  restartPolicy: OnFailure   # like Always, a failed init container is retried
  initContainers:
  - name: warm-cache
    image: busybox:1.28
    # The marker file survives the restart because it lives in the emptyDir.
    command: ['sh', '-c', 'if [ -f /cache/attempted ]; then echo second attempt: cache warmed; else touch /cache/attempted; echo first attempt: upstream not ready; exit 1; fi']
    volumeMounts:
    - name: cache
      mountPath: /cache
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo app started; sleep 3600']
    volumeMounts:
    - name: cache
      mountPath: /cache
  volumes:
  - name: cache
    emptyDir: {}
---
apiVersion: playground/v1
kind: Scenario
spec:
  until: 1m
`;

const sidecarLogShipper = `apiVersion: v1
kind: Pod
metadata:
  name: app-with-log-shipper
spec:
  initContainers:
  - name: log-shipper
    image: busybox:1.28
    restartPolicy: Always   # makes this init container a sidecar: started first, kept running
    command: ['sh', '-c', 'while true; do if [ -f /var/log/app/app.log ]; then cat /var/log/app/app.log; rm /var/log/app/app.log; fi; sleep 5; done']
    volumeMounts:
    - name: logs
      mountPath: /var/log/app
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'while true; do echo "GET /index.html 200" >> /var/log/app/app.log; sleep 2; done']
    volumeMounts:
    - name: logs
      mountPath: /var/log/app
  volumes:
  - name: logs
    emptyDir: {}
---
apiVersion: playground/v1
kind: Scenario
spec:
  until: 1m
`;

const sidecarStartupProbe = `apiVersion: v1
kind: Pod
metadata:
  name: app-with-proxy
spec:
  initContainers:
  - name: proxy
    image: busybox:1.28
    restartPolicy: Always
    command: ['sh', '-c', 'echo proxy warming up; sleep 8; touch /tmp/ready; echo proxy ready; while true; do sleep 10; done']
    startupProbe:   # the next init container waits for the first success
      exec:
        command: ['test', '-f', '/tmp/ready']
      periodSeconds: 2
      failureThreshold: 15
  - name: register
    image: busybox:1.28
    command: ['sh', '-c', 'echo registering through the proxy; sleep 2; echo registered']
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo app started; sleep 3600']
---
apiVersion: playground/v1
kind: Scenario
spec:
  until: 1m
`;

const jobWithSidecar = `apiVersion: v1
kind: Pod
metadata:
  name: batch-job
spec:
  restartPolicy: Never   # Job-style: the pod ends when the app container ends
  initContainers:
  - name: log-forwarder
    image: busybox:1.28
    restartPolicy: Always   # a sidecar does not keep a finished Job pod alive
    command: ['sh', '-c', 'echo forwarding logs; while true; do sleep 5; done']
  containers:
  - name: job
    image: busybox:1.28
    command: ['sh', '-c', 'echo processing batch; sleep 10; echo batch done']
---
apiVersion: playground/v1
kind: Scenario
spec:
  until: 2m
`;

const imagePullError = `apiVersion: v1
kind: Pod
metadata:
  name: typo-in-image
spec:
  initContainers:
  - name: fetch-config
    image: registry.example/config-fetchr:1.0   # typo: the registry has no such image
    command: ['sh', '-c', 'echo fetching config']
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo app started; sleep 3600']
---
apiVersion: playground/v1
kind: Scenario
spec:
  node:
    images:
      registry.example/config-fetchr:1.0: { pull: fail }
  until: 3m
`;

const resourcesInitVsApp = `# Effective requests, per resource:
#   app containers + sidecars:           300m+100m + 100m = 500m, 200Mi+100Mi + 64Mi = 364Mi
#   migrate + sidecars started before:   500m + 100m = 600m,  256Mi + 64Mi = 320Mi
#   pod = the larger of the two:         600m CPU, 364Mi memory
apiVersion: v1
kind: Pod
metadata:
  name: resources-demo
spec:
  initContainers:
  - name: setup
    image: busybox:1.28
    command: ['sh', '-c', 'echo preparing; sleep 2']
    resources:
      requests: { cpu: 200m, memory: 128Mi }
  - name: proxy
    image: busybox:1.28
    restartPolicy: Always   # a sidecar: its requests add to everything after it
    command: ['sh', '-c', 'echo proxy listening; while true; do sleep 10; done']
    resources:
      requests: { cpu: 100m, memory: 64Mi }
  - name: migrate
    image: busybox:1.28
    command: ['sh', '-c', 'echo migrating; sleep 3']
    resources:
      requests: { cpu: 500m, memory: 256Mi }
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo app started; sleep 3600']
    resources:
      requests: { cpu: 300m, memory: 200Mi }
  - name: worker
    image: busybox:1.28
    command: ['sh', '-c', 'echo worker started; sleep 3600']
    resources:
      requests: { cpu: 100m, memory: 100Mi }
---
apiVersion: playground/v1
kind: Scenario
spec:
  until: 1m
`;

const activeDeadline = `apiVersion: v1
kind: Pod
metadata:
  name: deadline-demo
spec:
  activeDeadlineSeconds: 10   # counted from the pod's start, init time included
  initContainers:
  - name: wait-forever
    image: busybox:1.28
    command: ['sh', '-c', 'echo waiting for something that never comes; sleep 3600']
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo app started; sleep 3600']
---
apiVersion: playground/v1
kind: Scenario
spec:
  until: 1m
`;

const waitForDbPort = `apiVersion: v1
kind: Pod
metadata:
  name: db-replica
spec:
  initContainers:
  - name: wait-for-primary
    image: busybox:1.28
    command: ['sh', '-c', 'until nc -z mydb 5432; do echo waiting for mydb:5432; sleep 1; done; echo mydb is up']
  containers:
  - name: postgres
    image: postgres:16
    env:
    - name: POSTGRES_PASSWORD
      value: example
    ports:
    - containerPort: 5432
---
apiVersion: v1
kind: Service
metadata:
  name: mydb
spec:
  selector:
    app.kubernetes.io/name: mydb
  ports:
  - protocol: TCP
    port: 5432
    targetPort: 5432
---
apiVersion: playground/v1
kind: Scenario
spec:
  events:
  - { at: 30s, apply: Service/mydb }   # the Service does not exist before this
  until: 1m30s
`;

const sandboxRestart = `apiVersion: v1
kind: Pod
metadata:
  name: sandbox-demo
spec:
  initContainers:
  - name: init-config
    image: busybox:1.28
    # Appends one line per run; the emptyDir shows how often it ran.
    command: ['sh', '-c', 'echo init ran >> /data/runs.log; cat /data/runs.log']
    volumeMounts:
    - name: data
      mountPath: /data
  containers:
  - name: web
    image: nginx:1.27
    volumeMounts:
    - name: data
      mountPath: /data
  volumes:
  - name: data
    emptyDir: {}
---
apiVersion: playground/v1
kind: Scenario
spec:
  events:
  - { at: 30s, kill: web }              # the app crashes: init is not re-run
  - { at: 60s, restartSandbox: true }   # the pod's sandbox dies: init runs again
  until: 2m
`;

const livenessKillsSidecar = `apiVersion: v1
kind: Pod
metadata:
  name: app-with-flaky-agent
spec:
  initContainers:
  - name: agent
    image: busybox:1.28
    restartPolicy: Always
    # Healthy for 20 s, then the health file disappears (as in the liveness probe docs).
    command: ['sh', '-c', 'touch /tmp/healthy; echo agent healthy; sleep 20; rm /tmp/healthy; echo agent stuck; sleep 600']
    livenessProbe:
      exec:
        command: ['cat', '/tmp/healthy']
      initialDelaySeconds: 5
      periodSeconds: 5
  containers:
  - name: web
    image: nginx:1.27
---
apiVersion: playground/v1
kind: Scenario
spec:
  until: 3m
`;

const deletePodWithSidecars = `apiVersion: v1
kind: Pod
metadata:
  name: mesh-app
spec:
  initContainers:
  - name: proxy            # declared first: started first, stopped last
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
  - name: log-shipper
    image: fluent/fluent-bit:3.1
    restartPolicy: Always
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
---
apiVersion: playground/v1
kind: Scenario
spec:
  events:
  - { at: 30s, delete: Pod/mesh-app }   # like kubectl delete pod mesh-app
  until: 1m30s
`;

const initOomKilled = `apiVersion: v1
kind: Pod
metadata:
  name: migrate-oom
spec:
  initContainers:
  - name: migrate
    image: busybox:1.28
    command: ['sh', '-c', 'echo running migrations; sleep 10; echo migrations done']
    resources:
      limits:
        memory: 64Mi
  containers:
  - name: web
    image: nginx:1.27
---
apiVersion: playground/v1
kind: Scenario
spec:
  node:
    cachedImages: [busybox:1.28]
  events:
  - { at: 5s, kill: migrate, exitCode: 137, reason: OOMKilled }   # the kernel's OOM killer
  until: 1m
`;

/** The gallery, in the order a learner would read it. */
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
