import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { docsExampleYaml } from '../scenario/docsExample';
import { cliHarness } from './testing/cliHarness';
import { compactFromJson } from '../engine/compact/compactTrace';
import { expandTrace } from '../engine/compact/reader';

const { dir, write, cli } = cliHarness('icp-cli-');

describe('runCli', () => {
  it('prints the trace of an accepted scenario and exits 0', () => {
    const r = cli(['simulate', write('docs.yaml', docsExampleYaml), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ format: 1, pod: 'myapp-pod', truncated: false });
  });

  it('prints format 2 with --format 2, which expands to the format 1 text byte for byte', () => {
    const file = write('docs-f2.yaml', docsExampleYaml);
    const one = cli(['simulate', file, '--json']);
    const two = cli(['simulate', file, '--format', '2', '--json']);
    expect(two.code).toBe(0);
    expect(two.out.length).toBeLessThan(one.out.length / 2);
    expect(JSON.stringify(expandTrace(compactFromJson(JSON.parse(two.out))), null, 2)).toBe(one.out);
    expect(cli(['simulate', file, '--format', '3', '--json'])).toMatchObject({ code: 2, err: expect.stringContaining('--format needs 1') });
  });

  it('sets the horizon with --until in seconds', () => {
    const r = cli(['simulate', write('docs2.yaml', docsExampleYaml), '--until', '30', '--json']);
    expect(JSON.parse(r.out).horizon).toBe(30_000);
  });

  it('prints the rejection and exits 1 for a pod the API server would refuse', () => {
    const r = cli(['simulate', write('bad.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: Bad_Name\nspec:\n  containers:\n  - name: a\n    image: busybox\n'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ format: 1, rejected: true, errors: [{ path: 'metadata.name', line: 4 }] });
  });

  it('reads the file of render --animate, the flag before it', () => {
    const out = join(dir, 'animated.svg');
    const r = cli(['render', '--animate', write('docs3.yaml', docsExampleYaml), '--svg', out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/plays [\d.]+s\)$/);
  });

  it.each([
    [['simulate', '--json']],
    [['simulate', 'x.yaml']],
    [['run', 'x.yaml', '--json']],
    [['simulate', 'x.yaml', '--until', 'soon', '--json']],
    [['simulate', join(dir, 'missing.yaml'), '--json']],
  ])('exits 2 for usage errors and unreadable files: %j', (args) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).not.toBe('');
  });

  it('runs as the npm script the contract names', () => {
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'simulate', write('docs3.yaml', docsExampleYaml), '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out).snapshots.at(-1).kubectl.status).toBe('Running');
  }, 30_000);
});
