// The restart-rule gallery scenarios teach what their lessons say, and the same pods on older
// versions show what the version changes: 1.34 drops the rules, 1.35 refuses RestartAllContainers.
import { describe, expect, it } from 'vitest';
import { restartAllContainers, restartRulesRetryInit } from '../scenario/galleryRestartLessons';
import { isRejection } from '../scenario/trace';
import { simulateScenario } from './simulate';
import { container, events, last, simulate, starts, statuses } from './kubelet/testing/traceQueries';

const on = (yaml: string, version: string) => yaml.replace('kubernetesVersion: "1.37"', `kubernetesVersion: "${version}"`);
const lines = (yaml: string, name: string) => simulate(yaml).logs.filter((l) => l.container === name).map((l) => l.line);

describe('restart-rules-retry-init', () => {
  it('runs fetch-dataset three times, the third after a 10 s back-off, then train, and Succeeds (1.37)', () => {
    const trace = simulate(restartRulesRetryInit);
    const runs = starts(trace, 'fetch-dataset');
    expect(runs).toHaveLength(3);
    expect((runs[2] ?? 0) - (runs[1] ?? 0)).toBeGreaterThanOrEqual(10_000);
    expect(lines(restartRulesRetryInit, 'fetch-dataset')).toEqual(['server busy, try again', 'server busy, try again', 'dataset ready']);
    expect(statuses(trace)).toContain('Init:CrashLoopBackOff');
    expect(last(trace).phase).toBe('Succeeded');
  });

  it('fails at the first exit 42 on 1.34, where the rule is dropped with a warning', () => {
    const trace = simulate(on(restartRulesRetryInit, '1.34'));
    expect(starts(trace, 'fetch-dataset')).toHaveLength(1);
    expect(last(trace).phase).toBe('Failed');
    expect(starts(trace, 'train')).toEqual([]);
    expect(trace.warnings?.map((w) => w.message)).toEqual([
      'spec.initContainers[0].restartPolicy: dropped: the ContainerRestartRules feature gate is off in Kubernetes 1.34, so the API server drops this field and the pod runs without it',
      'spec.initContainers[0].restartPolicyRules: dropped: the ContainerRestartRules feature gate is off in Kubernetes 1.34, so the API server drops this field and the pod runs without it',
    ]);
  });
});

describe('restart-all-containers', () => {
  it('restarts every container once in place, trainer resumes, and the pod ends Running 3/3 (1.37)', () => {
    const trace = simulate(restartAllContainers);
    for (const name of ['setup', 'metrics', 'trainer', 'uploader']) expect(container(last(trace), name).restartCount, name).toBe(1);
    expect(lines(restartAllContainers, 'trainer')).toEqual(['peer lost', 'resuming']);
    expect(container(last(trace), 'uploader').lastState).toMatchObject({ exitCode: 137, reason: 'RestartingAllContainers' });
    expect(events(trace, 'SandboxChanged')).toEqual([]);
    expect(last(trace).kubectl).toMatchObject({ status: 'Running', ready: '3/3' });
    // RESTARTS counts the sidecar and the app containers once the pod is initialized (printPod).
    expect(last(trace).kubectl.restarts).toMatch(/^3 \(/);
    expect(trace.snapshots.some((s) => s.conditionDetails?.some((c) => c.type === 'AllContainersRestarting' && c.status))).toBe(true);
  });

  it('is refused on 1.35, where RestartAllContainersOnContainerExits is alpha and off', () => {
    const r = simulateScenario(on(restartAllContainers, '1.35'));
    expect(isRejection(r) && r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual(['spec.containers[0].restartPolicyRules[0].action: Unsupported value: "RestartAllContainers": supported values: "Restart"']);
  });
});
