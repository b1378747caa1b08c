// Pointer and keyboard behaviour of the timeline: click or drag to seek, hover for a tooltip,
// arrow keys to walk the segments. Hit-testing is arithmetic on the layout, not DOM events per shape.
import { useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import type { PlaygroundStore } from '../../store/store';
import { describeTarget, type TargetText } from '../../render/describeTarget';
import { focusAt, hitTest, laneIndexAtY, moveFocus, sameTarget, type TimelineFocus, type TimelineTarget } from '../../render/laneGeometry';
import { placeTooltip, type TooltipPlacement } from '../../render/tooltipPlacement';
import type { TimelineLayout } from '../../render/timelineTypes';

interface Placed<T> {
  layout: TimelineLayout;
  value: T;
  placement: TooltipPlacement;
}

/** The tooltip to show, the focused segment and the handlers of the scrolling lane area. */
export interface TimelineInteraction {
  tip?: { content: TargetText; placement: TooltipPlacement };
  focus?: TimelineFocus;
  /** True while the focus came from the keyboard: only then the ring and tooltip show. */
  showFocus: boolean;
  announcement: string;
  dragging: boolean;
  handlers: {
    onPointerDown: (e: PointerEvent<HTMLElement>) => void;
    onPointerMove: (e: PointerEvent<HTMLElement>) => void;
    onPointerUp: (e: PointerEvent<HTMLElement>) => void;
    onPointerCancel: (e: PointerEvent<HTMLElement>) => void;
    onPointerLeave: () => void;
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
    onFocus: (e: FocusEvent<HTMLElement>) => void;
    onBlur: (e: FocusEvent<HTMLElement>) => void;
  };
}

function place(layout: TimelineLayout, el: HTMLElement, x: number, laneIndex: number): TooltipPlacement {
  const lane = layout.lanes[laneIndex];
  if (!lane) return placeTooltip(x, layout.axisHeight, false, layout.width);
  const below = lane.y + lane.height - el.scrollTop + 2;
  // Near the bottom of the box the tooltip hangs above the lane instead.
  const above = below + 80 > el.clientHeight && lane.y - el.scrollTop > 80;
  return placeTooltip(x, above ? lane.y - el.scrollTop - 2 : below, above, layout.width);
}

/** Wires seeking, hover, keyboard focus and the live announcement for one layout. */
export function useTimelineInteraction(store: PlaygroundStore, layout: TimelineLayout | undefined): TimelineInteraction {
  const [hover, setHover] = useState<Placed<TimelineTarget>>();
  const [focus, setFocus] = useState<Placed<TimelineFocus>>();
  const [focused, setFocused] = useState(false);
  const [keyboard, setKeyboard] = useState(false);
  const [dragging, setDragging] = useState(false);
  const dragPointer = useRef<number | undefined>(undefined);
  const pointerDown = useRef(false);

  const local = (e: PointerEvent<HTMLElement>) => {
    const el = e.currentTarget;
    const rect = el.getBoundingClientRect();
    return { el, x: e.clientX - rect.left, y: e.clientY - rect.top };
  };
  const seekTo = (x: number) => {
    if (layout) store.getState().seek(layout.tFromX(x));
  };
  const focusTo = (el: HTMLElement, next: TimelineFocus) => {
    if (!layout) return;
    const lane = layout.lanes[next.lane];
    if (!lane) return;
    // Bring the lane out from under the sticky axis or the bottom edge.
    if (lane.y - layout.axisHeight < el.scrollTop) el.scrollTop = lane.y - layout.axisHeight;
    else if (lane.y + lane.height > el.scrollTop + el.clientHeight) el.scrollTop = lane.y + lane.height - el.clientHeight;
    const segment = lane.segments[next.segment];
    const x = Math.max(layout.labelWidth, Math.min(layout.width - 8, segment?.x0 ?? layout.labelWidth));
    setFocus({ layout, value: next, placement: place(layout, el, x, next.lane) });
  };
  // Without a focus yet, start on the first lane in view at the playhead.
  const currentFocus = (el: HTMLElement): TimelineFocus | undefined =>
    !layout ? undefined : focus?.layout === layout ? focus.value
      : focusAt(layout, Math.max(0, laneIndexAtY(layout.lanes, el.scrollTop + layout.axisHeight + 1)), store.getState().t);

  const endDrag = (e: PointerEvent<HTMLElement>) => {
    if (dragPointer.current !== e.pointerId) return;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    dragPointer.current = undefined;
    setDragging(false);
  };

  const handlers: TimelineInteraction['handlers'] = {
    onPointerDown: (e) => {
      pointerDown.current = true;
      setKeyboard(false);
      if (!layout || e.button !== 0) return;
      const { el, x, y } = local(e);
      // Presses on the scrollbar or the label column do not seek.
      if (x >= el.clientWidth || x < layout.labelWidth) return;
      el.setPointerCapture(e.pointerId);
      dragPointer.current = e.pointerId;
      setDragging(true);
      setHover(undefined);
      seekTo(x);
      if (y < layout.axisHeight) e.preventDefault();
    },
    onPointerMove: (e) => {
      if (!layout) return;
      const { el, x, y } = local(e);
      if (dragPointer.current === e.pointerId) {
        seekTo(x);
        return;
      }
      if (e.pointerType === 'touch') return;
      const target = y < layout.axisHeight || x >= el.clientWidth ? undefined : hitTest(layout, x, y + el.scrollTop);
      if (sameTarget(target, hover?.layout === layout ? hover.value : undefined)) return;
      setHover(target && { layout, value: target, placement: place(layout, el, x + 12, target.lane) });
    },
    onPointerUp: endDrag,
    onPointerCancel: endDrag,
    onPointerLeave: () => setHover(undefined),
    onKeyDown: (e) => {
      if (!layout || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      const from = currentFocus(e.currentTarget);
      if (!from) return;
      if (e.key === 'Enter') {
        const segment = layout.lanes[from.lane]?.segments[from.segment];
        if (segment) store.getState().seek(segment.t0);
      } else {
        const next = moveFocus(layout, from, e.key);
        if (!next) return;
        focusTo(e.currentTarget, next);
      }
      // The app's global shortcuts also use arrows, Home and End: this key is ours.
      e.preventDefault();
      e.stopPropagation();
      setKeyboard(true);
    },
    onFocus: (e) => {
      if (e.target !== e.currentTarget) return;
      setFocused(true);
      setKeyboard(!pointerDown.current);
      pointerDown.current = false;
      const from = currentFocus(e.currentTarget);
      if (from && focus?.layout !== layout) focusTo(e.currentTarget, from);
    },
    onBlur: (e) => {
      if (e.target === e.currentTarget) setFocused(false);
    },
  };

  const activeFocus = focus && layout && focus.layout === layout ? focus : undefined;
  const showFocus = focused && keyboard && activeFocus !== undefined;
  const focusTarget: TimelineTarget | undefined = activeFocus && { lane: activeFocus.value.lane, kind: 'segment', index: activeFocus.value.segment };
  const focusText = layout && focusTarget ? describeTarget(layout, focusTarget) : undefined;
  const hoverText = layout && hover?.layout === layout ? describeTarget(layout, hover.value) : undefined;
  let tip: TimelineInteraction['tip'];
  if (hover && hoverText) tip = { content: hoverText, placement: hover.placement };
  else if (showFocus && activeFocus && focusText) tip = { content: focusText, placement: activeFocus.placement };
  const interaction: TimelineInteraction = {
    showFocus,
    announcement: showFocus && focusText ? `${focusText.title}: ${focusText.text}` : '',
    dragging,
    handlers,
  };
  if (tip) interaction.tip = tip;
  if (activeFocus) interaction.focus = activeFocus.value;
  return interaction;
}
