// Pointer and keyboard behaviour of the timeline: click or drag to seek, hover for a tooltip,
// tap to pin an explanation (phones have no hover), arrow keys to walk the segments. Hit-testing
// is arithmetic on the layout, not DOM events per shape.
import { useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { PlaygroundStore } from '../../store/store';
import { linkForSegment, type CauseLink } from '../../render/causeLink';
import { describeTarget, type TargetText } from '../../render/describeTarget';
import { focusAt, hitTestView, laneIndexAtY, moveFocus, sameTarget, type TimelineFocus, type TimelineTarget } from '../../render/laneGeometry';
import type { TooltipPlacement } from '../../render/tooltipPlacement';
import type { TimelineLayout } from '../../render/timelineTypes';
import { carryOver, placeAt, type Placed, useTapPin } from './useTapPin';
import type { WindowControl } from './useWindowControl';
import type { ZoomGestures } from './useZoomGestures';

/** The tooltip to show, the focused segment, the cause link and the handlers of the scrolling lane area. */
export interface TimelineInteraction {
  tip?: { content: TargetText; placement: TooltipPlacement; pinned: boolean };
  focus?: TimelineFocus;
  /** True while the focus came from the keyboard: only then the ring and tooltip show. */
  showFocus: boolean;
  /** The segment tapped to keep its explanation open, if any. */
  pinned?: { lane: number; segment: number };
  /** The connector from what unblocked the hovered, pinned or focused segment to its start. */
  link?: CauseLink;
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
  /** For the scenario marker buttons: focus shows the marker's tooltip, a click seeks to it and pins it. */
  markers: {
    onFocus: (index: number, el: HTMLElement) => void;
    onBlur: () => void;
    onClick: (index: number, el: HTMLElement) => void;
  };
}

/** Keys that zoom while the timeline has focus (the same keys change the speed elsewhere). */
const zoomKeys: Record<string, 'in' | 'out' | 'fit'> = { '+': 'in', '=': 'in', Add: 'in', '-': 'out', _: 'out', Subtract: 'out', '0': 'fit' };

/** Wires seeking, hover, tap-to-pin, zoom gestures and keys, keyboard focus and the live announcement for one layout. */
export function useTimelineInteraction(
  store: PlaygroundStore, layout: TimelineLayout | undefined, root: RefObject<HTMLElement | null>, control: WindowControl, gestures: ZoomGestures,
): TimelineInteraction {
  const [hover, setHover] = useState<Placed<TimelineTarget>>();
  const [focus, setFocus] = useState<Placed<TimelineFocus>>();
  const [markerFocus, setMarkerFocus] = useState<Placed<TimelineTarget>>();
  const [focused, setFocused] = useState(false);
  const [keyboard, setKeyboard] = useState(false);
  const [dragging, setDragging] = useState(false);
  const dragPointer = useRef<number | undefined>(undefined);
  const pointerDown = useRef(false);
  const pin = useTapPin(layout, root);

  const local = (e: PointerEvent<HTMLElement>) => {
    const el = e.currentTarget;
    const rect = el.getBoundingClientRect();
    return { el, x: e.clientX - rect.left, y: e.clientY - rect.top };
  };
  const seekTo = (x: number) => {
    if (layout) store.getState().seek(layout.tFromX(x));
  };
  /** Focuses a segment; `reveal`: a key moved there, so its lane is scrolled into view wherever the scrolling is. */
  const focusTo = (el: HTMLElement, next: TimelineFocus, reveal = false) => {
    if (!layout) return;
    const lane = layout.lanes[next.lane];
    if (!lane) return;
    // Bring the lane out from under the sticky header or the bottom edge.
    if (lane.y - layout.headerHeight < el.scrollTop) el.scrollTop = lane.y - layout.headerHeight;
    else if (lane.y + lane.height > el.scrollTop + el.clientHeight) el.scrollTop = lane.y + lane.height - el.clientHeight;
    // A box sized to its content never scrolls: the page around it does (or the docs page around an embed).
    const anchor = reveal ? el.querySelector<HTMLElement>(':scope > .tl-scroll-anchor') : null;
    if (anchor && typeof anchor.scrollIntoView === 'function') {
      anchor.style.top = `${lane.y}px`;
      anchor.style.height = `${lane.height}px`;
      anchor.style.scrollMarginTop = `${layout.headerHeight}px`;
      anchor.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    const segment = lane.segments[next.segment];
    const x = Math.max(layout.labelWidth, Math.min(layout.width - 8, segment?.x0 ?? layout.labelWidth));
    setFocus(placeAt(layout, next, el, x, next.lane));
  };
  const current = <T,>(p: Placed<T> | undefined) => (p && layout && p.layout === layout ? p : undefined);
  // The focused and the pinned segment stay through a zoom or pan (same trace, same indexes); a hover ends.
  const activeFocus = focus && layout ? carryOver(focus, layout, focus.value.segment) : undefined;
  const activePin = pin.pinned && layout ? carryOver(pin.pinned, layout, pin.pinned.value.kind === 'segment' ? pin.pinned.value.index : undefined, 12) : undefined;
  // Without a focus yet, start on the first lane in view at the playhead.
  const currentFocus = (el: HTMLElement): TimelineFocus | undefined =>
    !layout ? undefined : activeFocus ? activeFocus.value
      : focusAt(layout, Math.max(0, laneIndexAtY(layout.lanes, el.scrollTop + layout.headerHeight + 1)), store.getState().t);

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
      // The marker and legend buttons handle their own presses.
      if (!layout || e.button !== 0 || (e.target instanceof Element && e.target.closest('button'))) return;
      const { el, x, y } = local(e);
      const gesture = gestures.down(e, x, y);
      if (gesture === 'pinch') {
        // A second finger: the press is a pinch, not a tap or a drag of the playhead.
        pin.cancel();
        if (dragPointer.current !== undefined && el.hasPointerCapture(dragPointer.current)) el.releasePointerCapture(dragPointer.current);
        dragPointer.current = undefined;
        setDragging(false);
        return;
      }
      if (gesture === 'pan') {
        setHover(undefined);
        e.preventDefault();
        return;
      }
      pin.down(e, x, y);
      // Presses on the scrollbar or the label column do not seek.
      if (x >= el.clientWidth || x < layout.labelWidth) return;
      el.setPointerCapture(e.pointerId);
      dragPointer.current = e.pointerId;
      setDragging(true);
      setHover(undefined);
      seekTo(x);
      if (y < layout.headerHeight) e.preventDefault();
    },
    onPointerMove: (e) => {
      if (!layout) return;
      const { el, x, y } = local(e);
      if (gestures.move(e, x)) return;
      if (dragPointer.current === e.pointerId) {
        seekTo(x);
        return;
      }
      if (e.pointerType === 'touch') return;
      const target = y < layout.axisHeight ? undefined : hitTestView(layout, x, y, el.scrollTop, el.clientWidth);
      if (sameTarget(target, hover?.layout === layout ? hover.value : undefined)) return;
      setHover(target && placeAt(layout, target, el, x + 12, target.lane));
    },
    onPointerUp: (e) => {
      const gesture = gestures.up(e);
      // A press on the axis that did not pan is a click: it seeks, as it does when not zoomed.
      if (gesture === 'click') seekTo(local(e).x);
      if (gesture) return;
      if (layout) {
        const { el, x, y } = local(e);
        pin.up(e, x, y, (px, py) => hitTestView(layout, px, py, el.scrollTop, el.clientWidth), el);
      }
      endDrag(e);
    },
    onPointerCancel: (e) => {
      gestures.up(e);
      pin.cancel();
      endDrag(e);
    },
    onPointerLeave: () => setHover(undefined),
    onKeyDown: (e) => {
      const zoom = zoomKeys[e.key];
      if (layout && zoom && !e.ctrlKey && !e.metaKey && !e.altKey && e.target === e.currentTarget) {
        if (zoom === 'in') control.zoomIn();
        else if (zoom === 'out') control.zoomOut();
        else control.fit();
        // Elsewhere + and - change the speed: here they zoom.
        e.preventDefault();
        e.stopPropagation();
        return;
      }
      if (!layout || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || e.target !== e.currentTarget) return;
      if (e.key === 'Escape' && pin.pinned) {
        pin.clear();
        e.preventDefault();
        e.stopPropagation();
        return;
      }
      const from = currentFocus(e.currentTarget);
      if (!from) return;
      if (e.key === 'Enter') {
        const segment = layout.lanes[from.lane]?.segments[from.segment];
        if (segment) store.getState().seek(segment.t0);
      } else {
        const next = moveFocus(layout, from, e.key);
        if (!next) return;
        focusTo(e.currentTarget, next, true);
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
      if (from && !activeFocus) focusTo(e.currentTarget, from);
    },
    onBlur: (e) => {
      if (e.target === e.currentTarget) setFocused(false);
    },
  };

  const markerTarget = (index: number, el: HTMLElement): Placed<TimelineTarget> | undefined => {
    const m = layout?.scenarioMarkers[index];
    const box = el.closest('.tl-scroll');
    return layout && m && box instanceof HTMLElement ? placeAt<TimelineTarget>(layout, { lane: -1, kind: 'scenario', index }, box, m.x + 10, -1) : undefined;
  };
  const markers: TimelineInteraction['markers'] = {
    onFocus: (index, el) => setMarkerFocus(markerTarget(index, el)),
    onBlur: () => setMarkerFocus(undefined),
    onClick: (index, el) => {
      const m = layout?.scenarioMarkers[index];
      if (m) store.getState().seek(m.t);
      const target = markerTarget(index, el);
      if (target) pin.toggle(target);
    },
  };

  const activeHover = current(hover);
  const activeMarker = current(markerFocus);
  const showFocus = focused && keyboard && activeFocus !== undefined;
  const focusTarget: Placed<TimelineTarget> | undefined = showFocus && activeFocus
    ? { ...activeFocus, value: { lane: activeFocus.value.lane, kind: 'segment', index: activeFocus.value.segment } } : undefined;
  // Hover wins, then a pinned explanation, then a focused marker button, then the keyboard focus.
  const shown = activeHover ?? activePin ?? activeMarker ?? focusTarget;
  const content = layout && shown ? describeTarget(layout, shown.value) : undefined;
  const linkTarget = [activeHover, activePin, focusTarget].find((p) => p?.value.kind === 'segment')?.value;
  const linkLane = linkTarget?.lane ?? -1;
  const linkIndex = linkTarget && linkTarget.kind !== 'label' ? linkTarget.index : -1;
  // Cheap (a few causes, one lane lookup), and the timeline only re-renders when what is pointed at changes.
  const link = layout && linkLane >= 0 ? linkForSegment(layout, linkLane, linkIndex) : undefined;
  const pinnedText = activePin && layout ? describeTarget(layout, activePin.value) : undefined;
  const focusText = focusTarget && layout ? describeTarget(layout, focusTarget.value) : undefined;
  const spoken = focusText ?? pinnedText;

  const interaction: TimelineInteraction = {
    showFocus,
    announcement: spoken ? `${spoken.title}: ${spoken.text}` : '',
    dragging,
    handlers,
    markers,
  };
  if (shown && content) interaction.tip = { content, placement: shown.placement, pinned: shown === activePin };
  if (activeFocus) interaction.focus = activeFocus.value;
  if (activePin && activePin.value.kind === 'segment') interaction.pinned = { lane: activePin.value.lane, segment: activePin.value.index };
  if (link) interaction.link = link;
  return interaction;
}
