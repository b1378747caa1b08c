import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createTestStore } from '../../store/testing';
import { layoutTimeline } from '../../render/layoutTimeline';
import { sceneLane } from '../../render/svgScene';
import { serializeSvgNodes } from '../../render/renderStaticSvg';
import { docsWithCauses, simulateGallery } from '../../render/testTraces';
import { describeTarget } from '../../render/describeTarget';
import { ScenarioMarkerButtons } from './ScenarioMarkerButtons';
import { LegendContent } from './TimelineLegend';
import { Timeline } from './Timeline';
import { TimelineLanes } from './TimelineLanes';
import { TimelineTooltip } from './TimelineTooltip';

const classesOf = (markup: string) => [...markup.matchAll(/class="([^"]*)"/g)].map((m) => m[1]);

describe('Timeline', () => {
  it('shows a helpful message and an empty lane area when there is no trace', () => {
    const store = createTestStore({ text: 'apiVersion: v1\nkind: Pod\n' });
    const html = renderToStaticMarkup(<Timeline store={store} />);
    expect(html).toContain('nothing is simulated yet');
    expect(html).toContain('aria-label="Timeline: 0 lanes"');
    expect(html).not.toContain('tl-root--stale');
  });

  it('is one tab stop with keyboard help once a trace is laid out', () => {
    // Before the ResizeObserver measures the box nothing is drawn, but the region and help exist.
    const html = renderToStaticMarkup(<Timeline store={createTestStore()} />);
    expect(html).toContain('role="application"');
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('Up and Down move between lanes');
  });
});

describe('TimelineLanes', () => {
  const { trace, pod } = simulateGallery('crashloop-always');
  const layout = layoutTimeline(trace, pod, { width: 1000 });

  it('draws the same shapes and classes as the static SVG export', () => {
    const react = renderToStaticMarkup(<svg><TimelineLanes layout={layout} start={0} end={layout.lanes.length} hatchId="h" /></svg>);
    const lanes = layout.lanes.map((lane) => serializeSvgNodes([sceneLane(layout, lane, 'h')])).join('');
    const reactLanes = react.slice(react.indexOf('<g class="tl-lane'));
    expect(classesOf(reactLanes)).toEqual(classesOf(lanes));
    expect(react).toContain('fill="url(#h)"');
    expect(react).toContain('data-lane="container:migrate"');
  });

  it('draws only the lanes of the window it is given', () => {
    const react = renderToStaticMarkup(<svg><TimelineLanes layout={layout} start={6} end={7} hatchId="h" /></svg>);
    expect(react.match(/<g class="tl-lane /g)).toHaveLength(1);
  });
});

describe('TimelineTooltip', () => {
  it('shows a cause line by line with the kubelet\'s words apart, and says how to close a pinned one', () => {
    const { trace, pod } = docsWithCauses();
    const layout = layoutTimeline(trace, pod, { width: 1200 });
    const lane = layout.lanes.findIndex((l) => l.id === 'container:init-mydb');
    const index = layout.lanes[lane]?.segments.findIndex((s) => s.kind === 'running') ?? -1;
    const content = describeTarget(layout, { lane, kind: 'segment', index });
    if (!content) throw new Error('no content');
    const html = renderToStaticMarkup(<TimelineTooltip content={content} placement={{ x: 10, top: 20, above: false, alignRight: false, maxWidth: 300 }} pinned />);
    expect(html).toContain('role="tooltip"');
    expect(html).toContain('<span class="tl-tooltip-line tl-tooltip-line--why"><b>Because: </b>init-myservice exited 0</span>');
    expect(html).toContain('<span class="tl-tooltip-detail">Started container init-mydb');
    expect(html).toContain('Tap it again');
  });

  it('renders scenario text as text, never as markup', () => {
    const attack = '<img src=x onerror=alert(1)>';
    const html = renderToStaticMarkup(
      <TimelineTooltip content={{ title: attack, text: attack }} placement={{ x: 10, top: 20, above: false, alignRight: false, maxWidth: 300 }} />,
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('ScenarioMarkerButtons', () => {
  it('gives every scenario event a button named by its label and time, over its marker', () => {
    const { trace, pod } = docsWithCauses();
    const layout = layoutTimeline(trace, pod, { width: 1200 });
    const noop = () => undefined;
    const html = renderToStaticMarkup(<ScenarioMarkerButtons layout={layout} markers={{ onFocus: noop, onBlur: noop, onClick: noop }} />);
    expect(html).toContain('role="group" aria-label="Scenario events"');
    expect(html).toContain('aria-label="Service myservice created at 0:20.0"');
    expect(html).toContain('aria-label="Service mydb created at 0:40.0"');
    expect(html.match(/<button/g)).toHaveLength(2);
  });
});

describe('LegendContent', () => {
  it('lists every group with a swatch drawn in the timeline\'s classes', () => {
    const html = renderToStaticMarkup(<LegendContent />);
    for (const title of ['Container lanes', 'Pod lane (phase and kubectl STATUS)', 'Condition lanes', 'Marks']) expect(html).toContain(`<h3>${title}</h3>`);
    expect(html).toContain('tl-seg tl-seg--running-starting');
    expect(html).toContain('class="tl-link-line"');
    expect(html).toMatch(/<pattern id="tl-legend-hatch-[^"]+"/);
  });
});
