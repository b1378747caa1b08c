// Gallery lessons about what Kubernetes 1.35+ adds around init containers: env files (KEP-3721)
// and image volumes (KEP-4639). Each step names a rule the engine records.
import type { GalleryEntry } from './gallery';

/** Gallery scenario text: an init container writes an env file, the app reads it without mounting it. */
export const envFileFromInit = `# Env files (KEP-3721, on by default from Kubernetes 1.35): a container reads a variable from a
# file another container wrote into an emptyDir volume, without mounting that volume itself.
apiVersion: v1
kind: Pod
metadata:
  name: env-file-demo
spec:
  volumes:
  - name: config
    emptyDir: {}
  initContainers:
  - name: render-env
    image: busybox:1.28
    # From 1.35 every value is in single quotes, taken literally.
    command: ['sh', '-c', "echo \\"DB_URL='postgres://db:5432/app'\\" > /config/app.env"]
    volumeMounts:
    - name: config
      mountPath: /config
  - name: token-fetcher
    image: busybox:1.28
    restartPolicy: Always   # a sidecar: it adds API_TOKEN to the file 8 s after it starts
    command: ['sh', '-c', "sleep 8; echo \\"API_TOKEN='s3cr3t'\\" >> /config/app.env; while true; do sleep 60; done"]
    volumeMounts:
    - name: config
      mountPath: /config
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo "connecting to $DB_URL"; while true; do sleep 60; done']
    env:
    - name: DB_URL
      valueFrom:
        fileKeyRef: { volumeName: config, path: app.env, key: DB_URL }
  - name: worker
    image: busybox:1.28
    command: ['sh', '-c', 'echo "worker has its token: $API_TOKEN"; while true; do sleep 60; done']
    env:
    - name: API_TOKEN
      valueFrom:
        fileKeyRef: { volumeName: config, path: app.env, key: API_TOKEN }
---
apiVersion: playground/v1
kind: Scenario
spec:
  kubernetesVersion: "1.37"
  until: 1m
`;

/** Gallery scenario text: an OCI image mounted read-only as a volume. */
export const imageVolume = `# Image volumes (KEP-4639, on by default from Kubernetes 1.35, GA in 1.36): an OCI image
# mounted read-only as a volume, here a model the server reads at /models.
apiVersion: v1
kind: Pod
metadata:
  name: model-server
spec:
  volumes:
  - name: model
    image:
      reference: registry.example.com/models/sentiment:v3
      pullPolicy: IfNotPresent
  initContainers:
  - name: check-config
    image: busybox:1.28   # does not mount the model, yet waits for its pull
    command: ['sh', '-c', 'echo "config ok"']
  containers:
  - name: server
    image: busybox:1.28
    command: ['sh', '-c', 'cat /models/README; touch /models/cache || echo "the model volume is read-only"; while true; do sleep 60; done']
    volumeMounts:
    - name: model
      mountPath: /models
---
apiVersion: playground/v1
kind: Scenario
spec:
  kubernetesVersion: "1.37"
  until: 1m
  node:
    cachedImages: [busybox:1.28]
    images:
      registry.example.com/models/sentiment:v3:
        pullSeconds: 12
        sizeBytes: 734003200
        files:
          README: "sentiment model v3: weights in weights.bin\\n"
          weights.bin: "0.12 0.87 0.33\\n"
`;

/** Gallery entry: Env file written by an init container. */
export const envFileFromInitLesson: GalleryEntry = {
  id: 'env-file-from-init',
  title: 'Env file written by an init container',
  lesson: 'From 1.35 app reads DB_URL from a file render-env wrote into an emptyDir it never mounts, while worker waits in CreateContainerConfigError until the token-fetcher sidecar writes API_TOKEN and the kubelet retries (on 1.34 the same pod is rejected: the field is dropped while EnvFiles is off).',
  steps: [
    { rule: 'init.first', subject: 'container:render-env', note: 'render-env writes DB_URL=\'postgres://db:5432/app\' into app.env in the emptyDir volume config, in single quotes as 1.35 requires.' },
    { rule: 'app.after-init', subject: 'container:app', note: 'app starts with DB_URL read from that file by the kubelet, although config is not mounted into app.' },
    { rule: 'config.env-file', subject: 'container:worker', note: 'worker cannot be created yet: app.env has no API_TOKEN, so it waits in CreateContainerConfigError.' },
    { rule: 'config.env-file', subject: 'container:worker', note: 'token-fetcher has appended API_TOKEN meanwhile, and at its next sync the kubelet reads the file again and starts worker.' },
  ],
  yaml: envFileFromInit,
};

/** Gallery entry: Image volume holding a model. */
export const imageVolumeLesson: GalleryEntry = {
  id: 'image-volume',
  title: 'Image volume holding a model',
  lesson: 'The kubelet pulls the 12 s model image before starting any container, so even check-config, which does not mount it, waits, and server then finds the image files read-only at /models (on 1.34 the volume and its mount are dropped while ImageVolume is off).',
  steps: [
    { rule: 'image.volume-pull', subject: 'container:check-config', note: 'check-config starts only after the image volume model was pulled: image volumes are pulled at each sync before any container starts.' },
    { rule: 'app.after-init', subject: 'container:server', note: 'server starts after check-config and reads the model files at /models, where writing fails: an image volume is read-only.' },
  ],
  yaml: imageVolume,
};
