// Traces for the timeline tests, simulated from the gallery and from small generated scenarios.
import { analyzeScenario, type SimulateOptions } from '../engine/simulate';
import type { PodSpecModel } from '../engine/manifest/model';
import { findGalleryEntry } from '../scenario/gallery';
import { isRejection, type Trace } from '../scenario/trace';

/** A simulated scenario: its trace and its pod. */
export interface SimulatedPod {
  trace: Trace;
  pod: PodSpecModel;
}

/** Simulates scenario text; throws when it is rejected (a broken fixture). */
export function simulateText(yaml: string, options: SimulateOptions = {}): SimulatedPod {
  const { result, model } = analyzeScenario(yaml, options);
  if (isRejection(result) || !model) throw new Error(`fixture rejected: ${JSON.stringify(result)}`);
  return { trace: result, pod: model.pod };
}

/** Simulates a gallery entry by id. */
export function simulateGallery(id: string): SimulatedPod {
  const entry = findGalleryEntry(id);
  if (!entry) throw new Error(`no gallery entry ${id}`);
  return simulateText(entry.yaml);
}

/** A pod of `count` app containers that print, sleep a second and exit 1, forever restarted. */
export function crashLoopYaml(count: number): string {
  const containers = Array.from({ length: count }, (_, i) =>
    `  - name: app-${i}\n    image: busybox:1.28\n    command: ['sh', '-c', 'echo start; sleep 1; exit 1']`).join('\n');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: crash-${count}\nspec:\n  containers:\n${containers}\n`
    + '---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  node:\n    cachedImages: [busybox:1.28]\n';
}

/** Init containers with a native sidecar between them, then two app containers. */
export const mixedKindsYaml = `apiVersion: v1
kind: Pod
metadata:
  name: mixed
spec:
  initContainers:
  - name: init-a
    image: busybox:1.28
    command: ['sh', '-c', 'sleep 1']
  - name: side-b
    image: busybox:1.28
    restartPolicy: Always
    command: ['sh', '-c', 'sleep 3600']
  - name: init-c
    image: busybox:1.28
    command: ['sh', '-c', 'sleep 1']
  containers:
  - name: main
    image: busybox:1.28
    command: ['sh', '-c', 'sleep 3600']
  - name: helper
    image: busybox:1.28
    command: ['sh', '-c', 'sleep 3600']
---
apiVersion: playground/v1
kind: Scenario
spec:
  node:
    cachedImages: [busybox:1.28]
`;

/** The first time a container's state is `state` in a trace (throws when it never is: a broken fixture). */
export function firstTimeIn(trace: Trace, container: string, state: 'running' | 'terminated'): number {
  const s = trace.snapshots.find((snap) => [...snap.initContainers, ...snap.containers].some((c) => c.name === container && c.state === state));
  if (!s) throw new Error(`${container} is never ${state}`);
  return s.t;
}

/** The docs example with hand-written scenario events and causes, so layout tests do not depend on the engine's wording. */
export function docsWithCauses(): SimulatedPod {
  const { trace: simulated, pod } = simulateGallery('docs-myapp-pod');
  const trace = structuredClone(simulated);
  const exit = firstTimeIn(trace, 'init-myservice', 'terminated');
  const start = firstTimeIn(trace, 'init-mydb', 'running');
  trace.scenarioEvents = [
    { t: 20000, action: 'apply', target: 'Service/myservice', label: 'Service myservice created', applied: true },
    { t: 40000, action: 'apply', target: 'Service/mydb', label: 'Service mydb created', applied: true },
  ];
  trace.causes = [
    {
      t: exit, subject: 'container:init-myservice', change: 'init-myservice exited 0', rule: 'exit.program', ruleText: 'A container stops when PID 1 exits.',
      trigger: { kind: 'program-exit', text: 'nslookup found Service myservice, created at 0:20.0', scenarioEvent: 0,
        command: { command: 'nslookup myservice.default.svc.cluster.local', status: 0, result: 'resolves', at: exit - 250 } },
      detail: { source: 'kuberuntime_container.go › toKubeContainerStatus' },
    },
    {
      t: start, subject: 'container:init-mydb', change: 'init-mydb started', rule: 'init.sequential', ruleText: 'The next init container starts only after the previous one exited 0.',
      trigger: { kind: 'container-exit', text: 'init-myservice exited 0', container: 'init-myservice', cause: 0, t: exit - 250 },
      next: { text: 'it loops until Service mydb exists' },
      detail: { message: 'Started container init-mydb', source: 'kuberuntime_container.go › computeInitContainerActions' },
    },
    {
      t: exit, subject: 'kubectl', change: 'STATUS Init:0/2 → Init:1/2', rule: 'kubectl.init-count', ruleText: 'STATUS counts completed init containers.',
      trigger: { kind: 'status', text: 'init-myservice exited 0', cause: 0, container: 'init-myservice' },
    },
  ];
  return { trace, pod };
}
