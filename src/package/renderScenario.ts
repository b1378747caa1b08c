// `renderTimelineSvg(scenarioText, options)` of the installable package: the playground's timeline
// as one SVG element that needs no browser, no stylesheet and no script. It carries a <title> and a
// <desc> with the narration `cli explain` prints, so screen readers, print and search engines get
// the story. It never throws: an invalid scenario or option becomes an error figure.
import { analyzeScenario } from '../engine/simulate';
import { explainLines } from '../engine/views/explainLines';
import { layoutTimeline } from '../render/layoutTimeline';
import { serializeSvgNodes, timelineSceneNodes, type SvgElementNode } from '../render/renderStaticSvg';
import { timelineMonoFont } from '../render/timelineTheme';
import { isRejection } from '../scenario/trace';
import { parseSeconds } from '../cli/args';
import { errorFigure } from './errorFigure';
import { autoClass, autoThemeCss, inlineClassStyles, type FigureTheme } from './inlineStyles';

/** Options of `renderTimelineSvg`; times are milliseconds or durations such as `30s`, `1m30s`. */
export interface RenderTimelineOptions {
  /** Draws the playhead at this instant, and narrates it in the description. */
  at?: number | string;
  /** Shows only this window of time (zoomed, as in the playground). */
  from?: number | string;
  to?: number | string;
  /** How much simulated time to cover (default: the scenario's own `until`, else up to 10 minutes). */
  until?: number | string;
  /** Width in px (320 to 10 000, default 720); the SVG scales down to narrower columns. */
  width?: number;
  /** `light`, `dark` or `auto` (light, dark where the page is: see autoThemeCss). Default `light`. */
  theme?: FigureTheme;
  /** With theme `auto`: `media` follows the system unless `<html>` says otherwise; `class` only `<html class="dark">`/`data-theme`. */
  darkMode?: 'media' | 'class';
  /** With theme `auto`: `inline` (default) includes the dark colours as a `<style>`; `external` relies on the page's (autoThemeCss, style.css). */
  stylesheet?: 'inline' | 'external';
  /** Replaces the title (default: "Timeline of pod NAME"). */
  title?: string;
}

function milliseconds(v: number | string | undefined, name: string, errors: string[]): number | undefined {
  if (v === undefined) return undefined;
  const ms = typeof v === 'number' ? v : parseSeconds(v);
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) errors.push(`${name} must be a duration such as 30s or 1m30s (got ${String(v)})`);
  return ms;
}

/** The timeline of a scenario as an SVG element tree (see renderTimelineSvg). */
export function renderTimelineTree(scenarioText: string, options: RenderTimelineOptions = {}): SvgElementNode {
  const theme: FigureTheme = options.theme ?? 'light';
  const width = options.width ?? 720;
  const errors: string[] = [];
  if (theme !== 'light' && theme !== 'dark' && theme !== 'auto') errors.push(`theme must be light, dark or auto (got ${String(theme)})`);
  if (!(width >= 320 && width <= 10_000)) errors.push(`width must be 320 to 10000 px (got ${String(width)})`);
  const at = milliseconds(options.at, 'at', errors);
  const from = milliseconds(options.from, 'from', errors);
  const to = milliseconds(options.to, 'to', errors);
  const until = milliseconds(options.until, 'until', errors);
  if (until === 0) errors.push('until must be more than 0s');
  if (from !== undefined && to !== undefined && to <= from) errors.push('to must be later than from');
  const mode = options.darkMode ?? 'media';
  const figure = { width: Math.min(Math.max(width, 320), 10_000), theme: theme === 'dark' || theme === 'auto' ? theme : 'light' as const, autoClass: autoClass[mode] };
  if (errors.length) return errorFigure('These options cannot be used', errors, figure);
  try {
    const { result, model } = analyzeScenario(scenarioText, until === undefined ? {} : { until });
    if (isRejection(result) || !model) {
      const lines = isRejection(result)
        ? result.errors.map((e) => `line ${e.line}, column ${e.column}: ${e.path ? `${e.path}: ` : ''}${e.message}`)
        : ['the scenario has no pod'];
      return errorFigure('This scenario is not valid', lines, figure);
    }
    const window = from === undefined && to === undefined ? undefined : { from: from ?? 0, to: Math.min(to ?? result.horizon, result.horizon) };
    const layout = layoutTimeline(result, model.pod, { width, ...(window ? { window } : {}) });
    const instant = at === undefined ? undefined : Math.min(at, result.horizon);
    const scene = timelineSceneNodes(layout, { hatchId: `icp-hatch-${theme}`, ...(instant === undefined ? {} : { at: instant }) });
    const root: SvgElementNode = {
      tag: 'svg',
      attrs: {
        xmlns: 'http://www.w3.org/2000/svg',
        class: theme === 'auto' ? `tl-svg icp-timeline ${autoClass[mode]}` : 'tl-svg icp-timeline',
        width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'img',
        style: 'max-width: 100%; height: auto;',
      },
      children: [
        { tag: 'title', attrs: {}, text: options.title ?? `Timeline of pod ${result.pod}` },
        { tag: 'desc', attrs: {}, text: explainLines(result, instant === undefined ? {} : { at: instant }).join('\n') },
        ...(theme === 'auto' && options.stylesheet !== 'external' ? [{ tag: 'style', attrs: {}, text: autoThemeCss() }] : []),
        ...scene,
      ],
    };
    return inlineClassStyles(root, theme);
  } catch (e) {
    // A fault of the simulator must not break a docs build: the figure says what went wrong.
    return errorFigure('This scenario could not be simulated', [e instanceof Error ? e.message : String(e)], figure);
  }
}

/** The timeline of a scenario as SVG markup (an `<svg>` element, valid inline in HTML and as a file). */
export function renderTimelineSvg(scenarioText: string, options: RenderTimelineOptions = {}): string {
  return serializeSvgNodes([renderTimelineTree(scenarioText, options)]);
}

/** The font the labels are measured for, for pages that style the figure themselves. */
export const figureFont = timelineMonoFont;
