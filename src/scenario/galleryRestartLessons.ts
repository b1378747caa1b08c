// Gallery lessons about container restart rules: an init container retried on one exit code in a
// Never pod (KEP-5307, 1.35+) and RestartAllContainers (KEP-5532, 1.36+). Each step names a rule
// the engine records.
import type { GalleryEntry } from './gallery';

/** Gallery scenario text: an init container that exits 42 ("try again") is retried in a Never pod. */
export const restartRulesRetryInit = `# Container restart rules (KEP-5307, on by default from Kubernetes 1.35): the pod never restarts
# anything, yet its init container is retried whenever it exits 42, its "try again later" code.
apiVersion: v1
kind: Pod
metadata:
  name: batch-job
spec:
  restartPolicy: Never
  volumes:
  - name: state
    emptyDir: {}
  initContainers:
  - name: fetch-dataset
    image: busybox:1.28
    # The dataset server is busy twice: exit 42 asks for a retry, any other failure is final.
    command: ['sh', '-c', 'if [ -f /state/second ]; then echo "dataset ready"; exit 0; fi; if [ -f /state/first ]; then touch /state/second; else touch /state/first; fi; echo "server busy, try again"; exit 42']
    restartPolicy: Never        # required beside restartPolicyRules
    restartPolicyRules:
    - action: Restart
      exitCodes:
        operator: In
        values: [42]
    volumeMounts:
    - name: state
      mountPath: /state
  containers:
  - name: train
    image: busybox:1.28
    command: ['sh', '-c', 'echo "training"; sleep 15; echo "done"']
---
apiVersion: playground/v1
kind: Scenario
spec:
  kubernetesVersion: "1.37"
  until: 1m
  node:
    cachedImages: [busybox:1.28]
`;

/** Gallery scenario text: a trainer whose exit 42 restarts the whole pod in place. */
export const restartAllContainers = `# RestartAllContainers (KEP-5532, on by default from Kubernetes 1.36): when trainer exits 42
# ("a peer was lost, start over"), the kubelet restarts every container of the pod in place.
apiVersion: v1
kind: Pod
metadata:
  name: training-worker
spec:
  restartPolicy: Never
  volumes:
  - name: scratch
    emptyDir: {}
  initContainers:
  - name: setup
    image: busybox:1.28
    command: ['sh', '-c', 'echo "downloading the checkpoint"; sleep 2']
  - name: metrics
    image: busybox:1.28
    restartPolicy: Always       # a sidecar: restarted with everything else
    command: ['sh', '-c', 'while true; do sleep 60; done']
  containers:
  - name: trainer
    image: busybox:1.28
    # The first run loses a peer after 8 s; the emptyDir survives the restart, so the second run goes on.
    command: ['sh', '-c', 'if [ -f /scratch/restarted ]; then echo "resuming"; while true; do sleep 60; done; fi; touch /scratch/restarted; sleep 8; echo "peer lost"; exit 42']
    restartPolicy: Never
    restartPolicyRules:
    - action: RestartAllContainers
      exitCodes:
        operator: In
        values: [42]
    volumeMounts:
    - name: scratch
      mountPath: /scratch
  - name: uploader
    image: busybox:1.28
    command: ['sh', '-c', 'while true; do sleep 60; done']
    lifecycle:
      preStop:                  # never runs: a restart-all kills without preStop or grace period
        exec: { command: ['sleep', '30'] }
---
apiVersion: playground/v1
kind: Scenario
spec:
  kubernetesVersion: "1.37"
  until: 1m
  node:
    cachedImages: [busybox:1.28]
`;

/** Gallery entry: an init container retried on exit code 42 in a Never pod. */
export const restartRulesRetryInitLesson: GalleryEntry = {
  id: 'restart-rules-retry-init',
  title: 'Init container retried on exit code 42',
  lesson: 'From 1.35 a restartPolicyRules entry lets fetch-dataset be retried on exit 42, under the usual back-off, although the pod\'s restartPolicy is Never; on 1.34 the rule is dropped and the first exit 42 fails the pod.',
  steps: [
    { rule: 'init.first', subject: 'container:fetch-dataset', note: 'fetch-dataset starts and finds the server busy: it exits 42.' },
    { rule: 'restart.rule', subject: 'container:fetch-dataset', note: 'Its rule Restart on exit codes In [42] matches, so the kubelet restarts it at once, Never pod or not.' },
    { rule: 'restart.backoff-wait', subject: 'container:fetch-dataset', note: 'It exits 42 again; a rule restart still waits out the crash-loop back-off (10 s).' },
    { rule: 'restart.backoff-ended', subject: 'container:fetch-dataset', note: 'After the back-off it runs a third time and exits 0.' },
    { rule: 'app.after-init', subject: 'container:train', note: 'train starts only once the init container has exited 0.' },
    { rule: 'phase.succeeded', subject: 'pod', note: 'train exits 0 and nothing restarts it: the pod Succeeded.' },
  ],
  yaml: restartRulesRetryInit,
};

/** Gallery entry: one container's exit restarts the whole pod in place. */
export const restartAllContainersLesson: GalleryEntry = {
  id: 'restart-all-containers',
  title: 'One exit restarts the whole pod in place',
  lesson: 'From 1.36 trainer\'s exit 42 matches a RestartAllContainers rule: the kubelet kills uploader and the metrics sidecar at once (no preStop, no grace period), shows AllContainersRestarting, removes every container and runs setup again in the same sandbox, with Initialized still True and every restart count at 1.',
  steps: [
    { rule: 'init.first', subject: 'container:setup', note: 'setup runs first, then the metrics sidecar starts, then trainer and uploader.' },
    { rule: 'app.after-init', subject: 'container:trainer', note: 'trainer runs for 8 s, loses a peer and exits 42.' },
    { rule: 'restart.all-containers', subject: 'container:uploader', note: 'The rule matches: uploader is killed at once with exit 137, its 30 s preStop hook never runs.' },
    { rule: 'condition.ready', subject: 'condition:Ready', note: 'Ready turns False while AllContainersRestarting is True; Initialized stays True.' },
    { rule: 'restart.all-containers', subject: 'container:setup', note: 'Once every container is removed, setup starts again: the init containers run again in order.' },
    { rule: 'app.after-init', subject: 'container:trainer', note: 'trainer starts again, finds its emptyDir file from the first run and resumes; the pod is Running with every restart count at 1.' },
  ],
  yaml: restartAllContainers,
};
