// Share format s1. Fragment: `s1.` + base64url(raw deflate, level 9, preset dictionary
// dictionaryV1Text) of this payload:
//
//   payload = field* 0x00 text       text: the scenario as UTF-8, to the end
//   field   = tag:u8 length:varint value[length]
//   tags    1 t (varint ms) · 2 speed (ASCII decimal) · 3 tab · 4 logsContainer · 5 theme (UTF-8)
//
// With no view options the header is the single 0x00. Readers skip unknown tags, so a later
// s1 writer may add fields; anything that old readers must not misread needs s2.
import { deflateSync } from 'fflate';
import { encodeBase64Url, decodeBase64Url } from './base64url';
import { inflateBounded } from './boundedInflate';
import { dictionaryV1Text } from './dictionaryV1';
import { linkErrors, type DecodeShareResult } from './linkErrors';
import { checkViewOption, MAX_SHARE_BYTES, type ShareState } from './shareState';
import { encodeVarint, readVarint } from './varint';

const dictionary = new TextEncoder().encode(dictionaryV1Text);
// ignoreBOM keeps a leading U+FEFF in the text instead of silently eating it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const stringTags = new Map<number, 'speed' | 'tab' | 'logsContainer' | 'theme'>([[2, 'speed'], [3, 'tab'], [4, 'logsContainer'], [5, 'theme']]);

/** Encodes the state as an s1 payload (the part after `s1.`); throws on invalid view options. */
export function encodeV1(state: ShareState): string {
  const header: number[] = [];
  const field = (tag: number, value: ArrayLike<number>): void => {
    header.push(tag, ...encodeVarint(value.length), ...Array.from(value));
  };
  const text = (s: string): Uint8Array => new TextEncoder().encode(s);
  if (state.t !== undefined) {
    const t = Math.round(state.t);
    mustBeValid('t', t);
    field(1, encodeVarint(t));
  }
  if (state.speed !== undefined) field(2, text(String(mustBeValid('speed', state.speed))));
  if (state.tab !== undefined) field(3, text(mustBeValid('tab', state.tab)));
  if (state.logsContainer !== undefined) field(4, text(mustBeValid('logsContainer', state.logsContainer)));
  if (state.theme !== undefined) field(5, text(mustBeValid('theme', state.theme)));
  header.push(0);
  const body = text(state.text);
  const payload = new Uint8Array(header.length + body.length);
  payload.set(header);
  payload.set(body, header.length);
  return encodeBase64Url(deflateSync(payload, { level: 9, dictionary }));
}

/** Decodes an s1 payload (the part after `s1.`); never throws. */
export function decodeV1(body: string): DecodeShareResult {
  const compressed = decodeBase64Url(body);
  if (!compressed) return { ok: false, error: linkErrors.damaged };
  const inflated = inflateBounded(compressed, dictionary, MAX_SHARE_BYTES);
  if (!inflated.ok) return { ok: false, error: inflated.reason === 'too-large' ? linkErrors.tooLarge : linkErrors.damaged };
  const payload = inflated.bytes;
  const state: Partial<ShareState> = {};
  const warnings: string[] = [];
  let at = 0;
  for (;;) {
    const tag = payload[at];
    if (tag === undefined) return { ok: false, error: linkErrors.damaged };
    at += 1;
    if (tag === 0) break;
    const length = readVarint(payload, at);
    if (!length || length.next + length.value > payload.length) return { ok: false, error: linkErrors.damaged };
    const value = payload.subarray(length.next, length.next + length.value);
    at = length.next + length.value;
    const warning = readField(tag, value, state);
    if (warning) warnings.push(`Ignored a view option in this link: ${warning}.`);
  }
  let text: string;
  try {
    text = utf8.decode(payload.subarray(at));
  } catch {
    return { ok: false, error: linkErrors.damaged };
  }
  return { ok: true, state: { ...state, text }, version: 1, warnings };
}

/** Stores one header field in `state`; returns why it was dropped, if it was. */
function readField(tag: number, value: Uint8Array, state: Partial<ShareState>): string | undefined {
  if (tag === 1) {
    const t = readVarint(value, 0);
    if (!t || t.next !== value.length) return 'the playhead is not a valid number';
    state.t = t.value;
    return undefined;
  }
  const key = stringTags.get(tag);
  if (key === undefined) return undefined; // a field from a later s1 writer: skipped
  let text: string;
  try {
    text = utf8.decode(value);
  } catch {
    return `the ${key} is not text`;
  }
  const parsed: string | number = key === 'speed' ? parseSpeed(text) : text;
  // A speed that is not a number is reported as the text it was, not as NaN.
  const problem = checkViewOption(key, Number.isNaN(parsed) ? text : parsed);
  if (problem) return problem;
  if (key === 'speed') state.speed = parsed as number;
  else if (key === 'theme') state.theme = parsed as 'light' | 'dark';
  else state[key] = parsed as string;
  return undefined;
}

/** The speed written as decimal text; NaN for anything that is not a plain decimal. */
function parseSpeed(text: string): number {
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
}

/** Returns `value` when it may be shared; throws otherwise (callers pass store values). */
function mustBeValid<T>(key: 't' | 'speed' | 'tab' | 'logsContainer' | 'theme', value: T): T {
  const problem = checkViewOption(key, value);
  if (problem) throw new RangeError(`encodeShareState: ${problem}`);
  return value;
}
