import { describe, expect, it } from 'vitest';
import { simulateGallery } from '../../render/testTraces';
import { buildTimelineExport, exportFileName, fileSlug } from './exportTimeline';

const { trace, pod } = simulateGallery('docs-myapp-pod');
const view = { trace, pod, at: 30_000, width: 700, theme: 'dark' as const, scenario: 'docs-myapp-pod' };

describe('fileSlug', () => {
  it('keeps letters, digits, dots and dashes, in lower case', () => {
    expect(fileSlug('My App / Pod #1')).toBe('my-app-pod-1');
    expect(fileSlug('../../etc')).toBe('etc');
    expect(fileSlug('***')).toBe('timeline');
  });
});

describe('exportFileName', () => {
  it('names still images by the playhead and the animation by its window', () => {
    const times = { at: 13_200, from: 10_000, to: 70_000 };
    expect(exportFileName('svg', 'docs-myapp-pod', times)).toBe('docs-myapp-pod-at-13.2s.svg');
    expect(exportFileName('png', 'docs-myapp-pod', times)).toBe('docs-myapp-pod-at-13.2s@2x.png');
    expect(exportFileName('animated', 'docs-myapp-pod', times)).toBe('docs-myapp-pod-10s-1m10s-animated.svg');
  });
});

describe('buildTimelineExport', () => {
  it('draws the timeline as seen: its width, its window, the playhead and the theme', () => {
    const file = buildTimelineExport({ ...view, window: { from: 10_000, to: 40_000 } }, 'svg');
    expect(file).toMatchObject({ kind: 'svg', name: 'docs-myapp-pod-at-30s.svg', width: 700, scale: 1 });
    expect(file.svg).toContain('width="700"');
    expect(file.svg).toContain('#171b21');
    expect(file.svg).toContain('tl-playhead-line');
    expect(file.svg).toMatch(/<text class="tl-axis-label"[^>]*>10s<\/text>/);
  });

  it('draws the PNG from the same SVG at twice the size', () => {
    const file = buildTimelineExport(view, 'png');
    expect(file).toMatchObject({ kind: 'png', name: 'docs-myapp-pod-at-30s@2x.png', width: 700, scale: 2 });
    expect(file.svg).toBe(buildTimelineExport(view, 'svg').svg);
  });

  it('makes the animated SVG play the window', () => {
    const file = buildTimelineExport({ ...view, theme: 'light' }, 'animated');
    expect(file.name).toBe('docs-myapp-pod-0s-1m10s-animated.svg');
    expect(file.svg).toContain('@keyframes tl-sweep');
    expect(file.svg).toContain('.tl-bg { fill: #ffffff; }');
  });
});
