import { describe, expect, it } from 'vitest';
import { scenarioKubernetesVersion, setKubernetesVersion } from './setVersion';
import { parseScenario } from './parse';

const podDoc = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: busybox:1.28\n';
const versionOf = (text: string | undefined) => {
  const r = parseScenario(text ?? '');
  return r.ok ? r.model.scenario.kubernetes.version : undefined;
};

describe('setKubernetesVersion', () => {
  it('adds a Scenario document when the text has none', () => {
    const out = setKubernetesVersion(podDoc, '1.34');
    expect(out).toBe(`${podDoc}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  kubernetesVersion: "1.34"\n`);
    expect(versionOf(out)).toBe('1.34');
  });

  it('replaces a version already written, keeping the rest of the line', () => {
    const text = `${podDoc}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  kubernetesVersion: 1.35   # pinned\n  until: 2m\n`;
    const out = setKubernetesVersion(text, '1.36');
    expect(out).toBe(text.replace('1.35   # pinned', '"1.36"   # pinned'));
    expect(versionOf(out)).toBe('1.36');
  });

  it('puts the version first in a spec that has other keys, at their indent', () => {
    const text = `${podDoc}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n    until: 2m\n`;
    expect(setKubernetesVersion(text, '1.34')).toBe(text.replace('    until', '    kubernetesVersion: "1.34"\n    until'));
  });

  it('fills an empty spec and rewrites a flow-style one', () => {
    const empty = `${podDoc}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n`;
    expect(versionOf(setKubernetesVersion(empty, '1.35'))).toBe('1.35');
    const flow = `${podDoc}---\napiVersion: playground/v1\nkind: Scenario\nspec: { until: 2m }\n`;
    const out = setKubernetesVersion(flow, '1.34');
    expect(versionOf(out)).toBe('1.34');
    expect(out).toContain('until: 2m');
  });

  it('keeps CRLF line endings', () => {
    const out = setKubernetesVersion(podDoc.replace(/\n/g, '\r\n'), '1.34');
    expect(out).toContain('kubernetesVersion: "1.34"\r\n');
    expect(out?.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('gives up on text that does not parse', () => {
    expect(setKubernetesVersion('a: [unclosed', '1.34')).toBeUndefined();
  });
});

describe('scenarioKubernetesVersion', () => {
  it('reads the version as written, or nothing', () => {
    expect(scenarioKubernetesVersion(podDoc)).toBeUndefined();
    expect(scenarioKubernetesVersion(setKubernetesVersion(podDoc, '1.35') ?? '')).toBe('1.35');
    expect(scenarioKubernetesVersion(`${podDoc}---\napiVersion: playground/v1\nkind: Scenario\nspec: { kubernetesVersion: 1.30 }\n`)).toBe('1.30');
  });
});
