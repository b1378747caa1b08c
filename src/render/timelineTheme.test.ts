import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { darkPalette, lightPalette, timelineMonoFont, timelineSvgRules } from './timelineTheme';

const css = readFileSync(new URL('../ui/timeline/timeline.css', import.meta.url), 'utf8');

/** The custom properties declared in the first block whose selector line matches. */
function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no block ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--tl-([a-z-]+): ([^;]+);/g)].map(([, name, value]) => [name ?? '', value ?? '']));
}

describe('timeline.css', () => {
  it('declares the light palette for :root and a forced light theme', () => {
    expect(block(":root, :root[data-theme='light']")).toEqual({ mono: timelineMonoFont, ...lightPalette });
  });

  it('declares the dark palette for a dark system preference and a forced dark theme', () => {
    expect(block("  :root:not([data-theme='light'])")).toEqual(darkPalette);
    expect(block(":root[data-theme='dark']")).toEqual(darkPalette);
  });

  it('contains every SVG rule of the static export verbatim', () => {
    for (const rule of timelineSvgRules) expect(css).toContain(rule);
  });

  it('only animates when the user has not asked for reduced motion', () => {
    const outside = css.replace(/@media \(prefers-reduced-motion: no-preference\) \{[^@]*?\n\}/, '');
    expect(outside).not.toMatch(/transition/);
  });

  it('keeps every text at 11 px or more', () => {
    for (const [, size] of css.matchAll(/font-size: (\d+)px/g)) expect(Number(size)).toBeGreaterThanOrEqual(11);
  });
});
