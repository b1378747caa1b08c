// The timeline as an SVG that plays itself: a playhead sweeps the window of time, the future is
// veiled until it passes, and a clock steps through the times. CSS animation only, no script, no
// event handler, no foreignObject, so it plays where only images are allowed (<img>, a GitHub
// README). Built on the static document, whose drawing it leaves as it is; the final state is the
// unanimated one, so readers who ask for reduced motion see the whole window at once.
import { clockText, clockTimes } from './animateClock';
import { renderTimelineSvg, serializeSvgNodes, type StaticSvgOptions } from './renderStaticSvg';
import { node, playheadTop, type SvgNode } from './svgScene';
import { darkPalette, lightPalette } from './timelineTheme';
import type { TimelineLayout } from './timelineTypes';

/** Options of `renderAnimatedTimelineSvg`: those of the static SVG without its still playhead, and the timing. */
export interface AnimatedSvgOptions extends Omit<StaticSvgOptions, 'at'> {
  /** Seconds the playhead takes to cross the window; by default about 8 s of simulated time per second, 4 to 12 s. */
  duration?: number;
  /** Seconds the whole window stays shown before the animation starts again (default 2.5). */
  hold?: number;
}

/** How one loop of the animation is spent, in seconds. */
export interface AnimationTiming {
  /** The start, before the playhead moves. */
  lead: number;
  play: number;
  hold: number;
  total: number;
}

/** The timing of one loop for a layout's window. */
export function animationTiming(layout: Pick<TimelineLayout, 'from' | 'to'>, options: Pick<AnimatedSvgOptions, 'duration' | 'hold'> = {}): AnimationTiming {
  const span = layout.to - layout.from;
  const play = options.duration ?? Math.round(Math.min(12, Math.max(4, span / 8000)) * 10) / 10;
  const hold = options.hold ?? 2.5;
  const lead = 0.4;
  return { lead, play, hold, total: Math.round((lead + play + hold) * 1000) / 1000 };
}

/** Row height of the clock strip: one label per row, one row shown through the clock's window. */
const clockRow = 26;
/** At most this many clock labels per second of play, so the clock can be read. */
const clockRate = 5;

const pct = (seconds: number, total: number) => `${Math.round((seconds / total) * 100_000) / 1000}%`;

/** Renders a layout as a standalone SVG document whose playhead plays the window of time, looping with a pause at the end. */
export function renderAnimatedTimelineSvg(layout: TimelineLayout, options: AnimatedSvgOptions): string {
  const { duration, hold, ...staticOptions } = options;
  const timing = animationTiming(layout, { ...(duration === undefined ? {} : { duration }), ...(hold === undefined ? {} : { hold }) });
  const times = clockTimes(layout.from, layout.to, Math.max(2, Math.floor(timing.play * clockRate)));
  const still = renderTimelineSvg(layout, staticOptions);
  const end = still.lastIndexOf('</svg>');
  return `${still.slice(0, end)}${animationStyle(layout, options.theme, timing, times)}${animationMarkup(layout, times)}${still.slice(end)}`;
}

/** The sweep's distance: from the plot's left edge (the window's start) to its right edge. */
const sweep = (layout: TimelineLayout) => Math.round((layout.plotRight - layout.labelWidth) * 10) / 10;

function animationStyle(layout: TimelineLayout, theme: 'light' | 'dark', timing: AnimationTiming, times: readonly number[]): string {
  const palette = theme === 'dark' ? darkPalette : lightPalette;
  const { lead, play, total } = timing;
  const d = sweep(layout);
  const gone = layout.width - layout.labelWidth;
  const span = Math.max(1, layout.to - layout.from);
  // One keyframe per clock label, held (step-end) until the playhead reaches the next one.
  const clockFrames = times.map((t, k) => `${k === 0 ? '0%' : pct(lead + ((t - layout.from) / span) * play, total)} { transform: translateY(${-k * clockRow}px); }`);
  const last = -(times.length - 1) * clockRow;
  return '<style>'
    + `.tl-anim { animation-duration: ${total}s; animation-iteration-count: infinite; animation-fill-mode: both; }\n`
    + `.tl-anim-curtain { fill: ${palette['bg']}; fill-opacity: 0.82; transform: translateX(${gone}px); animation-name: tl-unveil; animation-timing-function: linear; }\n`
    + `.tl-anim-playhead { transform: translateX(${d}px); animation-name: tl-sweep; animation-timing-function: linear; }\n`
    + `.tl-anim-clock { transform: translateY(${last}px); animation-name: tl-clock; animation-timing-function: step-end; }\n`
    + `.tl-anim-clock-text { fill: ${palette['text']}; font-size: 11px; font-weight: 600; }\n`
    + `@keyframes tl-sweep { 0%, ${pct(lead, total)} { transform: translateX(0px); } ${pct(lead + play, total)}, 100% { transform: translateX(${d}px); } }\n`
    // The veil keeps pace with the playhead, then leaves the drawing whole: a marker on the plot's right edge reaches past it.
    + `@keyframes tl-unveil { 0%, ${pct(lead, total)} { transform: translateX(0px); } ${pct(lead + play, total)} { transform: translateX(${d}px); } ${pct(lead + play + 0.01, total)}, 100% { transform: translateX(${gone}px); } }\n`
    + `@keyframes tl-clock { ${clockFrames.join(' ')} 100% { transform: translateY(${last}px); } }\n`
    // Reduced motion: no animation, so the final state (the whole window, the clock at its end) shows.
    + '@media (prefers-reduced-motion: reduce) { .tl-anim { animation: none; } }'
    + '</style>';
}

function animationMarkup(layout: TimelineLayout, times: readonly number[]): string {
  const x0 = layout.labelWidth;
  // The veil covers the marker row and the lanes right of the playhead; it slides out with it.
  const veil = node('rect', { class: 'tl-anim tl-anim-curtain', x: x0, y: layout.axisHeight, width: layout.width - x0, height: layout.height - layout.axisHeight });
  const playhead = node('line', { class: 'tl-playhead-line tl-anim tl-anim-playhead', x1: x0, x2: x0, y1: playheadTop(layout), y2: layout.height });
  const labels: SvgNode[] = times.map((t, k) =>
    node('text', { class: 'tl-anim-clock-text', x: layout.badgeX + 2, y: layout.axisHeight - 9.5 + k * clockRow }, undefined, clockText(t)));
  // The clock sits in the axis row's empty corner; a nested viewport one row high shows one label of the strip at a time.
  const clock = `<svg class="tl-anim-clock-window" x="0" y="0" width="${layout.labelWidth - 4}" height="${playheadTop(layout)}" overflow="hidden">`
    + `${serializeSvgNodes([node('g', { class: 'tl-anim tl-anim-clock' }, labels)])}</svg>`;
  return serializeSvgNodes([veil, playhead]) + clock;
}
