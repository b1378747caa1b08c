import { describe, expect, it } from 'vitest';
import { layoutTimeline } from './layoutTimeline';
import { escapeXml, renderTimelineSvg } from './renderStaticSvg';
import { docsWithCauses, simulateGallery } from './testTraces';

const attack = '<img src=x onerror=alert(1)>';

/** The crash-loop trace with a hostile pod name, container name and waiting reason. */
function hostileLayout() {
  const { trace, pod } = simulateGallery('crashloop-always');
  const evil = `x"'&${attack}`;
  const hostileTrace = structuredClone(trace);
  hostileTrace.pod = attack;
  for (const s of hostileTrace.snapshots) {
    for (const c of s.initContainers) {
      c.name = evil;
      if (c.reason === 'CrashLoopBackOff') c.reason = attack;
    }
  }
  const hostilePod = structuredClone(pod);
  const init = hostilePod.initContainers[0];
  if (init) init.name = evil;
  return layoutTimeline(hostileTrace, hostilePod, { width: 1400 });
}

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('renderTimelineSvg', () => {
  it('produces a standalone SVG document with embedded styles for the chosen theme', () => {
    const { trace, pod } = simulateGallery('docs-myapp-pod');
    const svg = renderTimelineSvg(layoutTimeline(trace, pod, { width: 800 }), { theme: 'dark', title: 'myapp' });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>myapp</title>');
    expect(svg).toContain('.tl-bg { fill: #171b21; }');
    expect(svg).toContain('.tl-seg--running { fill: #1f8a4c; }');
    expect(svg).not.toContain('var(--');
    expect(svg).toContain('data-lane="container:init-myservice"');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('draws the scenario marker row with labels and tooltips, and dashed guides down the lanes', () => {
    const { trace, pod } = docsWithCauses();
    const layout = layoutTimeline(trace, pod, { width: 1200 });
    const svg = renderTimelineSvg(layout, { theme: 'light' });
    expect(svg).toContain('<rect class="tl-scenario-row"');
    expect(svg.match(/<path class="tl-scenario" [^>]*><title>Service (myservice|mydb) created at 0:[24]0\.0<\/title><\/path>/g)).toHaveLength(2);
    expect(svg).toMatch(/<text class="tl-scenario-label"[^>]*>Service myservice created<\/text>/);
    expect(svg).toMatch(new RegExp(`<path class="tl-scenario-guide" d="M${Math.round(layout.x(20000)) + 0.5} ${layout.headerHeight}V${layout.height}`));
    expect(svg).toContain('.tl-scenario { fill: #0e7490;');
  });

  it('draws no marker row for a trace without scenario events', () => {
    const { trace, pod } = simulateGallery('crashloop-always');
    const svg = renderTimelineSvg(layoutTimeline({ ...trace, scenarioEvents: [] }, pod, { width: 800 }), { theme: 'light' });
    expect(svg).not.toContain('<rect class="tl-scenario-row"');
    expect(svg).not.toContain('class="tl-scenario-guide"');
  });

  it('draws the playhead only when asked, clamped to the trace', () => {
    const { trace, pod } = simulateGallery('docs-myapp-pod');
    const layout = layoutTimeline(trace, pod, { width: 800 });
    expect(renderTimelineSvg(layout, { theme: 'light' })).not.toContain('<line class="tl-playhead-line"');
    const x = Math.round(layout.x(trace.horizon) * 10) / 10;
    expect(renderTimelineSvg(layout, { theme: 'light', at: trace.horizon * 2 })).toContain(`<line class="tl-playhead-line" x1="${x}" x2="${x}"`);
  });

  it('starts the playhead line below the axis labels, so it does not run through them', () => {
    const { trace, pod } = simulateGallery('docs-myapp-pod');
    const layout = layoutTimeline(trace, pod, { width: 800 });
    const svg = renderTimelineSvg(layout, { theme: 'light', at: 10_000 });
    const y1 = Number(/<line class="tl-playhead-line"[^>]* y1="([\d.]+)"/.exec(svg)?.[1]);
    const labelBaselines = [...svg.matchAll(/<text class="tl-axis-label"[^>]* y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(labelBaselines.length).toBeGreaterThan(0);
    // Descenders of the 11 px labels end about 3 px under the baseline.
    for (const y of labelBaselines) expect(y1).toBeGreaterThanOrEqual(y + 3);
    expect(y1).toBeLessThan(layout.axisHeight);
  });

  it('draws only the window of time it is given, with the playhead only inside it', () => {
    const { trace, pod } = simulateGallery('crashloop-always');
    const layout = layoutTimeline(trace, pod, { width: 1000, window: { from: 10_000, to: 40_000 } });
    const svg = renderTimelineSvg(layout, { theme: 'light', at: 20_000 });
    const labels = [...svg.matchAll(/<text class="tl-axis-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['10s', '15s', '20s', '25s', '30s', '35s', '40s']);
    // Segments left and right of the window are not drawn, and nothing is drawn over the label column.
    const xs = [...svg.matchAll(/<rect class="tl-seg [^"]*" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(xs.length).toBeGreaterThan(0);
    for (const [x, w] of xs) {
      expect(x).toBeGreaterThanOrEqual(layout.labelWidth);
      expect((x ?? 0) + (w ?? 0)).toBeLessThanOrEqual(layout.plotRight + 0.05);
    }
    expect(svg).toContain(`<line class="tl-playhead-line" x1="${Math.round(layout.x(20_000) * 10) / 10}"`);
    expect(renderTimelineSvg(layout, { theme: 'light', at: 60_000 })).not.toContain('<line class="tl-playhead-line"');
  });

  it('draws a segment too short to see wider and taller, outlined', () => {
    const { trace, pod } = simulateGallery('init-oomkilled');
    const layout = layoutTimeline(trace, pod, { width: 1000 });
    const svg = renderTimelineSvg(layout, { theme: 'light' });
    const oom = layout.lanes.find((l) => l.id === 'container:migrate');
    expect(svg).toMatch(new RegExp(`<rect class="tl-seg tl-seg--oomkilled tl-seg--short" x="[\\d.]+" width="4" y="${(oom?.barY ?? 0) - 2}" height="${(oom?.barHeight ?? 0) + 4}"/>`));
    expect(svg).toContain('.tl-seg--short { stroke: #1b1f24;');
  });

  it('escapes a pod name, container name and reason taken from the scenario', () => {
    const svg = renderTimelineSvg(hostileLayout(), { theme: 'light', at: 1000, title: attack });
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain(`"'&<`);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('data-lane="container:x&quot;&#39;&amp;&lt;img');
    // The hostile reason is drawn as a segment label: as text, never as markup.
    expect(svg).toMatch(/<text class="tl-seg-label[^"]*"[^>]*>&lt;img src=x onerror=alert\(1\)&gt;<\/text>/);
  });

  it('keeps every element well nested', () => {
    const svg = renderTimelineSvg(hostileLayout(), { theme: 'dark' });
    const stack: string[] = [];
    for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name ?? '');
    }
    expect(stack).toEqual([]);
  });
});
