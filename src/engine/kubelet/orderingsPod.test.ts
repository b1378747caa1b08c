// Observable orderings 22–25, 28 and 29 of kubelet-semantics.md, and the docs' myapp-pod example.
import { describe, expect, it } from 'vitest';
import { docsExampleYaml } from '../../scenario/docsExample';
import { simulateScenario } from '../simulate';
import { container, events, first, last, pod, simulate, starts, statuses } from './testing/traceQueries';

const initAndApp = (scenario: string) => pod(`  initContainers:
  - { name: init1, image: busybox:1.28, command: ['sleep', '2'] }
  - { name: init2, image: busybox:1.28, command: ['sleep', '2'] }
  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`, scenario);

describe('sandbox, images and validation (observable orderings)', () => {
  it('22: reports PodReadyToStartContainers True before any init container starts, and False when the sandbox dies', () => {
    const trace = simulate(initAndApp('spec:\n  node:\n    cachedImages: [busybox:1.28]\n  events:\n  - { at: 30s, restartSandbox: true }'), 90);
    const ready = first(trace, (s) => s.conditions.PodReadyToStartContainers);
    const started = events(trace, 'Started')[0]?.t ?? -1;
    expect(ready).toBeDefined();
    expect(ready?.t).toBeLessThan(started);
    expect(trace.snapshots[0]?.conditions.PodReadyToStartContainers).toBe(false);
    const lost = first(trace, (s) => s.t > 30_000 && !s.conditions.PodReadyToStartContainers);
    expect(lost).toBeDefined();
    expect(lost?.t).toBeLessThanOrEqual(31_000);
  });

  it('23: re-runs every init container after a sandbox recreation before the app restarts', () => {
    const trace = simulate(initAndApp('spec:\n  node:\n    cachedImages: [busybox:1.28]\n  events:\n  - { at: 30s, restartSandbox: true }'), 150);
    const changed = events(trace, 'SandboxChanged')[0]?.t ?? Infinity;
    const init1Again = starts(trace, 'init1').find((t) => t > changed);
    const init2Again = starts(trace, 'init2').find((t) => t > changed);
    const appAgain = starts(trace, 'app').find((t) => t > changed);
    expect(init1Again).toBeGreaterThan(changed);
    expect(init2Again).toBeGreaterThan(init1Again ?? Infinity);
    expect(appAgain).toBeGreaterThan(init2Again ?? Infinity);
    expect(container(last(trace), 'app').restartCount).toBe(1);
  });

  it('24: shows ErrImagePull then ImagePullBackOff for a missing app image, with the kubelet events in order', () => {
    const trace = simulate(pod(`  containers:
  - { name: app, image: registry.example/typo:1 }`, 'spec:\n  node:\n    images:\n      registry.example/typo:1: { pull: fail }'), 60);
    const reasons = trace.snapshots.map((s) => container(s, 'app').reason).filter((r) => r === 'ErrImagePull' || r === 'ImagePullBackOff');
    expect(reasons[0]).toBe('ErrImagePull');
    expect(reasons).toContain('ImagePullBackOff');
    const seq = trace.events.filter((e) => e.container === 'app').map((e) => `${e.reason}:${e.message.startsWith('Error:') ? e.message : e.type}`);
    expect(seq.slice(0, 5)).toEqual(['Pulling:Normal', 'Failed:Warning', 'Failed:Error: ErrImagePull', 'BackOff:Normal', 'Failed:Error: ImagePullBackOff']);
  });

  it('25: shows Init:ErrImageNeverPull and never pulls when the policy is Never and the image is missing', () => {
    const trace = simulate(pod(`  initContainers:
  - { name: init1, image: busybox:1.36, imagePullPolicy: Never, command: ['true'] }
  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`), 60);
    expect(last(trace).kubectl.status).toBe('Init:ErrImageNeverPull');
    expect(events(trace, 'Pulling')).toEqual([]);
    expect(events(trace, 'ErrImageNeverPull', 'init1')[0]?.message).toBe('Container image "busybox:1.36" is not present with pull policy of Never');
  });

  it('28: rejects a readinessProbe on a regular init container', () => {
    const r = simulateScenario(pod(`  initContainers:
  - name: init1
    image: busybox:1.28
    readinessProbe: { exec: { command: ['true'] } }
  containers:
  - { name: app, image: busybox:1.28 }`));
    expect(r).toMatchObject({ rejected: true, errors: [{ path: 'spec.initContainers[0].readinessProbe', message: 'Forbidden: may not be set for init containers without restartPolicy=Always' }] });
  });

  it('29: rejects an init container that shares a name with an app container', () => {
    const r = simulateScenario(pod(`  initContainers:
  - { name: app, image: busybox:1.28 }
  containers:
  - { name: app, image: busybox:1.28 }`));
    expect(r).toMatchObject({ rejected: true, errors: [{ path: 'spec.initContainers[0].name', message: 'Duplicate value: "app"' }] });
  });

  it('runs the docs myapp-pod example unmodified: Init:0/2, Init:1/2, Running as its Services arrive', () => {
    const trace = simulate(docsExampleYaml);
    expect(statuses(trace)).toEqual(['Init:0/2', 'Init:1/2', 'PodInitializing', 'Running']);
    expect(first(trace, (s) => s.kubectl.status === 'Init:1/2')?.t).toBeGreaterThanOrEqual(20_000);
    expect(first(trace, (s) => s.kubectl.status === 'Running')?.t).toBeGreaterThanOrEqual(40_000);
    expect(trace.logs.some((l) => l.container === 'init-myservice' && l.line === 'waiting for myservice')).toBe(true);
    expect(trace.logs.some((l) => l.container === 'myapp-container' && l.line === 'The app is running!')).toBe(true);
  });
});
