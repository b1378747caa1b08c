// Gallery lessons that compare Kubernetes versions: the same crash-looping pod on 1.34 and on
// 1.37 (docs/semantics.md, "Kubernetes versions"). Each step names a rule the engine records.
import type { GalleryEntry } from './gallery';

/** The pod both lessons run: two app containers that crash at different times. */
function crashCompare(version: '1.34' | '1.37'): string {
  return `# What's different: the same crash-looping pod on Kubernetes ${version}. Pick the other version
# in the K8s menu (or edit kubernetesVersion below) and watch api's restarts and the events move.
apiVersion: v1
kind: Pod
metadata:
  name: crash-compare
spec:
  initContainers:
  - name: setup
    image: busybox:1.28   # not on the node yet: the kubelet pulls it first
    command: ['sh', '-c', 'echo config ready']
  containers:
  - name: api
    image: busybox:1.28
    command: ['sh', '-c', 'echo starting; sleep 1; echo "cannot reach db"; exit 1']
  - name: worker          # crashes at other times, so the pod is synced at other times too
    image: busybox:1.28
    command: ['sh', '-c', 'sleep 4; exit 1']
---
apiVersion: playground/v1
kind: Scenario
spec:
  kubernetesVersion: "${version}"
  until: 2m
`;
}

/** Gallery scenario text: the comparison pod on 1.34. */
export const crashCompare134 = crashCompare('1.34');

/** Gallery scenario text: the comparison pod on 1.37. */
export const crashCompare137 = crashCompare('1.37');

/** Gallery entry: a crash loop on 1.34, the version before the pod worker requeued at the back-off's end. */
export const whatsDifferent134Lesson: GalleryEntry = {
  id: 'whats-different-1-34',
  title: 'What\'s different: a crash loop on 1.34',
  lesson: 'On Kubernetes 1.34 a crash-looping container restarts at the pod worker\'s next 10 s retry, up to 10 s after its back-off ended, the Started event names the container and PodReadyToStartContainers turns True only after the image pull, unlike the same pod on 1.37.',
  steps: [
    { rule: 'sandbox.ready', subject: 'condition:PodReadyToStartContainers', note: 'On 1.34 PodReadyToStartContainers turns True only at the sync after the sandbox was made, once busybox has been pulled.' },
    { rule: 'restart.immediate', subject: 'container:api', note: 'api crashes and is restarted at once: the first restart has no back-off.' },
    { rule: 'restart.backoff-wait', subject: 'container:api', note: 'After its second crash at 0:06.2 api must wait a 10 s back-off, which ends at 0:16.2.' },
    { rule: 'restart.backoff-ended', subject: 'container:api', note: 'On 1.34 a failed sync is retried every 10 s, and worker\'s crashes moved those retries: api restarts at 0:23.2, 7 s after its back-off ended.' },
  ],
  yaml: crashCompare134,
};

/** Gallery entry: the same crash loop on 1.37, where the pod worker requeues at the back-off's end. */
export const whatsDifferent137Lesson: GalleryEntry = {
  id: 'whats-different-1-37',
  title: 'What\'s different: the same crash loop on 1.37',
  lesson: 'On Kubernetes 1.37 the pod worker requeues a crash-looping pod for the end of its back-off, so api restarts one sync tick after it instead of up to 10 s later, the events say Container started and PodReadyToStartContainers turns True before the image pull.',
  steps: [
    { rule: 'sandbox.ready', subject: 'condition:PodReadyToStartContainers', note: 'From 1.36 PodReadyToStartContainers turns True as soon as the sandbox exists, before busybox is pulled.' },
    { rule: 'restart.backoff-wait', subject: 'container:api', note: 'After its second crash at 0:06.2 api waits a 10 s back-off that ends at 0:16.2, as on 1.34.' },
    { rule: 'restart.backoff-ended', subject: 'container:api', note: 'The failed sync carried the back-off\'s end, so the pod worker syncs again at 0:17 and api restarts at 0:17.2, not at 0:23.2 as on 1.34.' },
    { rule: 'restart.backoff-ended', subject: 'container:worker', note: 'worker\'s restarts keep their own times: each sync is requeued for the earliest back-off that ends.' },
  ],
  yaml: crashCompare137,
};
