// Share links: the scenario and its non-default view options in the URL fragment, which
// never reaches a server (no 414s, nothing logged). Every fragment starts with its format
// version, and every format ever shipped keeps a decoder here, so old links keep opening.
import { decodeV1, encodeV1 } from './formatV1';
import { linkErrors, MAX_FRAGMENT_CHARS, type DecodeShareResult } from './linkErrors';
import type { ShareState } from './shareState';

export type { DecodeShareResult } from './linkErrors';
export { MAX_FRAGMENT_CHARS } from './linkErrors';
export { MAX_SHARE_BYTES, SHARE_SPEEDS, SHARE_TABS, SHARE_THEMES, isValidShareState, type ShareState } from './shareState';

/** The format new links are written in. */
export const CURRENT_SHARE_VERSION = 1;

/** Links longer than this are awkward in chat and issue trackers; the share dialog warns. */
export const LONG_LINK_CHARS = 2000;

/** Decoders by format version; append only: a shipped version is never removed. */
const decoders: ReadonlyMap<number, (body: string) => DecodeShareResult> = new Map([[1, decodeV1]]);
const knownVersions = [...decoders.keys()];

const versioned = /^s([1-9][0-9]{0,5})\.([\s\S]*)$/;

/** The URL fragment (without '#') for `state`, in the current format; deterministic. */
export function encodeShareState(state: ShareState): string {
  return `s${CURRENT_SHARE_VERSION}.${encodeV1(state)}`;
}

/** Reads a fragment (with or without the leading '#'); never throws, whatever the input. */
export function decodeShareState(fragment: string): DecodeShareResult {
  if (typeof fragment !== 'string') return { ok: false, error: linkErrors.notShare };
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (body.length > MAX_FRAGMENT_CHARS) return { ok: false, error: linkErrors.tooLong };
  if (body === '') return { ok: false, error: linkErrors.empty };
  const match = versioned.exec(body);
  if (!match) return { ok: false, error: linkErrors.notShare };
  const version = Number(match[1]);
  const decoder = decoders.get(version);
  if (decoder) return decoder(match[2] ?? '');
  if (version > CURRENT_SHARE_VERSION) return { ok: false, error: linkErrors.newer(version, knownVersions) };
  return { ok: false, error: linkErrors.unknown(version, knownVersions) };
}

/** Whether a fragment looks like a share link at all (so other hash routes can coexist). */
export function isShareFragment(fragment: string): boolean {
  return /^#?s[1-9][0-9]{0,5}\./.test(fragment);
}

/** `base` (e.g. `https://host/path/`, any fragment dropped) + '#' + the state's fragment. */
export function shareUrl(base: string, state: ShareState): string {
  const hash = base.indexOf('#');
  return `${hash === -1 ? base : base.slice(0, hash)}#${encodeShareState(state)}`;
}

/** Whether a link is long enough to get mangled or refused in chat (over LONG_LINK_CHARS). */
export function isLongLink(url: string): boolean {
  return url.length > LONG_LINK_CHARS;
}
