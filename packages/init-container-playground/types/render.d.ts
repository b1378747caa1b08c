/** Options of `renderTimelineSvg`; times are milliseconds or durations such as `30s`, `1m30s`. */
export interface RenderTimelineOptions {
  /** Draws the playhead at this instant, and narrates it in the description. */
  at?: number | string;
  /** Shows only this window of time. */
  from?: number | string;
  to?: number | string;
  /** How much simulated time to cover (default: the scenario's own `until`, else up to 10 minutes). */
  until?: number | string;
  /** Width in px, 320 to 10 000 (default 720); the SVG scales down to narrower columns. */
  width?: number;
  /** `light` (default), `dark`, or `auto`: light, and dark where the page is. */
  theme?: 'light' | 'dark' | 'auto';
  /** With `auto`: `media` follows the system unless `<html>` says otherwise; `class` only `<html class="dark">` or `data-theme="dark"`. */
  darkMode?: 'media' | 'class';
  /** With `auto`: `inline` (default) includes the dark colours as a `<style>`; `external` leaves them to `style.css`. */
  stylesheet?: 'inline' | 'external';
  /** Replaces the title (default "Timeline of pod NAME"). */
  title?: string;
}

/** An SVG or HTML element as data. */
export interface SvgElementNode {
  tag: string;
  attrs: Record<string, string | number>;
  text?: string;
  children?: SvgElementNode[];
}

/** Options of the remark and markdown-it plugins. */
export interface PlaygroundPluginOptions {
  /** Base URL of a hosted playground (its `dist/`), ending in `/`; default `placeholderPlayground`. */
  playground?: string;
  /** Width of the static SVG in px (default 720). */
  width?: number;
  darkMode?: 'media' | 'class';
  stylesheet?: 'inline' | 'external';
}

/** The timeline of a scenario as SVG markup; never throws (an invalid scenario gives an error figure). */
export function renderTimelineSvg(scenarioText: string, options?: RenderTimelineOptions): string;
/** The same as an element tree. */
export function renderTimelineTree(scenarioText: string, options?: RenderTimelineOptions): SvgElementNode;
/** The rules that make `theme: 'auto'` figures dark (the content of `style.css`). */
export function autoThemeCss(): string;
/** The options of a fence info string, or undefined when it is not `yaml pod-playground …`. */
export function parseFenceInfo(info: string): Record<string, string> | undefined;
/** The figure for one fence: the element holding the static SVG and the YAML (or an error figure). */
export function fenceFigure(yaml: string, fence: Record<string, string>, plugin?: PlaygroundPluginOptions): SvgElementNode;
/** Serializes element trees as markup, every value escaped. */
export function serializeSvgNodes(nodes: readonly SvgElementNode[]): string;
/** The playground URL used until a site configures its own; elements pointing there stay static. */
export const placeholderPlayground: string;
