// Scenario texts of the gallery about regular init containers: sequencing, failures, back-off, pulls, deadlines.

/** Gallery scenario text. */
export const nginxEmptyDir = `# Adapted from "Configure Pod Initialization" in the Kubernetes docs.
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

/** Gallery scenario text. */
export const initFailsNever = `apiVersion: v1
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

/** Gallery scenario text. */
export const crashLoopAlways = `apiVersion: v1
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

/** Gallery scenario text. */
export const failOnceEmptyDir = `apiVersion: v1
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

/** Gallery scenario text. */
export const imagePullError = `apiVersion: v1
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

/** Gallery scenario text. */
export const activeDeadline = `apiVersion: v1
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

/** Gallery scenario text. */
export const waitForDbPort = `apiVersion: v1
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

/** Gallery scenario text. */
export const initOomKilled = `apiVersion: v1
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
