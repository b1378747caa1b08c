import { useCallback, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useStore } from 'zustand';
import { selectModel, selectSimulating, selectStale, selectTrace } from '../../store/selectors';
import { selectViewWindow } from '../../store/slices/playback';
import type { PlaygroundStore } from '../../store/store';
import type { PodSpecModel, ScenarioModel } from '../../engine/manifest/model';
import { layoutTimeline } from '../../render/layoutTimeline';
import type { TimeWindow } from '../../render/timeWindow';
import type { Trace } from '../../scenario/trace';
import { playheadTop, sceneCauseLink, sceneScenarioGuides } from '../../render/svgScene';
import type { TimelineLane, TimelineLayout, TimelineSegment } from '../../render/timelineTypes';
import { ScenarioMarkerButtons } from './ScenarioMarkerButtons';
import { SvgNodes } from './SvgNodes';
import { TimelineAxis } from './TimelineAxis';
import { TimelineLanes } from './TimelineLanes';
import { LegendDialog } from './TimelineLegend';
import { TimelineOverview } from './TimelineOverview';
import { TimelineTooltip } from './TimelineTooltip';
import { useElementWidth } from './useElementWidth';
import { useLaneWindow } from './useLaneWindow';
import { useStagedTrace } from './useStagedTrace';
import { usePlayhead } from './usePlayhead';
import { useTimelineInteraction } from './useTimelineInteraction';
import { useWindowControl } from './useWindowControl';
import { useWindowFollow } from './useWindowFollow';
import { useZoomGestures } from './useZoomGestures';
import { createLaneMemory } from './laneIdentity';
import './timeline.css';

const help = 'Up and Down move between lanes, Left and Right between segments, Home and End to the first and last segment; '
  + 'Enter moves the playhead to the start of the segment; plus and minus zoom in and out, 0 shows the whole trace. '
  + 'Click or drag to move the playhead; Ctrl or Command with the wheel, or a pinch, zooms; Shift with the wheel, or a drag along the time axis, pans. '
  + 'On a touch screen, tap a segment to pin its explanation.';

function Ring({ lane, segment, labelWidth, width }: { lane: TimelineLane; segment: TimelineSegment; labelWidth: number; width: number }) {
  const x0 = Math.max(labelWidth, segment.x0);
  return <rect className="tl-focus-ring" x={x0 - 1} y={lane.barY - 2} width={Math.max(3, Math.min(width, segment.x1) - x0 + 2)} height={lane.barHeight + 4} rx={2} />;
}


/** The last layout made, for one timeline: asked again with the same trace, pod, width and window, it is not made again. */
function createLayoutMemo() {
  let last: { trace: Trace; pod: PodSpecModel; width: number; window: TimeWindow | undefined; layout: TimelineLayout } | undefined;
  return {
    get(trace: Trace, pod: PodSpecModel, width: number, window: TimeWindow | undefined): TimelineLayout {
      if (last && last.trace === trace && last.pod === pod && last.width === width && last.window === window) return last.layout;
      const layout = layoutTimeline(trace, pod, { width, ...(window ? { window } : {}) });
      last = { trace, pod, width, window, layout };
      return layout;
    },
  };
}

const serials = new WeakMap<object, number>();
let lastSerial = 0;

/** A number per trace shown (`data-trace`), so tests and the benchmark can wait for the next trace rather than for any change. */
function traceSerial(trace: object): number {
  let serial = serials.get(trace);
  if (serial === undefined) {
    serial = ++lastSerial;
    serials.set(trace, serial);
  }
  return serial;
}

/** The trace as lanes over time with a playhead; click or drag to seek, hover or tap for causes, arrow keys to read segments. */
export function Timeline({ store }: { store: PlaygroundStore }) {
  const stale = useStore(store, selectStale);
  // Busy while the simulator works on the current text: what is drawn is about to change.
  const simulating = useStore(store, selectSimulating);
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const playheadRef = useRef<HTMLDivElement>(null);
  const [legendOpen, setLegendOpen] = useState(false);
  const viewWindow = useStore(store, selectViewWindow);
  const width = useElementWidth(scrollRef);
  // The last layout made: a large trace is laid out in a task of its own, then drawn from it.
  const [layouts] = useState(createLayoutMemo);
  const layOut = useCallback((t: Trace, m: ScenarioModel) => { if (width > 0) layouts.get(t, m.pod, width, viewWindow); }, [layouts, width, viewWindow]);
  // A large trace is drawn after the task in which the rest of the page took it.
  const { trace, model } = useStagedTrace(useStore(store, selectTrace), useStore(store, selectModel), layOut);
  // The last layout drawn: lanes that draw alike keep their objects, so only changed lanes render again.
  const [lanes] = useState(createLaneMemory);
  const layout = useMemo(
    () => lanes.keep(trace && model && width > 0 ? layouts.get(trace, model.pod, width, viewWindow) : undefined),
    [trace, model, width, viewWindow, lanes, layouts],
  );
  const { range, blocks } = useLaneWindow(scrollRef, layout?.lanes ?? noLanes, layout?.height ?? 0);
  const control = useWindowControl(store, layout);
  const gestures = useZoomGestures(scrollRef, layout, control);
  useWindowFollow(store);
  const interaction = useTimelineInteraction(store, layout, rootRef, control, gestures);
  usePlayhead(store, playheadRef, layout);
  const baseId = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const hatchId = `tl-hatch-${baseId}`;
  const helpId = `tl-help-${baseId}`;

  const focus = interaction.focus;
  const focusLane = focus && layout?.lanes[focus.lane];
  const focusSegment = focusLane?.segments[focus?.segment ?? -1];
  const pinned = interaction.pinned;
  const pinLane = pinned && layout?.lanes[pinned.lane];
  const pinSegment = pinLane?.segments[pinned?.segment ?? -1];
  const className = `tl-root${stale && trace ? ' tl-root--stale' : ''}${interaction.dragging ? ' tl-root--dragging' : ''}${layout && (layout.from > 0 || layout.to < layout.horizon) ? ' tl-root--zoomed' : ''}`;
  const laneCount = layout?.lanes.length ?? 0;
  const guides = useMemo(() => (layout ? sceneScenarioGuides(layout, layout.headerHeight, layout.height) : []), [layout]);

  return (
    <div ref={rootRef} className={className} data-testid="timeline" data-trace={trace ? traceSerial(trace) : undefined} aria-busy={simulating || undefined}>
      <div
        ref={scrollRef}
        className="tl-scroll"
        role="application"
        aria-roledescription="timeline"
        aria-label={`Timeline: ${laneCount} lanes`}
        aria-describedby={helpId}
        tabIndex={layout ? 0 : -1}
        {...(layout ? interaction.handlers : {})}
      >
        {!trace && <p className="tl-empty">{stale ? 'The scenario has errors, so nothing is simulated yet. Fix the text and the timeline of every container appears here.' : 'No timeline yet: write or pick a Pod scenario and it is simulated as you type.'}</p>}
        {layout && (
          <>
            <div className="tl-header" style={{ height: layout.headerHeight }}>
              <TimelineAxis layout={layout} />
              <ScenarioMarkerButtons layout={layout} markers={interaction.markers} />
              <button type="button" className="tl-legend-btn" style={{ maxWidth: layout.labelWidth - 8 }} onClick={() => setLegendOpen(true)} aria-haspopup="dialog">Legend</button>
            </div>
            <svg className="tl-svg tl-lanes" width={layout.width} height={layout.height - layout.headerHeight} viewBox={`0 ${layout.headerHeight} ${layout.width} ${layout.height - layout.headerHeight}`} aria-hidden="true">
              <TimelineLanes layout={layout} start={range.start} end={range.end} hatchId={hatchId} />
              <SvgNodes nodes={guides} />
              {interaction.showFocus && focusLane && focusSegment && <Ring lane={focusLane} segment={focusSegment} labelWidth={layout.labelWidth} width={layout.width} />}
              {pinLane && pinSegment && <Ring lane={pinLane} segment={pinSegment} labelWidth={layout.labelWidth} width={layout.width} />}
              {interaction.link && <SvgNodes nodes={[sceneCauseLink(interaction.link)]} />}
            </svg>
            {blocks.map((block, i) => <div key={i} className="tl-lane-block" data-block={i} style={{ top: block.top, height: block.height }} aria-hidden="true" />)}
            <div className="tl-scroll-anchor" aria-hidden="true" />
          </>
        )}
      </div>
      {layout && trace && model && <TimelineOverview trace={trace} pod={model.pod} layout={layout} control={control} />}
      {layout && <div ref={playheadRef} className="tl-playhead" style={playheadStyle(layout)} aria-hidden="true" />}
      {interaction.tip && <TimelineTooltip content={interaction.tip.content} placement={interaction.tip.placement} pinned={interaction.tip.pinned} />}
      <p id={helpId} className="tl-sr-only">{help}</p>
      <div className="tl-sr-only" aria-live="polite">{interaction.announcement}</div>
      {legendOpen && <LegendDialog onClose={() => setLegendOpen(false)} />}
    </div>
  );
}

const noLanes: never[] = [];

/** The playhead starts below the axis labels (as in the static SVG), and its overall cap in the CSS leaves that offset out too. */
function playheadStyle(layout: TimelineLayout): CSSProperties {
  const top = playheadTop(layout);
  return { top, height: layout.height - top, ['--tl-playhead-top' as string]: `${top}px` };
}
