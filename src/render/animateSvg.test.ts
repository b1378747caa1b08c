import { describe, expect, it } from 'vitest';
import { clockText, clockTimes } from './animateClock';
import { animationTiming, renderAnimatedTimelineSvg } from './animateSvg';
import { layoutTimeline } from './layoutTimeline';
import { renderTimelineSvg } from './renderStaticSvg';
import { simulateGallery } from './testTraces';

function docsLayout(width = 900, window?: { from: number; to: number }) {
  const { trace, pod } = simulateGallery('docs-myapp-pod');
  return layoutTimeline(trace, pod, { width, ...(window ? { window } : {}) });
}

/** The keyframes rule named `name`, with its body. */
function keyframes(svg: string, name: string): string {
  return svg.match(new RegExp(`@keyframes ${name} \\{.*\\}\\n`))?.[0] ?? '';
}

describe('renderAnimatedTimelineSvg', () => {
  it('adds the animation to the static drawing and changes nothing of it', () => {
    const layout = docsLayout();
    const still = renderTimelineSvg(layout, { theme: 'light' });
    const svg = renderAnimatedTimelineSvg(layout, { theme: 'light' });
    const end = still.lastIndexOf('</svg>');
    expect(svg.startsWith(still.slice(0, end))).toBe(true);
    expect(svg.endsWith('</svg>\n')).toBe(true);
  });

  it('plays with CSS only: no script, no event handler attribute, no foreignObject, no external reference', () => {
    for (const theme of ['light', 'dark'] as const) {
      const svg = renderAnimatedTimelineSvg(docsLayout(), { theme });
      expect(svg).not.toMatch(/<script/i);
      expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
      expect(svg).not.toMatch(/foreignObject/i);
      expect(svg).not.toMatch(/href=|url\((?!#)|@import/);
    }
  });

  it('sweeps the playhead and the veil from the window start to its end with keyframes, looping', () => {
    const layout = docsLayout();
    const svg = renderAnimatedTimelineSvg(layout, { theme: 'light' });
    const d = layout.plotRight - layout.labelWidth;
    expect(keyframes(svg, 'tl-sweep')).toMatch(new RegExp(`^@keyframes tl-sweep \\{ 0%, [\\d.]+% \\{ transform: translateX\\(0px\\); \\} [\\d.]+%, 100% \\{ transform: translateX\\(${d}px\\); \\} \\}`));
    expect(svg).toMatch(/\.tl-anim \{ animation-duration: [\d.]+s; animation-iteration-count: infinite;/);
    expect(svg).toContain(`<line class="tl-playhead-line tl-anim tl-anim-playhead" x1="${layout.labelWidth}" x2="${layout.labelWidth}"`);
    expect(svg).toContain(`<rect class="tl-anim tl-anim-curtain" x="${layout.labelWidth}" y="${layout.axisHeight}"`);
  });

  it('holds the final state before the loop starts again', () => {
    const timing = animationTiming({ from: 0, to: 70_000 }, { duration: 6, hold: 3 });
    expect(timing).toEqual({ lead: 0.4, play: 6, hold: 3, total: 9.4 });
    const svg = renderAnimatedTimelineSvg(docsLayout(), { theme: 'light', duration: 6, hold: 3 });
    expect(svg).toContain('animation-duration: 9.4s;');
    // The sweep ends at (0.4 + 6) / 9.4 of the loop and stays there.
    expect(keyframes(svg, 'tl-sweep')).toContain('68.085%, 100%');
  });

  it('steps a clock through the window, its labels matching the keyframes', () => {
    const svg = renderAnimatedTimelineSvg(docsLayout(), { theme: 'light' });
    const labels = [...svg.matchAll(/<text class="tl-anim-clock-text"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels[0]).toBe('0:00.0');
    expect(labels.at(-1)).toBe('1:10.0');
    const frames = keyframes(svg, 'tl-clock').match(/translateY/g) ?? [];
    // One frame per label, and the closing 100%.
    expect(frames).toHaveLength(labels.length + 1);
    expect(svg).toContain('animation-timing-function: step-end;');
  });

  it('shows the final state when reduced motion is asked for', () => {
    const layout = docsLayout();
    const svg = renderAnimatedTimelineSvg(layout, { theme: 'light' });
    expect(svg).toContain('@media (prefers-reduced-motion: reduce) { .tl-anim { animation: none; } }');
    // Without the animation, the element's own transform is the end of the sweep.
    expect(svg).toContain(`.tl-anim-playhead { transform: translateX(${layout.plotRight - layout.labelWidth}px);`);
    // The veil leaves the drawing altogether, also the right margin a marker on the plot's edge reaches into.
    expect(svg).toMatch(new RegExp(`\\.tl-anim-curtain \\{[^}]*transform: translateX\\(${layout.width - layout.labelWidth}px\\)`));
    expect(keyframes(svg, 'tl-unveil')).toMatch(new RegExp(`[\\d.]+%, 100% \\{ transform: translateX\\(${layout.width - layout.labelWidth}px\\); \\} \\}`));
  });

  it('honours the window of time, the theme and the width', () => {
    const layout = docsLayout(640, { from: 10_000, to: 40_000 });
    const svg = renderAnimatedTimelineSvg(layout, { theme: 'dark' });
    expect(svg).toContain('width="640" height=');
    expect(svg).toContain('.tl-bg { fill: #171b21; }');
    expect(svg).toMatch(/\.tl-anim-curtain \{ fill: #171b21;/);
    const labels = [...svg.matchAll(/<text class="tl-anim-clock-text"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels[0]).toBe('0:10.0');
    expect(labels.at(-1)).toBe('0:40.0');
    const axis = [...svg.matchAll(/<text class="tl-axis-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(axis[0]).toBe('10s');
  });

  it('draws no still playhead even when the static options would', () => {
    const svg = renderAnimatedTimelineSvg(docsLayout(), { theme: 'light' });
    expect(svg.match(/class="tl-playhead-line/g)).toHaveLength(1);
  });
});

describe('clockTimes', () => {
  it('starts at the window start, ends at its end, and steps on round times between', () => {
    expect(clockTimes(1_500, 6_000, 5)).toEqual([1_500, 2_000, 3_000, 4_000, 5_000, 6_000]);
  });

  it('keeps to about the number of labels asked for', () => {
    expect(clockTimes(0, 3_600_000, 40).length).toBeLessThanOrEqual(42);
  });
});

describe('clockText', () => {
  it('reads minutes, seconds and tenths, and hours when there are any', () => {
    expect(clockText(7_340)).toBe('0:07.3');
    expect(clockText(59_960)).toBe('1:00.0');
    expect(clockText(3_600_000)).toBe('1:00:00.0');
  });
});
