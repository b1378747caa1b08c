// postStart gating: kuberuntime_container.go › startContainer runs the PostStart handler before it
// returns to SyncPod, and no pod status is generated until SyncPod moves on; probe results for a
// container the cached status does not know yet are dropped (status_manager.go › SetContainerReadiness).
import { describe, expect, it } from 'vitest';
import { at, container, events, first, pod, simulate } from './testing/traceQueries';

const withHook = (hook: string, extra = '') => pod(`  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo up; sleep 3600']
${extra}    lifecycle:
      postStart:
        exec:
          command: ['sh', '-c', '${hook}']`);

describe('postStart hooks', () => {
  it('keeps ContainerCreating, READY 0/1, phase Pending and Ready False while a 10 s hook runs', () => {
    const trace = simulate(withHook('sleep 10'), 30);
    const started = events(trace, 'Started', 'app')[0]?.t ?? Infinity;
    for (const t of [started, started + 5_000, started + 9_900]) {
      const s = at(trace, t);
      expect(s.kubectl).toMatchObject({ status: 'ContainerCreating', ready: '0/1' });
      expect(s.phase).toBe('Pending');
      expect(s.conditions.Ready).toBe(false);
      expect(container(s, 'app')).toMatchObject({ state: 'waiting', reason: 'ContainerCreating', ready: false });
    }
    const shown = first(trace, (s) => container(s, 'app').state === 'running');
    expect(shown?.t).toBe(started + 10_000);
    expect(shown?.kubectl).toMatchObject({ status: 'Running', ready: '1/1' });
    // state.running.startedAt is the runtime's start time: the process was launched before the hook ran.
    expect(container(shown ?? at(trace, 0), 'app').startedAt).toBe(started);
  });

  it('names the hook as the cause of the late running status', () => {
    const trace = simulate(withHook('sleep 10'), 30);
    const cause = trace.causes?.find((c) => c.subject === 'container:app' && c.change === 'app started');
    expect(cause?.rule).toBe('hook.poststart-gates');
    expect(cause?.trigger.text).toMatch(/postStart hook ran from 0:00\.7 to 0:10\.7; while it runs, the kubelet stays inside SyncPod/);
  });

  it('never makes the pod Ready when the hook fails, even with a readiness probe that passes', () => {
    const probe = `    readinessProbe: { exec: { command: ['true'] }, periodSeconds: 1 }\n`;
    const trace = simulate(withHook('sleep 2; exit 1', probe), 120);
    expect(trace.snapshots.every((s) => !s.conditions.Ready && s.kubectl.ready === '0/1')).toBe(true);
    expect(events(trace, 'FailedPostStartHook', 'app').length).toBeGreaterThan(0);
    expect(trace.snapshots.some((s) => container(s, 'app').reason === 'PostStartHookError')).toBe(true);
  });

  it('publishes the container running at once when it has no hook', () => {
    const trace = simulate(pod(`  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`), 10);
    const started = events(trace, 'Started', 'app')[0]?.t;
    expect(first(trace, (s) => container(s, 'app').state === 'running')?.t).toBe(started);
  });
});
