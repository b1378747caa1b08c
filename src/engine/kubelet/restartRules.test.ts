// Container-level restartPolicy and restartPolicyRules in the kubelet (KEP-5307, 1.35+), grounded in
// pkg/api/v1/pod/util.go › ContainerShouldRestart as ShouldContainerBeRestarted,
// computeInitContainerActions and getPhase use it.
import { describe, expect, it } from 'vitest';
import { container, events, last, pod, simulate, starts } from './testing/traceQueries';

const node = (version: string) => `spec:\n  kubernetesVersion: "${version}"\n  node:\n    cachedImages: [busybox:1.28]`;
const retry42 = (policy = 'Never') => `    restartPolicy: ${policy}
    restartPolicyRules:
    - action: Restart
      exitCodes: { operator: In, values: [42] }
`;
const flaky = `['sh', '-c', 'if [ -f /work/tried ]; then exit 0; fi; touch /work/tried; exit 42']`;
const initPod = (rules: string, command = flaky) => `  restartPolicy: Never
  volumes: [{ name: work, emptyDir: {} }]
  initContainers:
  - name: fetch
    image: busybox:1.28
    command: ${command}
    volumeMounts: [{ name: work, mountPath: /work }]
${rules}  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`;

describe('restart rules in the kubelet', () => {
  it('re-runs an init container whose exit code matches a Restart rule in a Never pod, then starts the app', () => {
    const trace = simulate(pod(initPod(retry42()), node('1.37')), 60);
    expect(starts(trace, 'fetch')).toHaveLength(2);
    expect(container(last(trace), 'fetch').restartCount).toBe(1);
    expect(container(last(trace), 'app').state).toBe('running');
    expect(last(trace).phase).toBe('Running');
    const restart = trace.causes?.find((c) => c.subject === 'container:fetch' && c.rule === 'restart.rule');
    expect(restart?.trigger.text).toContain('restartPolicyRules[0] (Restart when the exit code is in [42]) matches exit code 42');
  });

  it('fails the Never pod when the init container exits with a code outside its rules', () => {
    const trace = simulate(pod(initPod(retry42(), "['sh', '-c', 'exit 3']"), node('1.37')), 30);
    expect(starts(trace, 'fetch')).toHaveLength(1);
    expect(last(trace).phase).toBe('Failed');
    expect(starts(trace, 'app')).toEqual([]);
  });

  it('retries under the crash-loop back-off while the rule keeps matching', () => {
    const trace = simulate(pod(initPod(retry42(), "['sh', '-c', 'exit 42']"), node('1.37')), 40);
    const times = starts(trace, 'fetch');
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect((times[2] ?? 0) - (times[1] ?? 0)).toBeGreaterThanOrEqual(10_000);
    expect(events(trace, 'BackOff', 'fetch').length).toBeGreaterThan(0);
    expect(last(trace).phase).toBe('Pending');
  });

  it('on 1.34 drops the rules, so the same pod fails at the first exit 42', () => {
    const trace = simulate(pod(initPod(retry42()), node('1.34')), 30);
    expect(starts(trace, 'fetch')).toHaveLength(1);
    expect(last(trace).phase).toBe('Failed');
    expect(trace.warnings?.some((w) => w.message.includes('restartPolicyRules: dropped'))).toBe(true);
  });

  it('on 1.34 with spec.node.featureGates turning ContainerRestartRules on, retries as 1.35 does', () => {
    const gated = 'spec:\n  kubernetesVersion: "1.34"\n  node:\n    cachedImages: [busybox:1.28]\n    featureGates: { ContainerRestartRules: true }';
    const trace = simulate(pod(initPod(retry42()), gated), 60);
    expect(starts(trace, 'fetch')).toHaveLength(2);
    expect(last(trace).phase).toBe('Running');
  });

  it("lets an app container's own restartPolicy override the pod's (Never in an Always pod)", () => {
    const trace = simulate(pod(`  containers:
  - name: once
    image: busybox:1.28
    command: ['sh', '-c', 'sleep 2; exit 1']
    restartPolicy: Never
  - { name: server, image: busybox:1.28, command: ['sleep', '3600'] }`, node('1.37')), 60);
    expect(starts(trace, 'once')).toHaveLength(1);
    expect(container(last(trace), 'server').state).toBe('running');
    expect(last(trace).phase).toBe('Running');
  });

  it('restarts an app container on a matching rule in a Never pod, and the pod is Succeeded once it exits outside the rules with 0', () => {
    const trace = simulate(pod(`  restartPolicy: Never
  volumes: [{ name: work, emptyDir: {} }]
  containers:
  - name: job
    image: busybox:1.28
    command: ${flaky}
    volumeMounts: [{ name: work, mountPath: /work }]
${retry42()}`, node('1.37')), 40);
    expect(starts(trace, 'job')).toHaveLength(2);
    expect(last(trace).phase).toBe('Succeeded');
  });

  it('evaluates rules in order: the first match wins, and no match falls back to the container policy', () => {
    const rules = `    restartPolicy: OnFailure
    restartPolicyRules:
    - action: Restart
      exitCodes: { operator: NotIn, values: [0, 7] }
`;
    const job = (code: number) => simulate(pod(`  restartPolicy: Never
  containers:
  - name: job
    image: busybox:1.28
    command: ['sh', '-c', 'sleep 1; exit ${code}']
${rules}`, node('1.37')), 25);
    expect(starts(job(5), 'job').length).toBeGreaterThan(1);
    // 7 is outside the rule, so the container's OnFailure decides: it restarts as well.
    expect(starts(job(7), 'job').length).toBeGreaterThan(1);
    expect(last(job(0)).phase).toBe('Succeeded');
  });

  it('gives rules on a sidecar no effect on its restarts (it restarts on every exit)', () => {
    const trace = simulate(pod(`  initContainers:
  - name: proxy
    image: busybox:1.28
    command: ['sh', '-c', 'sleep 2; exit 5']
    restartPolicy: Always
    restartPolicyRules:
    - action: RestartAllContainers
      exitCodes: { operator: In, values: [42] }
  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`, node('1.37')), 30);
    expect(starts(trace, 'proxy').length).toBeGreaterThan(1);
    expect(starts(trace, 'app')).toHaveLength(1);
  });

  it("fails an Always pod whose init container has its own restartPolicy Never and fails", () => {
    const trace = simulate(pod(`  initContainers:
  - { name: migrate, image: busybox:1.28, command: ['sh', '-c', 'exit 1'], restartPolicy: Never }
  containers:
  - { name: app, image: busybox:1.28, command: ['sleep', '3600'] }`, node('1.37')), 30);
    expect(starts(trace, 'migrate')).toHaveLength(1);
    expect(last(trace).phase).toBe('Failed');
    expect(trace.causes?.some((c) => c.subject === 'pod' && c.rule === 'phase.failed-init')).toBe(true);
  });
});
