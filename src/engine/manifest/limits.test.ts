import { describe, expect, it } from 'vitest';
import { docsExampleYaml } from '../../scenario/docsExample';
import { gallery } from '../../scenario/gallery';
import { checkScenarioText, limits, utf8Length } from './limits';
import { parseScenario } from './parse';

const pod = (extra = '', container = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${extra}  containers:\n  - name: app\n    image: busybox\n${container}`;

function errorsOf(text: string): [string, string, number, number][] {
  const result = parseScenario(text);
  return result.ok ? [] : result.errors.map((e) => [e.path, e.message, e.line, e.column]);
}

const scenario = (spec: string) => `${pod()}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n${spec}`;

describe('checkScenarioText', () => {
  it('lets every gallery scenario and the docs example through', () => {
    for (const text of [docsExampleYaml, ...gallery.map((g) => g.yaml)]) expect(checkScenarioText(text)).toBeUndefined();
  });

  it('refuses a text over the size limit in the API server words, counting UTF-8 bytes', () => {
    expect(checkScenarioText(`${pod()}#${'x'.repeat(limits.scenarioBytes)}`)?.message).toMatch(/^Request entity too large: limit is 131072/);
    expect(utf8Length('aé🙂')).toBe(1 + 2 + 4);
  });

  it('refuses nesting deeper than the limit at its line, before the YAML library recurses', () => {
    const deep = pod(`  x: ${'['.repeat(1000)}${']'.repeat(1000)}\n`);
    expect(checkScenarioText(deep)).toMatchObject({ line: 6, message: expect.stringMatching(/exceeded max depth of 64/) });
    expect(checkScenarioText(pod(`  x: "${'['.repeat(500)}"\n`))).toBeUndefined();
    expect(checkScenarioText(pod(`  x:\n  ${'- '.repeat(100)}a\n`))?.line).toBe(7);
  });
});

describe('parseScenario limits', () => {
  it('refuses too many containers, documents, list items and map keys with TooMany', () => {
    const containers = Array.from({ length: 501 }, (_, i) => `  - {name: c${i}, image: busybox}`).join('\n');
    expect(errorsOf(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n${containers}\n`)[0]).toEqual(['spec.containers', 'Too many: 501: must have at most 500 items', 5, 3]);
    expect(errorsOf(`${pod()}${'---\na: 1\n'.repeat(600)}`)[0]?.[1]).toBe('Too many: 601: must have at most 500 documents');
    const env = Array.from({ length: 1001 }, (_, i) => `    - {name: V${i}, value: x}`).join('\n');
    expect(errorsOf(pod('', `    env:\n${env}\n`))[0]?.slice(0, 2)).toEqual(['spec.containers[0].env', 'Too many: 1001: must have at most 1000 items']);
    const labels = Array.from({ length: 1001 }, (_, i) => `    k${i}: v`).join('\n');
    expect(errorsOf(pod().replace('  name: p\n', `  name: p\n  labels:\n${labels}\n`))[0]?.slice(0, 2)).toEqual(['metadata.labels', 'Too many: 1001: must have at most 1000 items']);
  });

  it('finds duplicate keys of a large map in linear time, as the library reports them', () => {
    const keys = Array.from({ length: 900 }, (_, i) => `    k${i}: v`).join('\n');
    const errors = errorsOf(pod().replace('  name: p\n', `  name: p\n  labels:\n${keys}\n    k3: again\n`));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.[1]).toMatch(/`k3` is set twice in this map \(first on line 9\).*Map keys must be unique/);
  });

  it('refuses more than 100 aliases before resolving them', () => {
    const labels = Array.from({ length: 101 }, (_, i) => `    k${i}: *b`).join('\n');
    expect(errorsOf(pod().replace('  name: p\n', `  name: p\n  labels:\n    base: &b v\n${labels}\n`))[0]?.[1]).toMatch(/^Excessive alias count/);
  });

  it('checks int32 and int64 ranges as Go decodes them, without clamping', () => {
    expect(errorsOf(pod('  terminationGracePeriodSeconds: 1e300\n'))[0]?.slice(0, 2)).toEqual(['spec.terminationGracePeriodSeconds', 'Invalid value: 1e+300: cannot unmarshal number 1e+300 into Go value of type int64']);
    expect(errorsOf(pod('  terminationGracePeriodSeconds: 9223372036854775807\n'))).toEqual([]);
    expect(errorsOf(pod('', '    readinessProbe: {exec: {command: ["true"]}, periodSeconds: 2147483648}\n'))[0]?.[1]).toMatch(/type int32$/);
  });

  it('refuses durations past Go int64 nanoseconds and times past the longest horizon', () => {
    expect(errorsOf(scenario('  until: 99999999999h\n'))[0]?.slice(0, 2)).toEqual(['Scenario.spec.until', 'Invalid value: "99999999999h": must be a duration such as 500ms, 20s or 1m30s']);
    expect(errorsOf(scenario('  until: 25h\n'))[0]?.[1]).toBe('Invalid value: "25h": must be at most 24h0m0s (the longest simulated horizon)');
    expect(errorsOf(scenario('  until: 1e300\n'))[0]?.[1]).toMatch(/must be a duration/);
    expect(errorsOf(scenario('  events: [{at: 25h, kill: app}]\n'))[0]?.[0]).toBe('Scenario.spec.events[0].at');
    expect(errorsOf(scenario('  until: 24h\n'))).toEqual([]);
  });
});
