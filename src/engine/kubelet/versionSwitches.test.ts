// The same scenario on each version differs exactly where docs/semantics.md "Kubernetes versions"
// says: event wording (kuberuntime_container.go › startContainer, kubernetes#134043), describe's
// field-path prefix (kubectl describe.go, kubernetes#133627), the requeue at the back-off's expiry
// (pod_workers.go › completeWork, kubernetes#133066), PodReadyToStartContainers (status/generate.go,
// kubernetes#134660 and #135300) and readiness probes of a deleted pod (prober/worker.go › doProbe;
// the exec regression of kubernetes#130487, fixed by #140882).
import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../simulate';
import { describePod } from '../views';
import { at, container, events, first, last, pod, simulate, starts } from './testing/traceQueries';
import type { Trace } from '../../scenario/trace';
import { crashCompare134, crashCompare137 } from '../../scenario/galleryVersionLessons';

const scenario = (version: string, more = '  node:\n    cachedImages: [busybox:1.28]') => `spec:\n  kubernetesVersion: "${version}"\n${more}`;
const app = (command: string) => `  containers:\n  - name: app\n    image: busybox:1.28\n    command: ['sh', '-c', '${command}']`;
const run = (version: string, command: string, until: number) => simulate(pod(app(command), scenario(version)), until);

/** Each instance's finishedAt, in order. */
function exits(trace: Trace): number[] {
  const out = new Set<number>();
  for (const s of trace.snapshots) {
    const c = container(s, 'app');
    if (c.state === 'terminated' && c.finishedAt !== undefined) out.add(c.finishedAt);
    if (c.lastState) out.add(c.lastState.finishedAt);
  }
  return [...out].sort((a, b) => a - b);
}

/** A pod deleted at 10 s whose app, on SIGTERM, turns its readiness probe's answer to failure and exits 20 s later. */
function shutdown(version: string, probe: string, more = ''): Trace {
  return simulate(pod(`  containers:${more}
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', "trap 'rm /tmp/ready; sleep 20; exit 0' TERM; touch /tmp/ready; while true; do sleep 1; done"]
    readinessProbe: { ${probe}, periodSeconds: 1, failureThreshold: 1 }`,
  `spec:\n  kubernetesVersion: "${version}"\n  node:\n    cachedImages: [busybox:1.28]\n  events:\n  - { at: 10s, delete: Pod/demo }`), 60);
}

/** When Ready turned False after the deletion, and when app exited. */
function unreadyAndExit(trace: Trace): { unready: number; exited: number } {
  const unready = first(trace, (s) => s.t >= 10_000 && !s.conditions.Ready)?.t ?? Infinity;
  const exited = first(trace, (s) => container(s, 'app').state === 'terminated')?.t ?? Infinity;
  return { unready, exited };
}

describe('version switches', () => {
  it('names the container in Created and Started on 1.34 and not from 1.35', () => {
    const old = run('1.34', 'sleep 3600', 10);
    expect(events(old, 'Created', 'app')[0]?.message).toBe('Created container: app');
    expect(events(old, 'Started', 'app')[0]?.message).toBe('Started container app');
    for (const v of ['1.35', '1.36', '1.37']) {
      const t = run(v, 'sleep 3600', 10);
      expect(events(t, 'Created', 'app')[0]?.message).toBe('Container created');
      expect(events(t, 'Started', 'app')[0]?.message).toBe('Container started');
    }
  });

  it('prints describe events without the field path on 1.34 and with it from 1.35', () => {
    const describe = (v: string) => {
      const { result, model } = analyzeScenario(pod(app('sleep 3600'), scenario(v)));
      if (!model || !('snapshots' in result)) throw new Error('rejected');
      return describePod(result, model.pod, 5_000);
    };
    expect(describe('1.34')).toMatch(/kubelet {12}Started container app\n/);
    expect(describe('1.35')).toMatch(/kubelet {12}spec\.containers\{app\}: Container started\n/);
    expect(describe('1.37')).toMatch(/kubelet {12}spec\.containers\{app\}: Container started\n/);
  });

  it('restarts a crash loop up to 10 s after its back-off ends on 1.34, and at the sync tick after it from 1.35', () => {
    // A second crash-looping container moves the pod worker's 10 s error requeue off the first one's back-off.
    const yaml = (v: string) => pod(`${app('sleep 1; exit 1')}\n  - name: worker\n    image: busybox:1.28\n    command: ['sh', '-c', 'sleep 4; exit 1']`, scenario(v));
    const late = (trace: Trace) => {
      const ends = exits(trace);
      const begun = starts(trace, 'app');
      // The first restart is immediate; the n-th waits 10 s × 2^(n-2) after the exit before it.
      return begun.slice(2).map((t, i) => t - ((ends[i + 1] ?? 0) + 10_000 * 2 ** i));
    };
    const old = late(simulate(yaml('1.34'), 300));
    expect(old.length).toBeGreaterThan(3);
    expect(old.every((d) => d > 0 && d <= 10_200)).toBe(true);
    expect(Math.max(...old)).toBeGreaterThan(5_000);
    for (const v of ['1.35', '1.36', '1.37']) {
      const now = late(simulate(yaml(v), 300));
      expect(now.length).toBeGreaterThan(3);
      // The sync tick (1 s) plus CreateContainer and StartContainer (0.2 s).
      expect(now.every((d) => d > 0 && d <= 1_200)).toBe(true);
    }
  });

  it('clamps the requeue to the resync interval when the back-off is longer (1.35+)', () => {
    const trace = run('1.37', 'exit 1', 1_500);
    const restarts = starts(trace, 'app');
    const from = restarts.find((t) => t > 900_000) ?? 0;
    const to = restarts.find((t) => t > from) ?? 0;
    // A 5 min back-off: the pod worker syncs every 60 s meanwhile, a BackOff each time.
    const backOffs = events(trace, 'BackOff', 'app').map((e) => e.t).filter((t) => t > from && t < to);
    const gaps = backOffs.slice(1).map((t, i) => t - (backOffs[i] ?? 0));
    expect(to - from).toBeGreaterThan(290_000);
    expect(gaps).toEqual([60_000, 60_000, 60_000, 60_000]);
  });

  it('turns PodReadyToStartContainers True before the image pull from 1.36, after it before 1.36', () => {
    const ready = (v: string) => {
      const trace = simulate(pod('  containers:\n  - name: app\n    image: nginx:1.27', `spec:\n  kubernetesVersion: "${v}"`), 30);
      const pulling = events(trace, 'Pulling', 'app')[0]?.t ?? Infinity;
      const pulled = events(trace, 'Pulled', 'app')[0]?.t ?? Infinity;
      const t = first(trace, (s) => s.conditions.PodReadyToStartContainers)?.t ?? Infinity;
      return { t, pulling, pulled };
    };
    for (const v of ['1.34', '1.35']) {
      const r = ready(v);
      expect(r.t).toBeGreaterThan(r.pulled);
    }
    for (const v of ['1.36', '1.37']) {
      const r = ready(v);
      expect(r.t).toBeLessThanOrEqual(r.pulling);
    }
  });

  it('gives a False PodReadyToStartContainers a reason and message only from 1.37', () => {
    const falseAtFirst = (v: string) => run(v, 'sleep 3600', 10).snapshots
      .flatMap((s) => s.conditionDetails ?? []).find((c) => c.type === 'PodReadyToStartContainers' && !c.status);
    expect(falseAtFirst('1.36')).not.toHaveProperty('reason');
    expect(falseAtFirst('1.36')).not.toHaveProperty('message');
    expect(falseAtFirst('1.37')).toMatchObject({ reason: 'PodSandboxNotReady', message: 'no pod sandbox exists' });
  });

  it('shows the what\'s-different lesson: api restarts at 0:23.2 on 1.34 and at 0:17.2 on 1.37', () => {
    const old = simulate(crashCompare134);
    const now = simulate(crashCompare137);
    expect(starts(old, 'api').slice(0, 3)).toEqual([3_200, 5_200, 23_200]);
    expect(starts(now, 'api').slice(0, 3)).toEqual([3_200, 5_200, 17_200]);
    expect(first(old, (x) => x.conditions.PodReadyToStartContainers)?.t).toBeGreaterThan(events(old, 'Pulled', 'setup')[0]?.t ?? Infinity);
    expect(first(now, (x) => x.conditions.PodReadyToStartContainers)?.t).toBeLessThanOrEqual(events(now, 'Pulling', 'setup')[0]?.t ?? 0);
  });

  it('keeps running an exec readiness probe after deletion on 1.34 and 1.37, so Ready turns False before the container exits', () => {
    for (const v of ['1.34', '1.37']) {
      const trace = shutdown(v, 'exec: { command: [cat, /tmp/ready] }');
      const { unready, exited } = unreadyAndExit(trace);
      // The trap removes the file at 0:10.75; the probe at 0:11.7 fails; the app exits at about 0:30.75.
      expect(unready).toBe(11_700);
      expect(exited).toBeGreaterThan(30_000);
      expect(container(at(trace, 20_000), 'app')).toMatchObject({ state: 'running', ready: false });
      expect(trace.causes?.find((c) => c.t === unready && c.subject === 'container:app')?.rule).toBe('probe.readiness-terminating');
      expect(events(trace, 'Unhealthy').some((e) => /context canceled/.test(e.message))).toBe(false);
    }
  });

  it('cancels an exec readiness probe after deletion on 1.35 and 1.36, so Ready stays True until the container exits', () => {
    for (const v of ['1.35', '1.36']) {
      const trace = shutdown(v, 'exec: { command: [cat, /tmp/ready] }');
      const { unready, exited } = unreadyAndExit(trace);
      expect(unready).toBe(exited);
      expect(container(at(trace, 20_000), 'app')).toMatchObject({ state: 'running', ready: true });
      const canceled = events(trace, 'Unhealthy', 'app').filter((e) => e.t > 10_000);
      expect(canceled.length).toBeGreaterThan(0);
      expect(canceled.every((e) => e.message === 'Readiness probe errored and resulted in unknown state: rpc error: code = Canceled desc = context canceled')).toBe(true);
    }
  });

  it('keeps running an httpGet readiness probe after deletion on every version (its prober takes no context)', () => {
    // web serves 8080 and exits at once on SIGTERM; app keeps running 20 s more.
    const web = `
  - name: web
    image: busybox:1.28
    command: ['sh', '-c', "trap 'exit 0' TERM; httpd -f -p 8080 & wait"]`;
    for (const v of ['1.34', '1.35', '1.36', '1.37']) {
      const trace = shutdown(v, 'httpGet: { path: /, port: 8080 }', web);
      expect(container(at(trace, 20_000), 'app')).toMatchObject({ state: 'running', ready: false });
      expect(events(trace, 'Unhealthy', 'app').some((e) => e.t > 10_000 && e.message.startsWith('Readiness probe failed: Get "http://'))).toBe(true);
    }
  });

  it('starts the app container after a sidecar startup-probe flake in a Never pod on 1.34 as on 1.37 (the 1.34 race of kubernetes#132826 is not modelled)', () => {
    // proxy exits before its startup probe has decided, then passes it after its restart; main has a
    // startup probe too, which on an unpatched 1.34 kubelet keeps AddPod from recreating proxy's worker.
    const yaml = (v: string) => pod(`  restartPolicy: Never
  volumes:
  - { name: data, emptyDir: {} }
  initContainers:
  - name: proxy
    image: busybox:1.28
    restartPolicy: Always
    command: ['sh', '-c', 'if [ -f /data/once ]; then touch /tmp/up; sleep 3600; else touch /data/once; sleep 2; exit 1; fi']
    volumeMounts: [{ name: data, mountPath: /data }]
    startupProbe: { exec: { command: [test, -f, /tmp/up] }, periodSeconds: 1, failureThreshold: 30 }
  containers:
  - name: main
    image: busybox:1.28
    command: ['sh', '-c', 'sleep 3600']
    startupProbe: { exec: { command: ['true'] }, periodSeconds: 1 }`, scenario(v));
    for (const v of ['1.34', '1.37']) {
      const trace = simulate(yaml(v), 60);
      expect(starts(trace, 'proxy')).toHaveLength(2);
      expect(starts(trace, 'main')).toHaveLength(1);
      expect(last(trace)).toMatchObject({ phase: 'Running', kubectl: { status: 'Running' } });
    }
  });

  it('cuts off a preStop hook that outlasts the grace period at the same instant on 1.34 and 1.36 (kubernetes#136598 not modelled)', () => {
    const stop = (v: string) => {
      const trace = simulate(pod(`  terminationGracePeriodSeconds: 10
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'while true; do sleep 1; done']
    lifecycle: { preStop: { exec: { command: [sleep, '60'] } } }`, `${scenario(v)}\n  events:\n  - { at: 5s, delete: Pod/demo }`), 120);
      return { finished: container(last(trace), 'app').finishedAt, removed: last(trace).t, deleted: last(trace).deleted };
    };
    const old = stop('1.34');
    expect(old.deleted).toBe(true);
    expect(old.finished).toBeLessThan(5_000 + 60_000);
    expect(stop('1.36')).toEqual(old);
  });
});
