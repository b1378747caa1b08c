// Gallery lessons about signals: what `trap` changes when a pod is deleted.
import type { GalleryEntry } from './gallery';

const gracefulShutdownTrap = `apiVersion: v1
kind: Pod
metadata:
  name: shutdown-demo
spec:
  terminationGracePeriodSeconds: 10
  initContainers:
  - name: log-agent          # a sidecar blocked in wait: its handler runs the moment SIGTERM arrives
    image: busybox:1.36
    restartPolicy: Always
    command: ['sh', '-c', "trap 'echo log-agent: flushed, bye; exit 0' TERM; sleep 3600 & wait"]
  containers:
  - name: app                # traps SIGTERM: exits 0 once its 1 s sleep returns
    image: busybox:1.36
    command: ['sh', '-c', "trap 'echo app: got TERM, closing; exit 0' TERM; while true; do sleep 1; done"]
  - name: legacy             # no trap: PID 1 ignores SIGTERM, SIGKILL after the grace period
    image: busybox:1.36
    command: ['sh', '-c', 'while true; do sleep 1; done']
---
apiVersion: playground/v1
kind: Scenario
spec:
  events:
  - { at: 20s, delete: Pod/shutdown-demo }   # like kubectl delete pod shutdown-demo
  until: 1m
`;

/** Gallery entry: Graceful shutdown with trap. */
export const gracefulShutdownTrapLesson: GalleryEntry = {
  id: 'graceful-shutdown-trap',
  title: 'Graceful shutdown with trap',
  lesson: 'A shell that traps SIGTERM exits as soon as its handler runs; one without a trap, as PID 1, ignores SIGTERM and is killed when the grace period ends, and the sidecar waits for it.',
  steps: [
    { rule: 'kubectl.terminating', subject: 'kubectl', note: 'The pod is deleted at 20 s: every container is told to stop, STATUS turns Terminating.' },
    { rule: 'stop.trap-handled', subject: 'container:app', note: 'app traps SIGTERM: the shell runs the handler as soon as its foreground `sleep 1` returns, logs "got TERM" and exits 0.' },
    { rule: 'stop.sigkill-grace', subject: 'container:legacy', note: 'legacy has no handler, and PID 1 of a container ignores a signal it does not handle: SIGKILL ends it 10 s later (exit 137).' },
    { rule: 'stop.sidecar-order', subject: 'container:log-agent', note: 'log-agent, a sidecar, gets SIGTERM only once both app containers are gone; blocked in `wait`, it runs its handler at once.' },
    { rule: 'phase.terminal', subject: 'pod', note: 'legacy exited 137, so the deleted pod ends Failed before it disappears.' },
  ],
  yaml: gracefulShutdownTrap,
};
