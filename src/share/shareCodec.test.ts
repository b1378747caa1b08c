import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gallery } from '../scenario/gallery';
import { dictionaryV1Text } from './dictionaryV1';
import { goldenLinks } from './golden';
import { decodeShareState, encodeShareState, isLongLink, isShareFragment, LONG_LINK_CHARS, MAX_SHARE_BYTES, SHARE_SPEEDS, SHARE_TABS, shareUrl, type ShareState } from './shareCodec';
import { bytesOf, makeV1Fragment } from './testing';

/** FNV-1a over UTF-16 code units: enough to notice any edit of the frozen dictionary. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const viewOptions = fc.record(
  {
    t: fc.nat({ max: 24 * 3_600_000 }),
    speed: fc.constantFrom(...SHARE_SPEEDS),
    tab: fc.constantFrom(...SHARE_TABS),
    logsContainer: fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,20}[a-z0-9])?$/),
    theme: fc.constantFrom('light' as const, 'dark' as const),
  },
  { requiredKeys: [] },
);

describe('golden share links', () => {
  it.each(goldenLinks.map((g) => [g.name, g] as const))('opens "%s" to its exact state', (_name, golden) => {
    expect(decodeShareState(`#${golden.fragment}`)).toEqual({ ok: true, state: golden.state, version: 1, warnings: [] });
  });

  it.each(goldenLinks.map((g) => [g.name, g] as const))('re-encodes "%s" to the same fragment', (_name, golden) => {
    // If an fflate upgrade changes its output, old links still open (test above); only this one fails.
    expect(encodeShareState(golden.state)).toBe(golden.fragment);
  });

  it('keeps the v1 dictionary byte for byte', () => {
    expect([dictionaryV1Text.length, fnv1a(dictionaryV1Text)]).toEqual([3680, 738283865]);
  });
});

describe('encodeShareState and decodeShareState', () => {
  it.each(gallery.map((g) => [g.id, g.yaml] as const))('round-trips the %s scenario with no view options', (_id, text) => {
    expect(decodeShareState(encodeShareState({ text }))).toEqual({ ok: true, state: { text }, version: 1, warnings: [] });
  });

  it('round-trips every gallery scenario with random view options', () => {
    fc.assert(
      fc.property(fc.constantFrom(...gallery.map((g) => g.yaml)), viewOptions, (text, options) => {
        const state: ShareState = { text, ...options };
        const fragment = encodeShareState(state);
        expect(fragment).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
        expect(decodeShareState(fragment)).toEqual({ ok: true, state, version: 1, warnings: [] });
      }),
      { seed: 20240601, numRuns: 400 },
    );
  });

  it('round-trips any well-formed Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(decodeShareState(encodeShareState({ text }))).toMatchObject({ ok: true, state: { text } });
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('writes the same fragment for the same state whatever the key order', () => {
    const text = gallery[0]?.yaml ?? '';
    expect(encodeShareState({ theme: 'dark', tab: 'logs', text, t: 5 })).toBe(encodeShareState({ text, t: 5, tab: 'logs', theme: 'dark' }));
  });

  it('rounds a fractional playhead to whole milliseconds', () => {
    expect(decodeShareState(encodeShareState({ text: 'x', t: 1234.6 }))).toMatchObject({ ok: true, state: { text: 'x', t: 1235 } });
  });

  it.each([
    ['a negative playhead', { text: 'x', t: -1 }],
    ['an infinite playhead', { text: 'x', t: Infinity }],
    ['a speed not offered', { text: 'x', speed: 3 }],
    ['an unknown tab', { text: 'x', tab: 'events' }],
    ['an invalid container name', { text: 'x', logsContainer: 'Not A Name' }],
    ['the auto theme', { text: 'x', theme: 'auto' as 'light' }],
  ])('refuses to encode %s', (_what, state: ShareState) => {
    expect(() => encodeShareState(state)).toThrow(RangeError);
  });

  it('makes a short link from the docs example', () => {
    expect(encodeShareState({ text: gallery[0]?.yaml ?? '' }).length).toBeLessThan(200);
  });
});

describe('decodeShareState on links it cannot open', () => {
  const valid = goldenLinks[2]?.fragment ?? '';
  it.each([
    ['an empty fragment', '', /no scenario/],
    ['a bare #', '#', /no scenario/],
    ['another hash route', '#example/nginx-emptydir', /does not hold a playground scenario/],
    ['a link from a newer version', 's9.abc', /^This link was made by a newer version of the playground \(format s9\); this version reads s1\.$/],
    ['a link from a far newer version', `s42.${valid.slice(3)}`, /format s42/],
    ['a truncated link', valid.slice(0, valid.length - 10), /damaged/],
    ['a link cut after the prefix', 's1.', /damaged/],
    ['characters outside base64url', `${valid}!`, /damaged/],
    ['base64 padding', `${valid}==`, /damaged/],
    ['an impossible base64 length', 's1.AAAAA', /damaged/],
    ['a fragment over 100 000 characters', `s1.${'A'.repeat(100_000)}`, /too long/],
  ])('explains %s', (_what, fragment, message) => {
    const result = decodeShareState(fragment);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses a payload with no end of header, or text that is not UTF-8', () => {
    expect(decodeShareState(makeV1Fragment(bytesOf(1, 1, 5)))).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) });
    expect(decodeShareState(makeV1Fragment(bytesOf(0, 'ok', 0xff, 0xfe)))).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) });
    expect(decodeShareState(makeV1Fragment(bytesOf(3, 40, 'logs', 0, 'x')))).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) });
  });

  it('skips header fields it does not know', () => {
    expect(decodeShareState(makeV1Fragment(bytesOf(9, 3, 'new', 1, 1, 7, 0, 'text')))).toEqual({ ok: true, state: { text: 'text', t: 7 }, version: 1, warnings: [] });
  });

  it('drops invalid view options with a warning and keeps the scenario', () => {
    const result = decodeShareState(makeV1Fragment(bytesOf(2, 1, '3', 3, 6, 'events', 4, 3, 'A B', 5, 4, 'auto', 1, 2, 0x80, 0x00, 0, 'text')));
    expect(result).toMatchObject({ ok: true, state: { text: 'text' } });
    if (result.ok) {
      expect(Object.keys(result.state)).toEqual(['text']);
      expect(result.warnings).toHaveLength(5);
      expect(result.warnings[0]).toMatch(/speed must be one of 0\.5, 1, 2, 4, 8, 16, 32, 64/);
    }
  });

  it('opens a payload of exactly 1 MiB and refuses one byte more', () => {
    const exact = new Uint8Array(MAX_SHARE_BYTES).fill(0x61);
    exact[0] = 0;
    expect(decodeShareState(makeV1Fragment(exact))).toMatchObject({ ok: true });
    const over = new Uint8Array(MAX_SHARE_BYTES + 1).fill(0x61);
    over[0] = 0;
    expect(decodeShareState(makeV1Fragment(over))).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });

  // How fast the refusal is, is a figure of `npm run bench` ("share: refuse a link that inflates to 64 MiB");
  // that inflating stops just past the cap is tested in boundedInflate.test.ts.
  it('refuses a short link that inflates to 8 MiB', () => {
    const bomb = new Uint8Array(8 * MAX_SHARE_BYTES).fill(0x61);
    bomb[0] = 0;
    const fragment = makeV1Fragment(bomb, 1);
    expect(fragment.length).toBeLessThan(LONG_LINK_CHARS * 25);
    expect(decodeShareState(fragment)).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });
});

describe('shareUrl, isLongLink and isShareFragment', () => {
  it('appends the fragment to the base, replacing any fragment the base had', () => {
    const fragment = encodeShareState({ text: 'x' });
    expect(shareUrl('https://example.dev/play/', { text: 'x' })).toBe(`https://example.dev/play/#${fragment}`);
    expect(shareUrl('https://example.dev/play/#old', { text: 'x' })).toBe(`https://example.dev/play/#${fragment}`);
  });

  it('calls a link long above 2000 characters', () => {
    expect(isLongLink('x'.repeat(LONG_LINK_CHARS))).toBe(false);
    expect(isLongLink('x'.repeat(LONG_LINK_CHARS + 1))).toBe(true);
  });

  it('recognises share fragments with or without #', () => {
    expect([isShareFragment('#s1.abc'), isShareFragment('s12.x'), isShareFragment('#example/x'), isShareFragment('s0.x')]).toEqual([true, true, false, false]);
  });
});
