import { describe, expect, it } from 'vitest';
import { docsExampleYaml } from '../../scenario/docsExample';
import { parseScenario } from './parse';
import { appendScenarioEvent } from './appendEvent';

const events = (text: string) => {
  const p = parseScenario(text);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.model.scenario.events.map((e) => `${e.at}:${e.kind}`);
};

const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: busybox:1.28\n';

describe('appendScenarioEvent', () => {
  it('adds a line to an existing block list of events, keeping the rest of the text as it was', () => {
    const out = appendScenarioEvent(docsExampleYaml, 'at: 30s, kill: myapp-container');
    expect(out?.startsWith(docsExampleYaml.slice(0, docsExampleYaml.indexOf('  - { at: 40s')))).toBe(true);
    expect(out).toContain('  - { at: 40s, apply: Service/mydb }\n  - { at: 30s, kill: myapp-container }\n');
    expect(events(out ?? '')).toEqual(['20000:apply', '30000:kill', '40000:apply']);
  });

  it('appends a Scenario document when there is none', () => {
    const out = appendScenarioEvent(pod, 'at: 5s, restartSandbox: true');
    expect(out).toBe(`${pod}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  events:\n  - { at: 5s, restartSandbox: true }\n`);
    expect(events(out ?? '')).toEqual(['5000:restartSandbox']);
  });

  it('adds an events list to a Scenario document that has a spec without one', () => {
    const out = appendScenarioEvent(`${pod}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  node:\n    cachedImages: [busybox:1.28]\n`, 'at: 1s, delete: Pod/p');
    expect(events(out ?? '')).toEqual(['1000:delete']);
    expect(out).toContain('cachedImages: [busybox:1.28]');
  });

  it.each([
    ['spec with nothing under it', 'spec:\n'],
    ['events with nothing under it', 'spec:\n  events:\n'],
  ])('fills in a Scenario document whose %s', (_name, tail) => {
    const out = appendScenarioEvent(`${pod}---\napiVersion: playground/v1\nkind: Scenario\n${tail}`, 'at: 3s, kill: app');
    expect(events(out ?? '')).toEqual(['3000:kill']);
  });

  it('keeps CRLF line endings', () => {
    const out = appendScenarioEvent(docsExampleYaml.replace(/\n/g, '\r\n'), 'at: 30s, kill: myapp-container') ?? '';
    expect(out).toContain('\r\n  - { at: 30s, kill: myapp-container }\r\n');
    expect(out.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('gives up, without throwing, on text with YAML errors', () => {
    expect(appendScenarioEvent(`${pod}---\napiVersion: playground/v1\nkind: Scenario\nspec: [\n`, 'at: 3s, kill: app')).toBeUndefined();
  });

  it('handles a flow-style events list', () => {
    const out = appendScenarioEvent(`${pod}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  events: []\n`, 'at: 2s, restartSandbox: true');
    expect(events(out ?? '')).toEqual(['2000:restartSandbox']);
  });
});
