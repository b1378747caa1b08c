import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docsExampleYaml } from '../scenario/docsExample';
import { runCli } from './main';

const dir = mkdtempSync(join(tmpdir(), 'icp-explain-'));
const write = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };
const docs = write('docs.yaml', docsExampleYaml);

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, (t) => { out += t; }, (t) => { err += t; });
  return { code, out, err };
}

describe('explain', () => {
  it('prints one step per line, each starting with its time, and exits 0', () => {
    const r = cli(['explain', docs]);
    expect(r.code).toBe(0);
    const steps = r.out.split('\n').filter((l) => !l.startsWith(' '));
    expect(steps.length).toBeGreaterThan(3);
    for (const l of steps) expect(l).toMatch(/^\d+:\d\d\.\d {2}\S/);
    expect(r.out).toContain('0:20.0  Scenario event: Service myservice created');
  });

  it('with --at stops at the instant and narrates it', () => {
    const r = cli(['explain', docs, '--at', '10']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.some((l) => /^0:(1\d|[2-9]\d)\.\d/.test(l))).toBe(false);
    expect(lines).toContain('At 0:10.0:');
    expect(r.out).toContain('Scenario event at 0:20.0: Service myservice created.');
  });

  it('prints causes, scenario events and the narration as JSON', () => {
    const r = cli(['explain', docs, '--until', '30', '--at', '25s', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ format: 1, pod: 'myapp-pod', horizon: 30_000, at: 25_000, narration: { t: 25_000 } });
    expect(json.scenarioEvents).toEqual([expect.objectContaining({ t: 20_000, target: 'Service/myservice' })]);
    for (const c of json.causes) expect(c.t).toBeLessThanOrEqual(25_000);
  });

  it('narrates the end for an instant past the horizon', () => {
    const json = JSON.parse(cli(['explain', docs, '--until', '30', '--at', '90', '--json']).out);
    expect(json.at).toBe(30_000);
  });

  it('prints the rejection and exits 1', () => {
    const bad = write('bad.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: Bad_Name\nspec:\n  containers:\n  - name: a\n    image: busybox\n');
    const text = cli(['explain', bad]);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/^rejected: line 4, column \d+: metadata.name: /);
    const json = cli(['explain', bad, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ rejected: true });
  });

  it.each([
    [['explain']],
    [['explain', 'a.yaml', 'b.yaml']],
    [['explain', 'a.yaml', '--at']],
    [['explain', 'a.yaml', '--at', 'later']],
    [['explain', 'a.yaml', '--until', '0']],
    [['explain', 'a.yaml', '--verbose']],
    [['explain', join(dir, 'missing.yaml')]],
  ])('exits 2 for usage errors and unreadable files: %j', (args) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).not.toBe('');
  });

  it('runs as the npm script', () => {
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'explain', docs, '--at', '5'], { encoding: 'utf8' });
    expect(out).toContain('At 0:05.0:');
  }, 30_000);
});
