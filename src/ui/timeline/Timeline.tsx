import { useId, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { selectModel, selectStale, selectTrace } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import { layoutTimeline } from '../../render/layoutTimeline';
import { TimelineAxis } from './TimelineAxis';
import { TimelineLanes } from './TimelineLanes';
import { TimelineTooltip } from './TimelineTooltip';
import { useElementWidth } from './useElementWidth';
import { useLaneWindow } from './useLaneWindow';
import { usePlayhead } from './usePlayhead';
import { useTimelineInteraction } from './useTimelineInteraction';
import './timeline.css';

const help = 'Up and Down move between lanes, Left and Right between segments, Home and End to the first and last segment; '
  + 'Enter moves the playhead to the start of the segment. Click or drag to move the playhead.';

/** The trace as lanes over time with a playhead; click or drag to seek, arrow keys to read segments. */
export function Timeline({ store }: { store: PlaygroundStore }) {
  const trace = useStore(store, selectTrace);
  const model = useStore(store, selectModel);
  const stale = useStore(store, selectStale);
  const scrollRef = useRef<HTMLDivElement>(null);
  const playheadRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef);
  const layout = useMemo(() => (trace && model && width > 0 ? layoutTimeline(trace, model.pod, { width }) : undefined), [trace, model, width]);
  const range = useLaneWindow(scrollRef, layout?.lanes ?? noLanes);
  const interaction = useTimelineInteraction(store, layout);
  usePlayhead(store, playheadRef, layout);
  const baseId = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const hatchId = `tl-hatch-${baseId}`;
  const helpId = `tl-help-${baseId}`;

  const focus = interaction.focus;
  const focusLane = focus && layout?.lanes[focus.lane];
  const focusSegment = focusLane?.segments[focus?.segment ?? -1];
  const className = `tl-root${stale && trace ? ' tl-root--stale' : ''}${interaction.dragging ? ' tl-root--dragging' : ''}`;
  const laneCount = layout?.lanes.length ?? 0;

  return (
    <div className={className} data-testid="timeline">
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
            <TimelineAxis layout={layout} />
            <svg className="tl-svg tl-lanes" width={layout.width} height={layout.height - layout.axisHeight} viewBox={`0 ${layout.axisHeight} ${layout.width} ${layout.height - layout.axisHeight}`} aria-hidden="true">
              <TimelineLanes layout={layout} start={range.start} end={range.end} hatchId={hatchId} />
              {interaction.showFocus && focusLane && focusSegment && (
                <rect className="tl-focus-ring" x={Math.max(layout.labelWidth, focusSegment.x0) - 1} y={focusLane.barY - 2} width={Math.max(3, Math.min(layout.width, focusSegment.x1) - Math.max(layout.labelWidth, focusSegment.x0) + 2)} height={focusLane.barHeight + 4} rx={2} />
              )}
            </svg>
          </>
        )}
      </div>
      {layout && <div ref={playheadRef} className="tl-playhead" style={{ height: layout.height }} aria-hidden="true" />}
      {interaction.tip && <TimelineTooltip content={interaction.tip.content} placement={interaction.tip.placement} />}
      <p id={helpId} className="tl-sr-only">{help}</p>
      <div className="tl-sr-only" aria-live="polite">{interaction.announcement}</div>
    </div>
  );
}

const noLanes: never[] = [];
