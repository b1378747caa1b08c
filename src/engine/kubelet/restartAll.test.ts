// KEP-5532 RestartAllContainers, grounded in the e2e_node test "should restart all containers on
// regular container exit" and pkg/kubelet/status/generate.go (GenerateAllContainersRestartingCondition,
// GeneratePodInitializedCondition).
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../scenario/trace';
import { container, events, first, last, pod, simulate, starts, statuses } from './testing/traceQueries';

const node = (version: string, gates = '') => `spec:\n  kubernetesVersion: "${version}"\n  node:\n    cachedImages: [busybox:1.28]\n${gates ? `    featureGates: { ${gates} }\n` : ''}`;
const restartAll = `    restartPolicy: Never
    restartPolicyRules:
    - action: RestartAllContainers
      exitCodes: { operator: In, values: [42] }
`;
const gang = (initCommand = "['sh', '-c', 'exit 0']") => `  restartPolicy: Never
  volumes: [{ name: work, emptyDir: {} }]
  initContainers:
  - { name: init, image: busybox:1.28, command: ${initCommand}, volumeMounts: [{ name: work, mountPath: /work }] }
  - { name: sidecar, image: busybox:1.28, command: ['sleep', '10000'], restartPolicy: Always }
  containers:
  - name: source
    image: busybox:1.28
    command: ['sh', '-c', 'if [ -f /work/restarted ]; then sleep 10000; fi; touch /work/restarted; sleep 5; exit 42']
    volumeMounts: [{ name: work, mountPath: /work }]
    lifecycle: { preStop: { exec: { command: ['sleep', '20'] } } }
${restartAll}  - { name: regular, image: busybox:1.28, command: ['sleep', '10000'] }`;

const cond = (s: Snapshot, type: string) => s.conditionDetails?.find((c) => c.type === type);

describe('RestartAllContainers', () => {
  it('restarts every container in place once, init containers first, and ends Running (1.36+)', () => {
    const trace = simulate(pod(gang(), node('1.36')), 60);
    for (const name of ['init', 'sidecar', 'source', 'regular']) {
      expect(starts(trace, name), name).toHaveLength(2);
      expect(container(last(trace), name).restartCount, name).toBe(1);
      expect(container(last(trace), name).lastState, name).toBeDefined();
    }
    expect(container(last(trace), 'regular').lastState).toMatchObject({ exitCode: 137, reason: 'RestartingAllContainers' });
    expect(container(last(trace), 'source').lastState).toMatchObject({ exitCode: 42 });
    const [, init2] = starts(trace, 'init');
    expect(init2).toBeLessThan(starts(trace, 'sidecar')[1] ?? 0);
    expect(starts(trace, 'sidecar')[1]).toBeLessThan(starts(trace, 'regular')[1] ?? 0);
    expect(last(trace).phase).toBe('Running');
    expect(cond(last(trace), 'AllContainersRestarting')?.status).toBe(false);
  });

  it('kills without preStop and without the grace period, keeping the sandbox', () => {
    const trace = simulate(pod(gang(), node('1.37')), 60);
    const exit = container(first(trace, (s) => container(s, 'source').state === 'terminated') as Snapshot, 'source').finishedAt ?? 0;
    const killed = first(trace, (s) => container(s, 'regular').state === 'terminated');
    expect(killed?.t).toBeLessThan(exit + 2000);
    expect(events(trace, 'SandboxChanged')).toEqual([]);
    expect(trace.events.some((e) => e.reason === 'FailedPreStopHook')).toBe(false);
  });

  it('shows AllContainersRestarting True while it kills, Ready and ContainersReady False, Initialized still True', () => {
    const trace = simulate(pod(gang(), node('1.36')), 60);
    const during = first(trace, (s) => cond(s, 'AllContainersRestarting')?.status === true);
    expect(during).toBeDefined();
    expect(cond(during as Snapshot, 'AllContainersRestarting')).toMatchObject({ reason: 'RestartAllContainersStarted', message: 'container exited with restart policy rule' });
    expect(during?.conditions.Ready).toBe(false);
    expect(during?.conditions.ContainersReady).toBe(false);
    const afterDuring = trace.snapshots.filter((s) => s.t >= (during?.t ?? 0));
    expect(afterDuring.every((s) => s.conditions.Initialized)).toBe(true);
    const cleared = afterDuring.find((s) => cond(s, 'AllContainersRestarting')?.status === false);
    expect(cleared?.t).toBeGreaterThan(during?.t ?? Infinity);
  });

  it('shows the app containers\' reasons in kubectl STATUS while the init containers run again, since Initialized stays True (printPod)', () => {
    const trace = simulate(pod(gang(), node('1.36')), 60);
    const seen = statuses(trace);
    const running = seen.indexOf('Running');
    // During the kill the reason of regular, first by name (the API sorts container statuses by name),
    // then PodInitializing: no Init:N/M, as Initialized is True.
    expect(seen.slice(running + 1)).toEqual(['RestartingAllContainers', 'PodInitializing', 'Running']);
  });

  it('fails a Never pod whose init container fails during the restart', () => {
    const trace = simulate(pod(gang("['sh', '-c', 'if [ -f /work/restarted ]; then exit 1; fi']"), node('1.36')), 60);
    expect(starts(trace, 'init')).toHaveLength(2);
    expect(last(trace).phase).toBe('Failed');
    expect(starts(trace, 'regular')).toHaveLength(1);
  });

  it('is rejected on 1.35 by default, and works there with the gate turned on', () => {
    expect(() => simulate(pod(gang(), node('1.35')), 30)).toThrow(/supported values: \\"Restart\\"/);
    const trace = simulate(pod(gang(), node('1.35', 'RestartAllContainersOnContainerExits: true')), 60);
    expect(starts(trace, 'regular')).toHaveLength(2);
  });

  it('records why each container was killed', () => {
    const trace = simulate(pod(gang(), node('1.37')), 60);
    const kill = trace.causes?.find((c) => c.subject === 'container:regular' && c.rule === 'restart.all-containers');
    expect(kill?.trigger.text).toContain('source exited 42');
  });

  it('restarts everything on a sidecar exit that matches its rule (e2e: "on sidecar container exit")', () => {
    const trace = simulate(pod(`  restartPolicy: Never
  volumes: [{ name: work, emptyDir: {} }]
  initContainers:
  - { name: init, image: busybox:1.28, command: ['sh', '-c', 'exit 0'] }
  - name: source-sidecar
    image: busybox:1.28
    command: ['sh', '-c', 'if [ -f /work/done ]; then sleep 10000; fi; touch /work/done; sleep 5; exit 42']
    volumeMounts: [{ name: work, mountPath: /work }]
    restartPolicy: Always
    restartPolicyRules:
    - action: RestartAllContainers
      exitCodes: { operator: In, values: [42] }
  containers:
  - { name: regular, image: busybox:1.28, command: ['sleep', '10000'] }`, node('1.36')), 60);
    for (const name of ['init', 'source-sidecar', 'regular']) expect(container(last(trace), name).restartCount, name).toBe(1);
    expect(last(trace).phase).toBe('Running');
  });

  it('restarts the init containers and sidecars on an init container exit, before any app container ran (e2e: "on init container exit")', () => {
    const trace = simulate(pod(`  restartPolicy: Never
  volumes: [{ name: work, emptyDir: {} }]
  initContainers:
  - { name: sidecar, image: busybox:1.28, command: ['sleep', '10000'], restartPolicy: Always }
  - { name: init, image: busybox:1.28, command: ['sh', '-c', 'exit 0'] }
  - name: source-init
    image: busybox:1.28
    command: ['sh', '-c', 'if [ -f /work/done ]; then exit 0; fi; touch /work/done; exit 42']
    volumeMounts: [{ name: work, mountPath: /work }]
${restartAll}  containers:
  - { name: regular, image: busybox:1.28, command: ['sleep', '10000'] }`, node('1.36')), 60);
    for (const name of ['sidecar', 'init', 'source-init']) expect(container(last(trace), name).restartCount, name).toBe(1);
    expect(starts(trace, 'regular')).toHaveLength(1);
    expect(container(last(trace), 'regular').state).toBe('running');
  });

  it('restarts a single-container pod in place at once, its start naming the restart (kubernetes#136966)', () => {
    const trace = simulate(pod(`  restartPolicy: Never
  volumes: [{ name: work, emptyDir: {} }]
  containers:
  - name: solo
    image: busybox:1.28
    command: ['sh', '-c', 'if [ -f /work/done ]; then sleep 10000; fi; touch /work/done; sleep 2; exit 42']
    volumeMounts: [{ name: work, mountPath: /work }]
${restartAll}`, node('1.36')), 30);
    const [first, second] = starts(trace, 'solo');
    expect((second ?? 0) - (first ?? 0)).toBeLessThan(6000);
    expect(container(last(trace), 'solo').state).toBe('running');
    const start = trace.causes?.filter((c) => c.subject === 'container:solo' && c.rule === 'restart.all-containers');
    expect(start?.some((c) => c.change.includes('restarted'))).toBe(true);
  });
});
