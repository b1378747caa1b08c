// Status details beyond the spec's orderings, each checked against the v1.34 kubelet source.
import { describe, expect, it } from 'vitest';
import { container, events, first, last, pod, simulate } from './testing/traceQueries';

describe('kubelet status details', () => {
  it('stores the end of the grace period as the deletionTimestamp (the API server\'s BeforeDelete)', () => {
    const trace = simulate(pod(`  terminationGracePeriodSeconds: 45
  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`, 'spec:\n  node:\n    cachedImages: [busybox:1.28]\n  events:\n  - { at: 20s, delete: Pod/demo }'), 120);
    const deleting = first(trace, (s) => s.deletionTimestamp !== undefined);
    expect(deleting?.t).toBe(20_000);
    expect(deleting?.deletionTimestamp).toBe(65_000);
    expect(deleting?.kubectl.status).toBe('Terminating');
  });

  it('removes a finished pod at once when it is deleted (CheckGracefulDelete gives it a grace period of 0)', () => {
    const trace = simulate(pod(`  restartPolicy: Never
  containers:
  - { name: app, image: busybox:1.28, command: ['sh', '-c', 'sleep 2; exit 0'] }`, 'spec:\n  node:\n    cachedImages: [busybox:1.28]\n  events:\n  - { at: 30s, delete: Pod/demo }'), 120);
    const before = trace.snapshots.filter((s) => s.t < 30_000).at(-1);
    expect(before?.phase).toBe('Succeeded');
    const gone = last(trace);
    expect(gone).toMatchObject({ t: 30_000, deleted: true, deletionTimestamp: 30_000, phase: 'Succeeded' });
    expect(trace.snapshots.filter((s) => s.deletionTimestamp !== undefined)).toHaveLength(1);
    expect(trace.scenarioEvents?.[0]?.applied).toBe(true);
    const cause = trace.causes?.find((c) => c.change === 'the pod object is removed from the API');
    expect(cause?.rule).toBe('pod.deleted-at-once');
    expect(cause?.trigger.text).toContain('after it had finished (phase Succeeded)');
  });

  it('removes a running pod whose grace period is 0 at once, and the kubelet still stops its container (Store.Delete)', () => {
    const trace = simulate(pod(`  terminationGracePeriodSeconds: 0
  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`, 'spec:\n  node:\n    cachedImages: [busybox:1.28]\n  events:\n  - { at: 20s, delete: Pod/demo }'), 120);
    expect(trace.snapshots.filter((s) => s.t < 20_000).at(-1)?.kubectl.status).toBe('Running');
    // The object is gone at the request: no Terminating status in between, none after it.
    expect(last(trace)).toMatchObject({ t: 20_000, deleted: true, deletionTimestamp: 20_000 });
    expect(trace.snapshots.filter((s) => s.deletionTimestamp !== undefined)).toHaveLength(1);
    const cause = trace.causes?.find((c) => c.change === 'the pod object is removed from the API');
    expect(cause?.rule).toBe('pod.deleted-grace-zero');
    expect(cause?.trigger.text).toContain('terminationGracePeriodSeconds is 0');
    // The kubelet sees the pod removed and kills its container all the same.
    expect(events(trace, 'Killing').map((e) => [e.t, e.message])).toEqual([[20_000, 'Stopping container app']]);
  });

  it('keeps an unchanged condition list as the same array from one status to the next', () => {
    const trace = simulate(pod(`  containers:
  - { name: a, image: busybox:1.28, command: ['sh', '-c', 'sleep 2; exit 1'] }
  - { name: b, image: busybox:1.28, command: ['sh', '-c', 'sleep 3; exit 1'] }`, 'spec:\n  node:\n    cachedImages: [busybox:1.28]'), 120);
    let equal = 0;
    for (let i = 1; i < trace.snapshots.length; i++) {
      const [a, b] = [trace.snapshots[i - 1]?.conditionDetails, trace.snapshots[i]?.conditionDetails];
      if (JSON.stringify(a) !== JSON.stringify(b)) continue;
      equal++;
      expect(b).toBe(a);
    }
    expect(equal).toBeGreaterThan(3);
  });

  it('ends a pod deleted during a crash loop Failed, the pod gone (status_manager TerminatePod)', () => {
    const trace = simulate(pod(`  initContainers:
  - { name: init1, image: busybox:1.28, command: ['sh', '-c', 'sleep 1; exit 1'] }
  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`, 'spec:\n  node:\n    cachedImages: [busybox:1.28]\n  events:\n  - { at: 25s, delete: Pod/demo }'), 120);
    const s = last(trace);
    expect(s).toMatchObject({ phase: 'Failed', deleted: true });
    expect(container(s, 'init1').state).toBe('terminated');
    expect(container(s, 'app')).toMatchObject({ state: 'waiting', reason: 'PodInitializing' });
    expect(first(trace, (x) => x.deletionTimestamp !== undefined)?.kubectl.status).toBe('Terminating');
  });

  it('marks app containers that never reported ContainerStatusUnknown when a running pod is deleted', () => {
    const trace = simulate(pod(`  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }
  - { name: broken, image: registry.example/typo:1 }`, 'spec:\n  node:\n    cachedImages: [busybox:1.28]\n    images:\n      registry.example/typo:1: { pull: fail }\n  events:\n  - { at: 20s, delete: Pod/demo }'), 120);
    const s = last(trace);
    expect(s.phase).toBe('Failed');
    expect(container(s, 'broken')).toMatchObject({ state: 'terminated', reason: 'ContainerStatusUnknown', exitCode: 137, message: 'The container could not be located when the pod was terminated' });
    expect(container(s, 'app')).toMatchObject({ state: 'terminated', exitCode: 137 });
  });

  it('keeps Ready False with ReadinessGatesNotReady while a readiness gate has no condition', () => {
    const s = last(simulate(pod(`  readinessGates: [{ conditionType: example.com/feature-1 }]
  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`), 30));
    expect(s.conditionDetails?.find((c) => c.type === 'Ready')).toMatchObject({ status: false, reason: 'ReadinessGatesNotReady',
      message: 'corresponding condition of pod readiness gate "example.com/feature-1" does not exist.' });
    expect(s.conditions.ContainersReady).toBe(true);
  });

  it('is Pending again while init containers re-run after a sandbox restart (v1.32+ getPhase)', () => {
    const trace = simulate(pod(`  initContainers:
  - { name: init1, image: busybox:1.28, command: ['sleep', '5'] }
  containers:
  - { name: app, image: nginx:1.27 }`, 'spec:\n  node:\n    cachedImages: [busybox:1.28, nginx:1.27]\n  events:\n  - { at: 20s, restartSandbox: true }'), 60);
    const rerun = first(trace, (s) => s.t > 20_000 && container(s, 'init1').state === 'running');
    expect(rerun?.phase).toBe('Pending');
    expect(last(trace).phase).toBe('Running');
  });

  it('keeps the last pull error in the ImagePullBackOff message', () => {
    const trace = simulate(pod(`  containers:
  - { name: app, image: registry.example/typo:1 }`, 'spec:\n  node:\n    images:\n      registry.example/typo:1: { pull: fail }'), 60);
    const waiting = first(trace, (s) => container(s, 'app').reason === 'ImagePullBackOff');
    expect(container(waiting ?? last(trace), 'app').message).toMatch(/^Back-off pulling image "registry.example\/typo:1": ErrImagePull: rpc error: code = NotFound/);
  });

  it('reports a failed postStart hook with the kubelet\'s message', () => {
    const trace = simulate(pod(`  containers:
  - name: app
    image: busybox:1.28
    command: ['sleep', '3600']
    lifecycle: { postStart: { exec: { command: ['sh', '-c', 'echo nope; exit 7'] } } }`), 90);
    const waiting = first(trace, (s) => container(s, 'app').reason === 'PostStartHookError');
    expect(container(waiting ?? last(trace), 'app').message).toMatch(/^Exec lifecycle hook \(\[sh -c echo nope; exit 7\]\) for Container "app" in Pod "demo_default\(.+\)" failed - error: command 'sh -c echo nope; exit 7' exited with 7: , message: "nope\\n"$/);
    expect(events(trace, 'FailedPostStartHook', 'app')[0]?.message).toBe('PostStartHook failed');
  });

  it('records DeadlineExceeded at every status update after the deadline', () => {
    const trace = simulate(pod(`  activeDeadlineSeconds: 5
  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`), 60);
    expect(events(trace, 'DeadlineExceeded').length).toBeGreaterThan(1);
  });

  it('says that mounting timed out every 2m3s while a ConfigMap volume is missing', () => {
    const trace = simulate(pod(`  volumes: [{ name: cfg, configMap: { name: settings } }]
  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'], volumeMounts: [{ name: cfg, mountPath: /cfg }] }`), 300);
    const timeouts = events(trace, 'FailedMount').filter((e) => e.message.startsWith('Unable to attach or mount volumes: unmounted volumes=[cfg]'));
    expect(timeouts.length).toBeGreaterThanOrEqual(2);
    expect(last(trace).kubectl.status).toBe('ContainerCreating');
  });

  it('cannot mount a ConfigMap or Secret volume whose items name a key the object lacks, unless optional (MakePayload)', () => {
    const objects = `---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
data: {other: "1"}
---
apiVersion: v1
kind: Secret
metadata: {name: creds}
stringData: {user: admin}
`;
    const withVolumes = (volumes: string) => pod(`  restartPolicy: Never
  volumes: ${volumes}
  containers:
  - { name: app, image: busybox:1.28, command: ['sh', '-c', 'ls /cfg /sec'], volumeMounts: [{ name: cfg, mountPath: /cfg }, { name: sec, mountPath: /sec }] }`).replace('---\n', `${objects}---\n`);
    const stuck = simulate(withVolumes(`[{ name: cfg, configMap: { name: settings, items: [{key: want, path: w}] } }, { name: sec, secret: { secretName: creds, items: [{key: pass, path: p}] } }]`), 150);
    expect(events(stuck, 'FailedMount')[0]?.message).toBe('MountVolume.SetUp failed for volume "cfg" : configmap references non-existent config key: want');
    expect(events(stuck, 'FailedMount').some((e) => e.message === 'Unable to attach or mount volumes: unmounted volumes=[cfg sec], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition')).toBe(true);
    expect(last(stuck).kubectl.status).toBe('ContainerCreating');
    const secretOnly = simulate(withVolumes(`[{ name: cfg, configMap: { name: settings } }, { name: sec, secret: { secretName: creds, items: [{key: pass, path: p}] } }]`), 30);
    expect(events(secretOnly, 'FailedMount')[0]?.message).toBe('MountVolume.SetUp failed for volume "sec" : references non-existent secret key: pass');
    const optional = simulate(withVolumes(`[{ name: cfg, configMap: { name: settings, optional: true, items: [{key: want, path: w}] } }, { name: sec, secret: { secretName: creds, optional: true, items: [{key: pass, path: p}] } }]`), 30);
    expect(events(optional, 'FailedMount')).toEqual([]);
    expect(optional.logs.map((l) => l.line)).toEqual(['/cfg:', '', '/sec:']);
  });
});
