import { memo, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { PodSpecModel } from '../../engine/manifest/model';
import type { Trace } from '../../scenario/trace';
import { overviewFrame, overviewHeight, overviewTime, overviewValueText, sceneOverview } from '../../render/overview';
import type { TimelineLayout } from '../../render/timelineTypes';
import { centreWindowOn, isZoomed, minWindowMs, panWindow } from '../../render/timeWindow';
import { SvgNodes } from './SvgNodes';
import type { WindowControl } from './useWindowControl';

const Miniature = memo(function Miniature({ trace, pod, width }: { trace: Trace; pod: PodSpecModel; width: number }) {
  const nodes = useMemo(() => sceneOverview(trace, pod, width), [trace, pod, width]);
  return <SvgNodes nodes={nodes} />;
});

/** The zoom buttons and the overview strip: the whole trace in miniature with the visible window framed; drag the frame (or press the arrow keys on it) to move the window. */
export function TimelineOverview({ trace, pod, layout, control }: { trace: Trace; pod: PodSpecModel; layout: TimelineLayout; control: WindowControl }) {
  const width = Math.max(1, layout.plotRight - layout.labelWidth);
  const horizon = layout.horizon;
  const shown = { from: layout.from, to: layout.to };
  const zoomed = isZoomed(shown, horizon);
  const frame = overviewFrame(shown, horizon, width);
  const drag = useRef<{ id: number; offset: number } | undefined>(undefined);

  const timeAt = (e: PointerEvent<HTMLElement>) => overviewTime(e.clientX - e.currentTarget.getBoundingClientRect().left, horizon, width);
  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0 || !zoomed) return;
    const t = timeAt(e);
    const span = layout.to - layout.from;
    // Grabbing the frame keeps the grip; a press beside it centres the window there first.
    const inside = t >= layout.from && t <= layout.to;
    const offset = inside ? t - layout.from : span / 2;
    if (!inside) control.showSoon(centreWindowOn(shown, t, horizon));
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { id: e.pointerId, offset };
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    const from = timeAt(e) - d.offset;
    control.showSoon({ from, to: from + (layout.to - layout.from) });
  };
  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    if (drag.current?.id === e.pointerId) drag.current = undefined;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const span = layout.to - layout.from;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => control.show(panWindow(shown, -span / 10, horizon)),
      ArrowRight: () => control.show(panWindow(shown, span / 10, horizon)),
      PageUp: () => control.show(panWindow(shown, -span, horizon)),
      PageDown: () => control.show(panWindow(shown, span, horizon)),
      Home: () => control.show(panWindow(shown, -horizon, horizon)),
      End: () => control.show(panWindow(shown, horizon, horizon)),
      '+': control.zoomIn, '=': control.zoomIn, '-': control.zoomOut, '0': control.fit,
    };
    const move = moves[e.key];
    if (!move) return;
    // The arrows, Home and End step the playhead elsewhere; on the overview they move the window.
    e.preventDefault();
    e.stopPropagation();
    move();
  };

  return (
    <div className="tl-overview" style={{ height: overviewHeight + 8 }}>
      <div className="tl-zoom-buttons" role="group" aria-label="Zoom" style={{ width: layout.labelWidth }}>
        <button type="button" className="tl-zoom-btn" aria-label="Zoom out" title="Zoom out (−)" disabled={!zoomed} onClick={control.zoomOut}>−</button>
        <button type="button" className="tl-zoom-btn" aria-label="Zoom in" title="Zoom in (+, or Ctrl + wheel)" disabled={layout.to - layout.from <= minWindowMs} onClick={control.zoomIn}>+</button>
        <button type="button" className="tl-zoom-btn tl-zoom-btn--fit" aria-label="Show the whole trace" title="Show the whole trace (0)" disabled={!zoomed} onClick={control.fit}>Fit</button>
      </div>
      <div
        className={`tl-overview-track${zoomed ? ' tl-overview-track--zoomed' : ''}`}
        style={{ width }}
        role="slider"
        tabIndex={0}
        aria-label="Overview: visible part of the timeline"
        aria-valuemin={0}
        aria-valuemax={Math.round(horizon)}
        aria-valuenow={Math.round(layout.from)}
        aria-valuetext={overviewValueText(shown, horizon)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
      >
        <svg className="tl-svg" width={width} height={overviewHeight} aria-hidden="true">
          <Miniature trace={trace} pod={pod} width={width} />
          <rect className="tl-overview-shade" x={0} y={0} width={frame.x} height={overviewHeight} />
          <rect className="tl-overview-shade" x={frame.x + frame.width} y={0} width={Math.max(0, width - frame.x - frame.width)} height={overviewHeight} />
          <rect className="tl-overview-frame" x={frame.x + 0.5} y={0.5} width={Math.max(1, frame.width - 1)} height={overviewHeight - 1} rx={2} />
        </svg>
      </div>
    </div>
  );
}
