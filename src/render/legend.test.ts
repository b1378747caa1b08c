import { describe, expect, it } from 'vitest';
import { legendGroups, legendSwatch } from './legend';
import { serializeSvgNodes } from './renderStaticSvg';
import { timelineSvgRules } from './timelineTheme';
import { segmentStyles } from './timelineTypes';

const entries = legendGroups.flatMap((g) => g.entries);

describe('legendGroups', () => {
  it('explains every segment style', () => {
    const explained = new Set(entries.flatMap((e) => (e.swatch.kind === 'segment' ? [e.swatch.style] : [])));
    expect(segmentStyles.filter((s) => !explained.has(s))).toEqual([]);
  });

  it('explains the hatch, restarts, both event ticks, scenario markers, their guide lines, the cause link and the playhead', () => {
    const kinds = entries.map((e) => (e.swatch.kind === 'segment' ? (e.swatch.hatched ? 'hatch' : 'segment') : e.swatch.kind));
    for (const kind of ['hatch', 'restart', 'tick', 'scenario', 'guide', 'link', 'playhead']) expect(kinds).toContain(kind);
    expect(entries.filter((e) => e.swatch.kind === 'tick')).toHaveLength(2);
  });

  it('gives every entry a term and a sentence', () => {
    for (const e of entries) {
      expect(e.term.length).toBeGreaterThan(2);
      expect(e.text).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe('legendSwatch', () => {
  it('draws each swatch with the classes the timeline uses', () => {
    const svg = entries.map((e) => serializeSvgNodes(legendSwatch(e.swatch, 'h'))).join('');
    for (const cls of new Set([...svg.matchAll(/class="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(' ')))) {
      expect(timelineSvgRules.some((rule) => rule.startsWith(`.${cls} `) || rule.includes(`.${cls} {`)) || cls === 'tl-seg' || cls === 'tl-hatch', cls).toBe(true);
    }
    expect(svg).toContain('fill="url(#h)"');
  });
});

describe('segment styles', () => {
  it('have a fill rule each in the theme', () => {
    for (const style of segmentStyles) expect(timelineSvgRules.some((r) => r.startsWith(`.tl-seg--${style} {`)), style).toBe(true);
  });
});
