import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docsExampleYaml } from '../scenario/docsExample';
import { runCli } from './main';
import { setKubernetesVersion } from '../engine/manifest/setVersion';

const dir = mkdtempSync(join(tmpdir(), 'icp-cli-version-'));
const write = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, (t) => { out += t; }, (t) => { err += t; });
  return { code, out, err };
}

const pinned = setKubernetesVersion(docsExampleYaml, '1.35') ?? '';
const started = (out: string) => (JSON.parse(out) as { events: { reason: string; message: string }[] }).events.find((e) => e.reason === 'Started')?.message;

describe('--kubernetes-version', () => {
  it('runs 1.37 when neither the flag nor the Scenario names a version', () => {
    const r = cli(['simulate', write('plain.yaml', docsExampleYaml), '--json']);
    expect(JSON.parse(r.out)).toMatchObject({ kubernetesVersion: '1.37' });
    expect(started(r.out)).toBe('Container started');
  });

  it('follows the Scenario document when no flag is given', () => {
    expect(pinned).toContain('kubernetesVersion: "1.35"');
    const r = cli(['simulate', write('pinned.yaml', pinned), '--json']);
    expect(JSON.parse(r.out)).toMatchObject({ kubernetesVersion: '1.35' });
  });

  it('overrides the Scenario document, and leaves the file alone', () => {
    const file = write('pinned2.yaml', pinned);
    const r = cli(['simulate', file, '--kubernetes-version', '1.34', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ kubernetesVersion: '1.34' });
    expect(started(r.out)).toBe('Started container init-myservice');
    expect(readFileSync(file, 'utf8')).toBe(pinned);
  });

  it('applies to explain and render as well', () => {
    const file = write('explain.yaml', docsExampleYaml);
    let out = '';
    expect(runCli(['explain', file, '--kubernetes-version', '1.34', '--json'], (t) => { out += t; }, () => {})).toBe(0);
    expect(out.length).toBeGreaterThan(0);
    const svg = join(dir, 'out.svg');
    expect(cli(['render', file, '--svg', svg, '--kubernetes-version', '1.36', '--at', '10s']).code).toBe(0);
    expect(readFileSync(svg, 'utf8')).toContain('<svg');
  });

  it('exits 1 with a clear message for a version the simulator does not model', () => {
    const r = cli(['simulate', write('any.yaml', docsExampleYaml), '--kubernetes-version', '1.30', '--json']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe('--kubernetes-version must be one of 1.34, 1.35, 1.36, 1.37 (got "1.30"); the simulator models those minor versions');
    expect(cli(['simulate', 'any.yaml', '--json', '--kubernetes-version']).err).toContain('(got nothing)');
  });
});
