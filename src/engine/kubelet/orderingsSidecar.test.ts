// Observable orderings 11–19 and 21 of kubelet-semantics.md: native sidecars and termination.
import { describe, expect, it } from 'vitest';
import { container, events, first, last, pod, simulate, starts } from './testing/traceQueries';

const sidecar = (name: string, extra = '', command = "['sleep', '3600']") =>
  `  - name: ${name}\n    image: busybox:1.28\n    restartPolicy: Always\n    command: ${command}\n${extra}`;

const startupProbe = (path: string, failureThreshold = 30) =>
  `    startupProbe: { exec: { command: ['cat', '${path}'] }, periodSeconds: 1, failureThreshold: ${failureThreshold} }\n`;

const jobLike = (exitCode: number) => pod(`  restartPolicy: Never
  initContainers:
${sidecar('sidecar1')}${sidecar('sidecar2')}${sidecar('sidecar3')}  containers:
  - { name: regular1, image: busybox:1.28, command: ['sh', '-c', 'sleep 3; exit ${exitCode}'] }`);

describe('native sidecars (observable orderings)', () => {
  it('11: starts the sidecar before init2, keeps it running during init2 and beside the app', () => {
    const trace = simulate(pod(`  initContainers:
${sidecar('sidecar1')}  - { name: init2, image: busybox:1.28, command: ['sleep', '3'] }
  containers:
  - { name: regular1, image: busybox:1.28, command: ['sleep', '3600'] }`), 30);
    const [s1] = starts(trace, 'sidecar1');
    const [i2] = starts(trace, 'init2');
    const [r1] = starts(trace, 'regular1');
    expect(s1).toBeLessThan(i2 ?? 0);
    const init2Running = first(trace, (s) => container(s, 'init2').state === 'running');
    expect(container(init2Running ?? last(trace), 'sidecar1').state).toBe('running');
    expect(r1).toBeGreaterThan(container(last(trace), 'init2').finishedAt ?? Infinity);
    expect(container(last(trace), 'sidecar1').state).toBe('running');
    expect(container(last(trace), 'regular1').state).toBe('running');
  });

  it('12: does not start init2 before the sidecar first passes its startup probe', () => {
    const trace = simulate(pod(`  initContainers:
${sidecar('sidecar1', startupProbe('/tmp/ready'), "['sh', '-c', 'sleep 6; touch /tmp/ready; sleep 3600']")}  - { name: init2, image: busybox:1.28, command: ['true'] }
  containers:
  - { name: regular1, image: busybox:1.28, command: ['sleep', '3600'] }`), 40);
    const started = first(trace, (s) => container(s, 'sidecar1').started);
    expect(started).toBeDefined();
    expect(starts(trace, 'init2')[0]).toBeGreaterThanOrEqual(started?.t ?? Infinity);
    expect(starts(trace, 'init2')[0]).toBeGreaterThan((starts(trace, 'sidecar1')[0] ?? 0) + 6000);
  });

  it('13: never starts regular containers while the sidecar keeps failing its startup probe', () => {
    const trace = simulate(pod(`  initContainers:
${sidecar('sidecar1', startupProbe('/tmp/never', 3))}  containers:
  - { name: regular1, image: busybox:1.28, command: ['sleep', '3600'] }`), 300);
    expect(starts(trace, 'regular1')).toEqual([]);
    expect(starts(trace, 'sidecar1').length).toBeGreaterThan(2);
    expect(events(trace, 'Killing', 'sidecar1')[0]?.message).toBe('Init container sidecar1 failed startup probe');
  });

  it('14: restarts a sidecar that exits during initialization even under Never, and initialization goes on', () => {
    const trace = simulate(pod(`  restartPolicy: Never
  initContainers:
${sidecar('sidecar1', '', "['sh', '-c', 'sleep 2; exit 1']")}  - { name: init2, image: busybox:1.28, command: ['sleep', '8'] }
  containers:
  - { name: regular1, image: busybox:1.28, command: ['sleep', '3600'] }`), 40);
    expect(starts(trace, 'sidecar1').length).toBeGreaterThan(1);
    expect(starts(trace, 'regular1').length).toBe(1);
    expect(last(trace).phase).toBe('Running');
  });

  it('15: stops sidecars in reverse order after the job container exits, ending Succeeded', () => {
    const servers = pod(`  restartPolicy: Never
  initContainers:
  - { name: sidecar1, image: nginx:1.27, restartPolicy: Always }
  - { name: sidecar2, image: redis:7, restartPolicy: Always }
  - { name: sidecar3, image: memcached:1.6, restartPolicy: Always }
  containers:
  - { name: regular1, image: busybox:1.28, command: ['sh', '-c', 'sleep 3; exit 0'] }`, 'spec:\n  node:\n    cachedImages: [busybox:1.28, nginx:1.27, redis:7, memcached:1.6]');
    const s = last(simulate(servers, 120));
    const fin = (n: string) => container(s, n).finishedAt ?? 0;
    expect(fin('regular1')).toBeLessThan(fin('sidecar3'));
    expect(fin('sidecar3')).toBeLessThan(fin('sidecar2'));
    expect(fin('sidecar2')).toBeLessThan(fin('sidecar1'));
    expect(s.phase).toBe('Succeeded');
    const killed = last(simulate(jobLike(0), 120));
    expect(killed.initContainers.map((c) => c.exitCode)).toEqual([137, 137, 137]);
    expect(killed.phase).toBe('Succeeded');
  });

  it('16: keeps the phase Running between the job container exit and the sidecars stopping', () => {
    const trace = simulate(jobLike(0), 120);
    const exited = first(trace, (s) => container(s, 'regular1').state === 'terminated');
    expect(exited?.phase).toBe('Running');
  });

  it('17: ends Failed when the job container exits 1', () => {
    expect(last(simulate(jobLike(1), 120)).phase).toBe('Failed');
  });

  it('18: stops app containers before sidecars on deletion, running sidecar preStop hooks from the start', () => {
    const trace = simulate(pod(`  initContainers:
  - name: proxy
    image: nginx:1.27
    restartPolicy: Always
    lifecycle: { preStop: { sleep: { seconds: 10 } } }
  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`, 'spec:\n  node:\n    cachedImages: [busybox:1.28, nginx:1.27]\n  events:\n  - { at: 20s, delete: Pod/demo }'), 120);
    const s = last(trace);
    const appEnd = container(s, 'app').finishedAt ?? 0;
    const proxyEnd = container(s, 'proxy').finishedAt ?? 0;
    expect(proxyEnd).toBeGreaterThan(appEnd);
    expect(proxyEnd - 20_000).toBeLessThan(30_000 + 1000);
    expect(events(trace, 'Killing').map((e) => e.t)).toEqual([20_000, 20_000]);
    expect(s.deleted).toBe(true);
  });

  it('19: shows READY 1/3 and Init:1/2 while sidecar2 is not yet started', () => {
    const trace = simulate(pod(`  initContainers:
${sidecar('sidecar1')}${sidecar('sidecar2', startupProbe('/tmp/ready'), "['sh', '-c', 'sleep 8; touch /tmp/ready; sleep 3600']")}  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`), 40);
    const mid = first(trace, (s) => container(s, 'sidecar2').state === 'running' && !container(s, 'sidecar2').started);
    expect(mid?.kubectl).toMatchObject({ ready: '1/3', status: 'Init:1/2' });
    expect(last(trace).kubectl.ready).toBe('3/3');
  });

  it('21: marks a finished job-like pod PodCompleted in Initialized, ContainersReady and Ready', () => {
    const d = last(simulate(jobLike(0), 120)).conditionDetails ?? [];
    expect(d.find((c) => c.type === 'Initialized')).toMatchObject({ status: true, reason: 'PodCompleted' });
    expect(d.find((c) => c.type === 'ContainersReady')).toMatchObject({ status: false, reason: 'PodCompleted' });
    expect(d.find((c) => c.type === 'Ready')).toMatchObject({ status: false, reason: 'PodCompleted' });
  });
});
