import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsExampleYaml } from '../scenario/docsExample';
import { cliHarness } from './testing/cliHarness';
import { setKubernetesVersion } from '../engine/manifest/setVersion';

const { dir, write, cli } = cliHarness('icp-cli-version-');

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
    const explained = cli(['explain', file, '--kubernetes-version', '1.34', '--json']);
    expect(explained.code).toBe(0);
    expect(explained.out.length).toBeGreaterThan(0);
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
