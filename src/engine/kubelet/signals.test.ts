// Stop signals reaching the container's PID 1. Grounded in kuberuntime_container.go › killContainer
// (grace period, minimum 2 s, CRI StopContainer with the container's stop signal),
// kuberuntime_termination_order.go › newTerminationOrdering/waitForTurn (sidecars wait for the app
// containers and the next sidecar), busybox shell/ash.c › dotrap/waitcmd (a trap runs once the
// foreground command returns; `wait` ends at once), and the official images' STOPSIGNAL lines.
import { describe, expect, it } from 'vitest';
import { container, events, last, pod, simulate } from './testing/traceQueries';
import type { Trace } from '../../scenario/trace';

const deleteAt = (seconds: number, images = 'busybox:1.28') =>
  `spec:\n  node:\n    cachedImages: [${images}]\n  events:\n  - { at: ${seconds}s, delete: Pod/demo }`;

const exitCause = (trace: Trace, name: string) =>
  trace.causes?.find((c) => c.subject === `container:${name}` && /exited|killed|terminated/.test(c.change));

const logsOf = (trace: Trace, name: string) => trace.logs.filter((l) => l.container === name).map((l) => l.line);

describe('stop signals', () => {
  it('stops an app that traps SIGTERM at once: exit 0, its echo in the log, the pod gone long before the 30 s grace period', () => {
    const trace = simulate(pod(`  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', "trap 'echo got TERM; exit 0' TERM; while true; do sleep 1; done"]`, deleteAt(20)), 80);
    const app = container(last(trace), 'app');
    expect(app).toMatchObject({ state: 'terminated', exitCode: 0, reason: 'Completed' });
    expect((app.finishedAt ?? Infinity) - 20_000).toBeLessThanOrEqual(1_100);
    expect(logsOf(trace, 'app')).toContain('got TERM');
    expect(last(trace).deleted).toBe(true);
    expect(last(trace).t).toBeLessThan(20_000 + 5_000);
    const cause = exitCause(trace, 'app');
    expect(cause?.rule).toBe('stop.trap-handled');
    expect(cause?.trigger.text).toContain('its SIGTERM handler ran `echo got TERM; exit 0`');
  });

  it('still SIGKILLs a script without a trap when the grace period runs out (exit 137)', () => {
    const trace = simulate(pod(`  containers:
  - { name: app, image: busybox:1.28, command: ['sh', '-c', 'while true; do sleep 1; done'] }`, deleteAt(20)), 80);
    expect(container(last(trace), 'app')).toMatchObject({ exitCode: 137, finishedAt: 50_000 });
    const cause = exitCause(trace, 'app');
    expect(cause?.rule).toBe('stop.sigkill-grace');
    expect(cause?.trigger.text).toContain('PID 1 has no SIGTERM handler and ignored it');
  });

  it('waits out a long foreground sleep: the handler never runs and SIGKILL comes at the end of the grace period', () => {
    const trace = simulate(pod(`  terminationGracePeriodSeconds: 5
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', "trap 'echo got TERM; exit 0' TERM; sleep 3600"]`, deleteAt(10)), 60);
    expect(container(last(trace), 'app')).toMatchObject({ exitCode: 137, finishedAt: 15_000 });
    expect(logsOf(trace, 'app')).not.toContain('got TERM');
    expect(exitCause(trace, 'app')?.rule).toBe('stop.sigkill-trapped');
  });

  it("SIGKILLs a script that ignores SIGTERM with trap ''", () => {
    const trace = simulate(pod(`  containers:
  - { name: app, image: busybox:1.28, command: ['sh', '-c', "trap '' TERM; while true; do sleep 1; done"] }`, deleteAt(20)), 80);
    expect(container(last(trace), 'app').exitCode).toBe(137);
    expect(exitCause(trace, 'app')?.trigger.text).toContain("ignores SIGTERM (trap '')");
  });

  it('sends nginx its STOPSIGNAL, SIGQUIT, on which it exits at once', () => {
    const trace = simulate(pod(`  containers:
  - { name: web, image: nginx:1.27 }`, deleteAt(20, 'nginx:1.27')), 80);
    expect(container(last(trace), 'web')).toMatchObject({ exitCode: 0 });
    expect(exitCause(trace, 'web')?.trigger.text).toContain("its image exits on SIGQUIT (the image's STOPSIGNAL)");
  });

  it('sends SIGQUIT to a script run on the nginx image too, so a TERM trap does not fire', () => {
    const trace = simulate(pod(`  terminationGracePeriodSeconds: 5
  containers:
  - name: web
    image: nginx:1.27
    command: ['sh', '-c', "trap 'echo got TERM; exit 0' TERM; trap 'echo got QUIT; exit 3' QUIT; while true; do sleep 1; done"]`, deleteAt(20, 'nginx:1.27')), 80);
    expect(container(last(trace), 'web').exitCode).toBe(3);
    expect(logsOf(trace, 'web')).toEqual(['got QUIT']);
  });

  it('sends httpd its STOPSIGNAL, SIGWINCH (graceful stop)', () => {
    const trace = simulate(pod(`  containers:
  - { name: web, image: 'httpd:2.4' }`, deleteAt(20, 'httpd:2.4')), 80);
    expect(container(last(trace), 'web').exitCode).toBe(0);
    expect(exitCause(trace, 'web')?.trigger.text).toContain("SIGWINCH (the image's STOPSIGNAL)");
  });

  it('ends a container whose lifecycle.stopSignal is SIGKILL at once, exit 137', () => {
    const trace = simulate(pod(`  os: { name: linux }
  containers:
  - name: app
    image: busybox:1.28
    lifecycle: { stopSignal: SIGKILL }
    command: ['sh', '-c', "trap 'exit 0' TERM; while true; do sleep 1; done"]`, deleteAt(20).replace('  node:\n', '  node:\n    featureGates: { ContainerStopSignals: true }\n')), 80);
    expect(container(last(trace), 'app')).toMatchObject({ exitCode: 137, finishedAt: 20_000 });
    expect(exitCause(trace, 'app')?.rule).toBe('exit.killed');
  });

  it('uses lifecycle.stopSignal only where the ContainerStopSignals gate is on (alpha, off by default)', () => {
    const spec = `  os: { name: linux }
  containers:
  - name: app
    image: busybox:1.28
    lifecycle: { stopSignal: SIGUSR1 }
    command: ['sh', '-c', "trap 'echo got USR1; exit 0' USR1; while true; do sleep 1; done"]`;
    const off = simulate(pod(spec, deleteAt(20)), 80);
    expect(container(last(off), 'app').exitCode).toBe(137);
    const on = simulate(pod(spec, `${deleteAt(20)}\n  kubernetesVersion: "1.34"`.replace('  node:\n', '  node:\n    featureGates: { ContainerStopSignals: true }\n')), 80);
    expect(container(last(on), 'app').exitCode).toBe(0);
    expect(logsOf(on, 'app')).toContain('got USR1');
  });
});

// test/e2e_node/container_lifecycle_test.go, "should terminate sidecars in reverse order after all
// main containers have exited": sidecars built by ExecCommand trap TERM, sleep TerminationSeconds
// in the handler and exit 0; the regular container exits after a delay.
const trapping = (name: string, seconds: number) => `  - name: ${name}
    image: busybox:1.28
    restartPolicy: Always
    command: ['sh', '-c', "trap 'sleep ${seconds}; echo ${name} Exiting; exit 0' TERM; echo ${name} Started; exec sleep 600 & wait $!"]
`;

describe('sidecar termination order with trapping sidecars', () => {
  const jobLike = pod(`  restartPolicy: Never
  initContainers:
${trapping('restartable-init-1', 2)}${trapping('restartable-init-2', 2)}${trapping('restartable-init-3', 2)}  containers:
  - { name: regular1, image: busybox:1.28, command: ['sh', '-c', 'sleep 5; exit 0'] }`);

  it('stops the sidecars strictly in reverse order after the app, each released by the exit of the next one', () => {
    const trace = simulate(jobLike, 120);
    const s = last(trace);
    const end = (n: string) => container(s, n).finishedAt ?? Infinity;
    const regular = end('regular1');
    expect(end('restartable-init-3')).toBeGreaterThan(regular);
    expect(end('restartable-init-2')).toBeGreaterThan(end('restartable-init-3'));
    expect(end('restartable-init-1')).toBeGreaterThan(end('restartable-init-2'));
    // Each handler takes 2 s; the next sidecar gets SIGTERM only when the one after it has exited.
    expect(end('restartable-init-3') - regular).toBeLessThan(4_000);
    expect(end('restartable-init-2') - end('restartable-init-3')).toBeGreaterThanOrEqual(2_000);
    expect(end('restartable-init-2') - end('restartable-init-3')).toBeLessThan(2_500);
    expect(end('restartable-init-1') - end('restartable-init-2')).toBeGreaterThanOrEqual(2_000);
    expect(s.initContainers.map((c) => c.exitCode)).toEqual([0, 0, 0]);
    const order = trace.logs.filter((l) => l.line.endsWith('Exiting')).map((l) => l.container);
    expect(order).toEqual(['restartable-init-3', 'restartable-init-2', 'restartable-init-1']);
    const cause = exitCause(trace, 'restartable-init-2');
    expect(cause?.rule).toBe('stop.sidecar-order');
    expect(cause?.trigger.text).toContain("its SIGTERM handler ran `sleep 2; echo restartable-init-2 Exiting; exit 0`");
  });

  it('completes the Job-like pod within seconds instead of waiting the 30 s grace period', () => {
    const s = last(simulate(jobLike, 120));
    expect(s.phase).toBe('Succeeded');
    expect((container(s, 'restartable-init-1').finishedAt ?? Infinity) - (container(s, 'regular1').finishedAt ?? 0)).toBeLessThan(8_000);
  });

  it('sends every Killing event at once, though the signal waits for the sidecar\'s turn', () => {
    const trace = simulate(jobLike, 120);
    const kills = events(trace, 'Killing').map((e) => e.t);
    expect(new Set(kills).size).toBe(1);
  });

  it('releases a sidecar whose next sidecar is not running without waiting for the ones beyond it', () => {
    // restartable-init-2 exits on its own at once and is still in back-off when the app ends.
    const trace = simulate(pod(`  restartPolicy: Never
  initContainers:
${trapping('restartable-init-1', 1)}  - { name: restartable-init-2, image: busybox:1.28, restartPolicy: Always, command: ['sh', '-c', 'sleep 2; exit 1'] }
${trapping('restartable-init-3', 6)}  containers:
  - { name: regular1, image: busybox:1.28, command: ['sh', '-c', 'sleep 30; exit 0'] }`), 120);
    const s = last(trace);
    const end = (n: string) => container(s, n).finishedAt ?? Infinity;
    // restartable-init-1 waits for the app and restartable-init-2 only, so it ends before restartable-init-3's 6 s handler.
    expect(end('restartable-init-1')).toBeLessThan(end('restartable-init-3'));
  });
});
