// Scenario texts of the gallery about native sidecars, resources and the pod around its containers.

/** Gallery scenario text. */
export const sidecarLogShipper = `apiVersion: v1
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

/** Gallery scenario text. */
export const sidecarStartupProbe = `apiVersion: v1
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

/** Gallery scenario text. */
export const jobWithSidecar = `apiVersion: v1
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

/** Gallery scenario text. */
export const resourcesInitVsApp = `# Effective requests, per resource:
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

/** Gallery scenario text. */
export const sandboxRestart = `apiVersion: v1
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

/** Gallery scenario text. */
export const livenessKillsSidecar = `apiVersion: v1
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

/** Gallery scenario text. */
export const deletePodWithSidecars = `apiVersion: v1
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
