// The preset deflate dictionary of share format s1: Kubernetes and playground vocabulary.
// FROZEN: every s1 link ever made was compressed against these exact bytes, so changing
// one character breaks them all. A better dictionary means a new format version (s2).
// Deflate copies from the end most cheaply, so the most common phrases come last.

/** The s1 dictionary text (UTF-8 encoded before use); never edit it. */
export const dictionaryV1Text = `Events: Normal Warning Scheduled Pulling Pulled Created Started Killing BackOff Unhealthy
apiVersion: apps/v1
kind: Deployment
apiVersion: batch/v1
kind: Job
apiVersion: v1
kind: ConfigMap
data:
  app.conf: |
---
  terminationGracePeriodSeconds: 30
  activeDeadlineSeconds: 60
  serviceAccountName: default
  shareProcessNamespace: true
  securityContext:
      runAsUser: 1000
      runAsNonRoot: true
      readOnlyRootFilesystem: true
      allowPrivilegeEscalation: false
    lifecycle:
      preStop:
        exec:
          command: ['sh', '-c', 'sleep 5']
      postStart:
    readinessProbe:
      httpGet:
        path: /healthz
        port: 8080
      tcpSocket:
        port: 5432
      initialDelaySeconds: 5
      periodSeconds: 10
      timeoutSeconds: 1
      successThreshold: 1
      failureThreshold: 3
    livenessProbe:
      exec:
        command: ['cat', '/tmp/healthy']
    startupProbe:
      exec:
        command: ['test', '-f', '/tmp/ready']
    imagePullPolicy: IfNotPresent
    imagePullPolicy: Always
    workingDir: /app
    args: ['--config', '/etc/config/app.conf']
    envFrom:
    - configMapRef:
        name: app-config
    env:
    - name: POSTGRES_PASSWORD
      value: example
      valueFrom:
        fieldRef:
          fieldPath: metadata.name
    resources:
      requests: { cpu: 100m, memory: 128Mi }
      limits: { cpu: 500m, memory: 256Mi }
      requests:
        cpu: 250m
        memory: 64Mi
      limits:
        memory: 512Mi
    ports:
    - containerPort: 8080
      protocol: TCP
  volumes:
  - name: config
    configMap:
      name: app-config
  - name: data
    emptyDir: {}
    volumeMounts:
    - name: config
      mountPath: /etc/config
      readOnly: true
    - name: data
      mountPath: /data
    image: postgres:16
    image: redis:7
    image: alpine:3.20
    image: envoyproxy/envoy:v1.31.0
    image: fluent/fluent-bit:3.1
    command: ['sh', '-c', 'until nc -z mydb 5432; do echo waiting for mydb; sleep 1; done']
    command: ['sh', '-c', "until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done"]
    command: ['sh', '-c', 'while true; do if [ -f /var/log/app.log ]; then cat /var/log/app.log; fi; sleep 5; done']
    command: ['sh', '-c', 'echo ready > /work-dir/index.html && cat /work-dir/index.html']
    command: ['sh', '-c', 'echo starting; sleep 10; echo "ERROR: failed"; exit 1']
---
apiVersion: v1
kind: Service
metadata:
  name: myservice
spec:
  selector:
    app.kubernetes.io/name: MyApp
  ports:
  - protocol: TCP
    port: 80
    targetPort: 8080
---
apiVersion: playground/v1
kind: Scenario
spec:
  node:
    cachedImages: [busybox:1.28]
    images:
      registry.example/app:1.0: { pull: fail }
  events:
  - { at: 20s, apply: Service/myservice }
  - { at: 30s, kill: app, exitCode: 137, reason: OOMKilled }
  - { at: 60s, restartSandbox: true }
  - { at: 30s, delete: Pod/myapp-pod }
  until: 1m30s
  until: 2m
  until: 5m
# The init container
apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app.kubernetes.io/name: MyApp
spec:
  restartPolicy: OnFailure
  restartPolicy: Never
  initContainers:
  - name: init-config
    image: busybox:1.28
    restartPolicy: Always   # a sidecar
    command: ['sh', '-c', 'echo proxy ready; while true; do sleep 10; done']
    volumeMounts:
    - name: workdir
      mountPath: /work-dir
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo app started; sleep 3600']
---
apiVersion: playground/v1
kind: Scenario
spec:
  until: 1m
`;
