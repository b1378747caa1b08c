// Embed settings live in the query string, where docs authors type them by hand
// (`embed.html?autoplay=1&speed=16`); the scenario stays in the hash. A bad value yields an
// error card naming the parameter and what it accepts, never a crashed page.
import { formatGoDuration, parseGoDuration } from '../engine/manifest/duration';
import { KUBERNETES_VERSIONS, type KubernetesVersion } from '../engine/version/versions';
import { SHARE_SPEEDS } from './shareState';

/** Settings of an embedded playground, from its URL's query. */
export interface EmbedOptions {
  theme: 'auto' | 'light' | 'dark';
  view: 'timeline' | 'split';
  readonly: boolean;
  autoplay: boolean;
  /** Playback speed, one of SHARE_SPEEDS. */
  speed: number;
  /** Where the playhead starts, in simulated ms. */
  start: number;
  controls: boolean;
  /** "Guess first": playback stops before each change and asks what happens next. */
  predict: boolean;
  /** Parent origins whose messages are obeyed; empty means any. */
  origins: string[];
  /** The Kubernetes version to run the scenario on, written into its Scenario document; undefined: as the scenario says. */
  version?: KubernetesVersion;
}

/** The settings an embed has when its query says nothing. */
export const DEFAULT_EMBED_OPTIONS: Readonly<EmbedOptions> = Object.freeze({
  theme: 'auto',
  view: 'timeline',
  readonly: false,
  autoplay: false,
  speed: 4,
  start: 0,
  controls: true,
  predict: false,
  origins: [],
});

/** The result of reading embed settings: every problem is listed in `error`. */
export type EmbedOptionsResult = { ok: true; options: EmbedOptions } | { ok: false; error: string };

const themes = ['auto', 'light', 'dark'] as const;
const views = ['timeline', 'split'] as const;
const truthy = ['', '1', 'true', 'yes', 'on'];
const falsy = ['0', 'false', 'no', 'off'];

/** Reads the embed settings from `url`'s query; unknown parameters are ignored. */
export function parseEmbedOptions(url: URL): EmbedOptionsResult {
  const q = url.searchParams;
  const options: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS, origins: [] };
  const errors: string[] = [];
  const read = (name: string, parse: (value: string) => string | undefined): void => {
    const value = q.get(name);
    if (value === null) return;
    const problem = parse(value.trim());
    if (problem) errors.push(`"${name}" ${problem} (got "${value.length > 40 ? `${value.slice(0, 40)}…` : value}").`);
  };
  const oneOf = <T extends string>(allowed: readonly T[], set: (v: T) => void) => (value: string) => {
    const found = allowed.find((a) => a === value.toLowerCase());
    if (found === undefined) return `must be one of ${allowed.join(', ')}`;
    set(found);
    return undefined;
  };
  const flag = (set: (v: boolean) => void) => (value: string) => {
    const v = value.toLowerCase();
    if (truthy.includes(v)) set(true);
    else if (falsy.includes(v)) set(false);
    else return 'must be 1 or 0 (true or false)';
    return undefined;
  };
  read('theme', oneOf(themes, (v) => (options.theme = v)));
  read('view', oneOf(views, (v) => (options.view = v)));
  read('readonly', flag((v) => (options.readonly = v)));
  read('autoplay', flag((v) => (options.autoplay = v)));
  read('controls', flag((v) => (options.controls = v)));
  read('predict', flag((v) => (options.predict = v)));
  read('version', oneOf(KUBERNETES_VERSIONS, (v) => (options.version = v)));
  read('speed', (value) => {
    const speed = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (!SHARE_SPEEDS.includes(speed)) return `must be one of ${SHARE_SPEEDS.join(', ')}`;
    options.speed = speed;
    return undefined;
  });
  read('start', (value) => {
    const ms = parseGoDuration(value);
    if (ms === undefined || ms < 0 || !Number.isSafeInteger(ms) || value.startsWith('-')) return 'must be a duration such as 30s, 1m30s or 500ms, or a number of seconds';
    options.start = ms;
    return undefined;
  });
  read('origins', (value) => {
    const origins = value.split(',').map((o) => o.trim()).filter((o) => o !== '');
    const parsed = origins.map(normalizeOrigin);
    const bad = origins.filter((_, i) => parsed[i] === undefined);
    if (bad.length > 0) return `must be comma-separated origins such as https://docs.example.com; not an origin: ${bad.join(', ')}`;
    options.origins = [...new Set(parsed.filter((o): o is string => o !== undefined))];
    return undefined;
  });
  return errors.length === 0 ? { ok: true, options } : { ok: false, error: `This embed's settings are invalid: ${errors.join(' ')}` };
}

/** `scheme://host[:port]` for an http(s) origin, tolerating a trailing slash; undefined otherwise. */
function normalizeOrigin(text: string): string | undefined {
  if (!/^https?:\/\/[^/?#\s]+\/?$/i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.username || url.password ? undefined : url.origin;
  } catch {
    return undefined;
  }
}

/** The query (without '?') holding only the non-default values of `given`, for embed snippets. */
export function embedQuery(given: Partial<EmbedOptions>): string {
  const d = DEFAULT_EMBED_OPTIONS;
  const options: EmbedOptions = { ...d, ...given };
  const pairs: [string, string][] = [];
  if (options.theme !== d.theme) pairs.push(['theme', options.theme]);
  if (options.view !== d.view) pairs.push(['view', options.view]);
  if (options.readonly !== d.readonly) pairs.push(['readonly', options.readonly ? '1' : '0']);
  if (options.autoplay !== d.autoplay) pairs.push(['autoplay', options.autoplay ? '1' : '0']);
  if (options.speed !== d.speed) pairs.push(['speed', String(options.speed)]);
  if (options.start !== d.start) pairs.push(['start', formatGoDuration(options.start)]);
  if (options.controls !== d.controls) pairs.push(['controls', options.controls ? '1' : '0']);
  if (options.predict !== d.predict) pairs.push(['predict', options.predict ? '1' : '0']);
  if (options.origins.length > 0) pairs.push(['origins', options.origins.join(',')]);
  if (options.version !== undefined) pairs.push(['version', options.version]);
  // ':', '/' and ',' are legal in a query: left readable, so authors can edit the snippet.
  const encode = (s: string) => encodeURIComponent(s).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',');
  return pairs.map(([k, v]) => `${k}=${encode(v)}`).join('&');
}
