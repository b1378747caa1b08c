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
