// Observable orderings 1–10 and 20 of kubelet-semantics.md: regular init containers.
import { describe, expect, it } from 'vitest';
import { at, container, events, first, last, pod, simulate, starts, statuses } from './testing/traceQueries';

const twoInits = (policy: string, init1: string, init2: string) => pod(`  restartPolicy: ${policy}
  initContainers:
  - { name: init1, image: busybox:1.28, command: ['sh', '-c', '${init1}'] }
  - { name: init2, image: busybox:1.28, command: ['sh', '-c', '${init2}'] }
  containers:
  - { name: run1, image: busybox:1.28, command: ['sleep', '3600'] }`);

describe('regular init containers (observable orderings)', () => {
  it('1: runs init containers one after another and the app only after both succeed (Never)', () => {
    const trace = simulate(twoInits('Never', 'sleep 2', 'sleep 2'), 30);
    const init1Done = container(first(trace, (s) => container(s, 'init1').state === 'terminated') ?? last(trace), 'init1');
    expect(init1Done.exitCode).toBe(0);
    const [init2Start] = starts(trace, 'init2');
    const [run1Start] = starts(trace, 'run1');
    expect(init2Start).toBeGreaterThan(init1Done.finishedAt ?? Infinity);
    expect(run1Start).toBeGreaterThan(container(last(trace), 'init2').finishedAt ?? Infinity);
    for (const s of trace.snapshots) {
      const initsDone = s.initContainers.every((c) => c.state === 'terminated' && c.exitCode === 0);
      if (container(s, 'run1').state === 'running') expect(initsDone).toBe(true);
    }
  });

  it('2: reaches Running with Initialized=True and both init statuses ready and exited 0 (Always)', () => {
    const s = last(simulate(twoInits('Always', 'true', 'true'), 30));
    expect(s.phase).toBe('Running');
    expect(s.conditions.Initialized).toBe(true);
    for (const name of ['init1', 'init2']) expect(container(s, name)).toMatchObject({ state: 'terminated', exitCode: 0, ready: true });
  });

  it('3: keeps app containers waiting while init1 fails, restarting it (Always)', () => {
    const trace = simulate(twoInits('Always', 'false', 'true'), 120);
    const s = last(trace);
    expect(container(s, 'init2')).toMatchObject({ state: 'waiting', reason: 'PodInitializing' });
    expect(container(s, 'run1')).toMatchObject({ state: 'waiting', reason: 'PodInitializing' });
    expect(container(s, 'init1').restartCount).toBeGreaterThanOrEqual(3);
    expect(trace.snapshots.every((x) => x.phase === 'Pending')).toBe(true);
    expect(s.conditionDetails?.find((c) => c.type === 'Initialized')).toMatchObject({
      status: false, reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [init1 init2]' });
  });

  it('4: fails the pod when an init container fails under Never, leaving the app waiting', () => {
    const s = last(simulate(twoInits('Never', 'true', 'false'), 30));
    expect(s.phase).toBe('Failed');
    expect(s.conditionDetails?.find((c) => c.type === 'Initialized')).toMatchObject({ status: false, message: 'containers with incomplete status: [init2]' });
    expect(container(s, 'run1').state).toBe('waiting');
  });

  it('5: shows STATUS Init:Error and READY 0/1 for that failed pod', () => {
    expect(last(simulate(twoInits('Never', 'true', 'false'), 30)).kubectl).toMatchObject({ status: 'Init:Error', ready: '0/1' });
  });

  it('6: moves STATUS through Init:0/2, Init:1/2, PodInitializing and Running', () => {
    expect(statuses(simulate(twoInits('Always', 'sleep 3', 'sleep 3'), 30))).toEqual(['Init:0/2', 'Init:1/2', 'PodInitializing', 'Running']);
  });

  it('7: waits at least 10 s, 20 s, 40 s between later crashes and restarts, never much more than 300 s', () => {
    const trace = simulate(twoInits('Always', 'exit 1', 'true'), 1500);
    const s = starts(trace, 'init1');
    const gaps = s.slice(1).map((t, i) => t - (s[i] as number));
    expect(gaps[1]).toBeGreaterThanOrEqual(10_000);
    expect(gaps[2]).toBeGreaterThanOrEqual(20_000);
    expect(gaps[3]).toBeGreaterThanOrEqual(40_000);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(300_000 + 15_000);
    expect(gaps.filter((g) => g >= 300_000).length).toBeGreaterThan(0);
  });

  it('8: restarts after the first failure without a backoff wait', () => {
    const [a, b] = starts(simulate(twoInits('Always', 'exit 1', 'true'), 30), 'init1');
    expect((b ?? Infinity) - (a ?? 0)).toBeLessThan(10_000);
  });

  it('9: shows Init:Error just after an exit and Init:CrashLoopBackOff with lastState Error during the wait', () => {
    const trace = simulate(twoInits('Always', 'exit 1', 'true'), 120);
    const waiting = first(trace, (s) => container(s, 'init1').reason === 'CrashLoopBackOff');
    expect(waiting?.kubectl.status).toBe('Init:CrashLoopBackOff');
    expect(container(waiting ?? last(trace), 'init1').lastState?.reason).toBe('Error');
    expect(container(waiting ?? last(trace), 'init1').message).toMatch(/^back-off 10s restarting failed container=init1 pod=demo_default\(/);
    const afterExit = first(trace, (s) => container(s, 'init1').state === 'terminated');
    expect(afterExit?.kubectl.status).toBe('Init:Error');
    const seq = statuses(trace);
    expect(seq.slice(0, 5)).toEqual(['Init:0/2', 'Init:Error', 'Init:0/2', 'Init:Error', 'Init:CrashLoopBackOff']);
    seq.forEach((s, i) => { if (s === 'Init:CrashLoopBackOff') expect(seq[i - 1]).toBe('Init:Error'); });
  });

  it('10: resets the backoff when the container image changes', () => {
    const yaml = twoInits('Always', 'exit 1', 'true').replace('cachedImages: [busybox:1.28]', 'cachedImages: [busybox:1.28, busybox:1.36]\n  events:\n  - { at: 100s, setImage: { container: init1, image: "busybox:1.36" } }');
    const trace = simulate(yaml, 200);
    const s = starts(trace, 'init1');
    const before = s.filter((t) => t < 100_000);
    const after = s.filter((t) => t >= 100_000);
    expect((before[before.length - 1] ?? 0) - (before[before.length - 2] ?? 0)).toBeGreaterThanOrEqual(40_000);
    expect((after[0] ?? Infinity) - 100_000).toBeLessThanOrEqual(11_000);
    const next = (after[1] ?? Infinity) - (after[0] ?? 0);
    expect(next).toBeGreaterThanOrEqual(10_000);
    expect(next).toBeLessThan(20_000);
  });

  it('20: counts init restarts in RESTARTS during initialization and only app and sidecar restarts after', () => {
    const yaml = pod(`  volumes: [{ name: work, emptyDir: {} }]
  initContainers:
  - name: init1
    image: busybox:1.28
    command: ['sh', '-c', 'if [ -f /work/done ]; then exit 0; fi; touch /work/done; exit 1']
    volumeMounts: [{ name: work, mountPath: /work }]
  - { name: init2, image: busybox:1.28, command: ['sleep', '5'] }
  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`);
    const trace = simulate(yaml, 40);
    const during = first(trace, (s) => container(s, 'init2').state === 'running');
    expect(during?.kubectl.restarts).toMatch(/^1 \(\d+s ago\)$/);
    expect(last(trace).kubectl).toMatchObject({ status: 'Running', restarts: '0' });
  });

  it('26: waits for a postStart hook before creating the next container', () => {
    const yaml = pod(`  containers:
  - name: first
    image: busybox:1.28
    command: ['sleep', '3600']
    lifecycle: { postStart: { exec: { command: ['sleep', '5'] } } }
  - { name: second, image: busybox:1.28, command: ['sleep', '3600'] }`);
    const trace = simulate(yaml, 30);
    const started = events(trace, 'Started', 'first')[0]?.t ?? Infinity;
    const created = events(trace, 'Created', 'second')[0]?.t ?? 0;
    expect(created - started).toBeGreaterThanOrEqual(5000);
  });

  it('27: fails a pod stuck in init with DeadlineExceeded about 10 s after its start time', () => {
    const yaml = pod(`  activeDeadlineSeconds: 10
  initContainers:
  - { name: init1, image: busybox:1.28, command: ['sleep', '3600'] }
  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`);
    const trace = simulate(yaml, 60);
    const failed = first(trace, (s) => s.phase === 'Failed');
    expect(failed?.t).toBeGreaterThanOrEqual(10_000);
    expect(failed?.t).toBeLessThanOrEqual(11_000);
    expect(failed?.reason).toBe('DeadlineExceeded');
    expect(events(trace, 'DeadlineExceeded')[0]?.message).toBe('Pod was active on the node longer than the specified deadline');
    expect(at(trace, 59_000).phase).toBe('Failed');
  });
});
