import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';

const pod = (container: string, init = '') => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  restartPolicy: Never
${init}  containers:
  - name: app
    image: busybox
${container}`;

const scenario = (version: string, gates = '') => `---
apiVersion: playground/v1
kind: Scenario
spec:
  kubernetesVersion: "${version}"
${gates ? `  node:\n    featureGates: { ${gates} }\n` : ''}`;

function run(text: string) {
  const r = parseScenario(text);
  return { errors: r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`), warnings: r.warnings.map((w) => w.message), model: r.ok ? r.model : undefined };
}

const rule = (action: string, operator = 'In', values = '[42]') => `{action: ${action}, exitCodes: {operator: ${operator}, values: ${values}}}`;
const retryInit = `  initContainers:
  - name: fetch
    image: busybox
    restartPolicy: Never
    restartPolicyRules: [${rule('Restart')}]
`;

describe('restartRules', () => {
  it('drops a container restartPolicy and its rules on 1.34, where ContainerRestartRules is off (dropContainerRestartRules), and says so', () => {
    const r = run(pod(`    restartPolicy: OnFailure\n    restartPolicyRules: [${rule('Restart')}]\n`, retryInit) + scenario('1.34'));
    expect(r.errors).toEqual([]);
    expect(r.warnings.filter((w) => w.includes('dropped'))).toHaveLength(4);
    expect(r.warnings[0]).toContain('the ContainerRestartRules feature gate is off in Kubernetes 1.34');
    expect(r.model?.pod.containers[0]?.restartPolicy).toBeUndefined();
    expect(r.model?.pod.initContainers[0]?.restartPolicyRules).toBeUndefined();
    expect(r.model?.pod.initContainers[0]?.kind).toBe('init');
  });

  it('keeps a sidecar restartPolicy Always on 1.34 (only the other values are dropped)', () => {
    const r = run(pod('', '  initContainers:\n  - name: proxy\n    image: envoy\n    restartPolicy: Always\n') + scenario('1.34'));
    expect(r.warnings.filter((w) => w.includes('dropped'))).toEqual([]);
    expect(r.model?.pod.initContainers[0]?.kind).toBe('sidecar');
  });

  it('accepts container policies and Restart rules on 1.35 and keeps them in the model', () => {
    const r = run(pod(`    restartPolicy: OnFailure\n`, retryInit) + scenario('1.35'));
    expect(r.errors).toEqual([]);
    expect(r.model?.pod.containers[0]?.restartPolicy).toBe('OnFailure');
    expect(r.model?.pod.initContainers[0]?.restartPolicyRules).toEqual([{ action: 'Restart', operator: 'In', values: [42] }]);
  });

  it('requires the container restartPolicy when rules are used', () => {
    const r = run(pod(`    restartPolicyRules: [${rule('Restart')}]\n`) + scenario('1.37'));
    expect(r.errors).toEqual(['spec.containers[0].restartPolicy: Required value: must specify restartPolicy when restart rules are used']);
  });

  it('refuses an unknown operator or an empty one with the supported values', () => {
    const r = run(pod(`    restartPolicy: Never\n    restartPolicyRules: [${rule('Restart', 'Maybe')}, {action: Restart, exitCodes: {values: [1]}}]\n`) + scenario('1.37'));
    expect(r.errors).toEqual([
      'spec.containers[0].restartPolicyRules[0].exitCodes.operator: Unsupported value: "Maybe": supported values: "In", "NotIn"',
      'spec.containers[0].restartPolicyRules[1].exitCodes.operator: Unsupported value: "": supported values: "In", "NotIn"',
    ]);
  });

  it('refuses RestartAllContainers on 1.35, where its gate is alpha and off, listing only Restart', () => {
    const r = run(pod(`    restartPolicy: Never\n    restartPolicyRules: [${rule('RestartAllContainers')}]\n`) + scenario('1.35'));
    expect(r.errors).toEqual(['spec.containers[0].restartPolicyRules[0].action: Unsupported value: "RestartAllContainers": supported values: "Restart"']);
  });

  it('accepts RestartAllContainers on 1.35 with its gate turned on, still listing only Restart for a bad action (kubernetes#137368)', () => {
    const ok = run(pod(`    restartPolicy: Never\n    restartPolicyRules: [${rule('RestartAllContainers')}]\n`) + scenario('1.35', 'RestartAllContainersOnContainerExits: true'));
    expect(ok.errors).toEqual([]);
    const bad = run(pod(`    restartPolicy: Never\n    restartPolicyRules: [${rule('Reboot')}]\n`) + scenario('1.35', 'RestartAllContainersOnContainerExits: true'));
    expect(bad.errors).toEqual(['spec.containers[0].restartPolicyRules[0].action: Unsupported value: "Reboot": supported values: "Restart"']);
  });

  it('lists both actions for a bad action from 1.36 (kubernetes#137369)', () => {
    const r = run(pod(`    restartPolicy: Never\n    restartPolicyRules: [${rule('Reboot')}]\n`) + scenario('1.36'));
    expect(r.errors).toEqual(['spec.containers[0].restartPolicyRules[0].action: Unsupported value: "Reboot": supported values: "Restart", "RestartAllContainers"']);
  });

  it('limits exit codes to 255 a rule: "bytes" on 1.35, "items" from 1.36 (kubernetes#137136)', () => {
    const values = `[${Array.from({ length: 256 }, (_, i) => i).join(', ')}]`;
    const text = pod(`    restartPolicy: Never\n    restartPolicyRules: [${rule('Restart', 'In', values)}]\n`);
    expect(run(text + scenario('1.35')).errors).toEqual(['spec.containers[0].restartPolicyRules[0].exitCodes.values: Too long: may not be more than 255 bytes']);
    expect(run(text + scenario('1.36')).errors).toEqual(['spec.containers[0].restartPolicyRules[0].exitCodes.values: Too many: 256: must have at most 255 items']);
  });

  it('limits a container to 20 rules', () => {
    const rules = Array.from({ length: 21 }, () => rule('Restart')).join(', ');
    const text = pod(`    restartPolicy: Never\n    restartPolicyRules: [${rules}]\n`);
    expect(run(text + scenario('1.35')).errors).toEqual(['spec.containers[0].restartPolicyRules: Too long: may not be more than 20 bytes']);
    expect(run(text + scenario('1.37')).errors).toEqual(['spec.containers[0].restartPolicyRules: Too many: 21: must have at most 20 items']);
  });

  it('refuses rules on a sidecar unless RestartAllContainers is allowed (1.36+)', () => {
    const sidecar = `  initContainers:\n  - name: agent\n    image: busybox\n    restartPolicy: Always\n    restartPolicyRules: [${rule('RestartAllContainers')}]\n`;
    expect(run(pod('', sidecar) + scenario('1.35')).errors).toHaveLength(1);
    expect(run(pod('', sidecar) + scenario('1.36')).errors).toEqual([]);
  });
});
