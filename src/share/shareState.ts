// What a share link carries: the scenario text plus the view options that differ from the
// playground's defaults. The allowed values are declared here, not imported from the
// store, because share sits below the store (docs/architecture.md).

/** The state in a share link; the caller includes only view options that differ from its defaults. */
export interface ShareState {
  /** The scenario YAML, always present. */
  text: string;
  /** Playhead in simulated ms. */
  t?: number;
  /** Playback speed, one of SHARE_SPEEDS. */
  speed?: number;
  /** Inspector tab, one of SHARE_TABS. */
  tab?: string;
  /** The container whose logs the logs tab shows. */
  logsContainer?: string;
  /** A forced colour theme ('auto' is the default, so it is never shared). */
  theme?: 'light' | 'dark';
}

/** Playback speeds a link may carry (the playback slice's choices). */
export const SHARE_SPEEDS: readonly number[] = [0.5, 1, 2, 4, 8, 16, 32, 64];

/** Inspector tabs a link may carry. */
export const SHARE_TABS: readonly string[] = ['get', 'watch', 'describe', 'status', 'logs', 'resources'];

/** Forced themes a link may carry. */
export const SHARE_THEMES: readonly string[] = ['light', 'dark'];

/** The largest scenario text (UTF-8 bytes, header included) any link may expand to: 1 MiB. */
export const MAX_SHARE_BYTES = 1024 * 1024;

/** A container name as Kubernetes allows it (RFC 1123 label). */
const containerName = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** A value quoted in a message, cut short: a crafted link may hold megabytes in one field. */
function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Why a view option is unacceptable, or undefined when it is fine. */
export function checkViewOption(key: 't' | 'speed' | 'tab' | 'logsContainer' | 'theme', value: unknown): string | undefined {
  switch (key) {
    case 't':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? undefined : `the playhead must be a whole number of ms ≥ 0 (got ${show(value)})`;
    case 'speed':
      return typeof value === 'number' && SHARE_SPEEDS.includes(value) ? undefined : `the speed must be one of ${SHARE_SPEEDS.join(', ')} (got ${show(value)})`;
    case 'tab':
      return typeof value === 'string' && SHARE_TABS.includes(value) ? undefined : `the tab must be one of ${SHARE_TABS.join(', ')} (got ${show(value)})`;
    case 'logsContainer':
      return typeof value === 'string' && containerName.test(value) ? undefined : `the logs container must be a container name (got ${show(value)})`;
    case 'theme':
      return typeof value === 'string' && SHARE_THEMES.includes(value) ? undefined : `the theme must be light or dark (got ${show(value)})`;
  }
}

/** Whether `value` is a ShareState every field of which a link may carry (tests and callers use it). */
export function isValidShareState(value: ShareState): boolean {
  if (typeof value.text !== 'string') return false;
  const keys = ['t', 'speed', 'tab', 'logsContainer', 'theme'] as const;
  return keys.every((key) => value[key] === undefined || checkViewOption(key, value[key]) === undefined);
}
