import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docsExampleYaml } from '../scenario/docsExample';
import { runRender } from './render';

const dir = mkdtempSync(join(tmpdir(), 'icp-render-'));

function render(args: string[], text: string | undefined) {
  let out = '';
  let err = '';
  const code = runRender(args, text, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}

describe('runRender', () => {
  it('writes a standalone SVG of the timeline with a playhead, its colours written out', () => {
    const file = join(dir, 'docs.svg');
    const r = render(['docs.yaml', '--svg', file, '--at', '30s'], docsExampleYaml);
    expect(r.code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<title>Timeline of pod myapp-pod</title>');
    expect(svg).toContain('init-myservice');
    expect(svg).toContain('tl-playhead');
    expect(svg).not.toContain('var(--');
  });

  it('draws the dark theme with the dark palette', () => {
    const file = join(dir, 'dark.svg');
    expect(render(['docs.yaml', '--svg', file, '--theme', 'dark'], docsExampleYaml).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('#171b21');
  });

  it('zooms to --from and --to, with the playhead inside', () => {
    const file = join(dir, 'window.svg');
    const r = render(['docs.yaml', '--svg', file, '--from', '10s', '--to', '40s', '--at', '20s'], docsExampleYaml);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/10s to 40s of 1m10s/);
    const svg = readFileSync(file, 'utf8');
    const labels = [...svg.matchAll(/<text class="tl-axis-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels[0]).toBe('10s');
    expect(labels.at(-1)).toBe('40s');
    expect(svg).toContain('tl-playhead-line');
  });

  it('takes an open end of the window as the start or the end of the trace', () => {
    const file = join(dir, 'open.svg');
    expect(render(['docs.yaml', '--svg', file, '--from', '1m'], docsExampleYaml).err).toMatch(/1m to 1m10s of 1m10s/);
  });

  it('prints the rejection and exits 1 for an invalid pod', () => {
    const r = render(['bad.yaml', '--svg', join(dir, 'bad.svg')], 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: Bad\nspec:\n  containers: []\n');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ rejected: true });
  });

  it('writes an animated SVG with --animate, zoomed to the window, for the chosen theme', () => {
    const file = join(dir, 'animated.svg');
    const r = render(['docs.yaml', '--animate', '--svg', file, '--from', '10s', '--to', '40s', '--theme', 'dark', '--width', '800'], docsExampleYaml);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/10s to 40s of 1m10s, plays 4s\)$/);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toContain('width="800"');
    expect(svg).toContain('@keyframes tl-sweep');
    expect(svg).toContain('prefers-reduced-motion');
    expect(svg).toContain('#171b21');
    expect(svg).not.toMatch(/<script|\son[a-z]+=|foreignObject/i);
  });

  it('plays for --duration seconds', () => {
    const file = join(dir, 'slow.svg');
    expect(render(['docs.yaml', '--svg', file, '--animate', '--duration', '20'], docsExampleYaml).err).toMatch(/plays 20s\)$/);
    expect(readFileSync(file, 'utf8')).toContain('animation-duration: 22.9s;');
  });

  it.each([
    [['docs.yaml', '--svg', 'x.svg', '--animate', '--at', '30s']],
    [['docs.yaml', '--svg', 'x.svg', '--duration', '5']],
    [['docs.yaml', '--svg', 'x.svg', '--animate', '--duration', 'long']],
    [['docs.yaml', '--svg', 'x.svg', '--animate', '--duration', '0']],
    [['docs.yaml']],
    [['docs.yaml', '--svg']],
    [['docs.yaml', '--svg', 'x.svg', '--at', 'soon']],
    [['docs.yaml', '--svg', 'x.svg', '--theme', 'blue']],
    [['docs.yaml', '--svg', 'x.svg', '--width', '5']],
    [['docs.yaml', '--svg', 'x.svg', '--from', 'later']],
    [['docs.yaml', '--svg', 'x.svg', '--from', '40s', '--to', '10s']],
  ])('exits 2 for usage errors: %j', (args) => {
    expect(render(args, docsExampleYaml).code).toBe(2);
  });
});
