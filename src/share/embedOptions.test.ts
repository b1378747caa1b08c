import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, embedQuery, parseEmbedOptions, type EmbedOptions } from './embedOptions';
import { SHARE_SPEEDS } from './shareState';

const parse = (query: string) => parseEmbedOptions(new URL(`https://play.example/embed.html${query}#s1.abc`));

describe('parseEmbedOptions', () => {
  it('gives the defaults for an empty query and ignores unknown parameters', () => {
    expect(parse('')).toEqual({ ok: true, options: DEFAULT_EMBED_OPTIONS });
    expect(parse('?utm_source=docs&foo=bar')).toEqual({ ok: true, options: DEFAULT_EMBED_OPTIONS });
  });

  it('reads every parameter', () => {
    expect(parse('?theme=dark&view=split&readonly=1&autoplay=true&speed=16&start=1m30s&controls=0&predict=1&origins=https://docs.example.com,http://localhost:3000/')).toEqual({
      ok: true,
      options: { theme: 'dark', view: 'split', readonly: true, autoplay: true, speed: 16, start: 90_000, controls: false, predict: true, origins: ['https://docs.example.com', 'http://localhost:3000'] },
    });
  });

  it.each([
    ['?autoplay', { autoplay: true }],
    ['?autoplay=', { autoplay: true }],
    ['?readonly=FALSE', { readonly: false }],
    ['?predict', { predict: true }],
    ['?theme=Light', { theme: 'light' }],
    ['?speed=0.5', { speed: 0.5 }],
    ['?start=45', { start: 45_000 }],
    ['?start=2.5', { start: 2_500 }],
    ['?start=500ms', { start: 500 }],
    ['?start=0s', { start: 0 }],
    ['?origins=', { origins: [] }],
    ['?origins=https://a.example,https://a.example/', { origins: ['https://a.example'] }],
  ])('reads %s', (query, expected) => {
    expect(parse(query)).toEqual({ ok: true, options: { ...DEFAULT_EMBED_OPTIONS, ...expected } });
  });

  it.each([
    ['?theme=blue', /"theme" must be one of auto, light, dark \(got "blue"\)/],
    ['?view=editor', /"view" must be one of timeline, split/],
    ['?autoplay=maybe', /"autoplay" must be 1 or 0/],
    ['?predict=quiz', /"predict" must be 1 or 0/],
    ['?speed=3', /"speed" must be one of 0\.5, 1, 2, 4, 8, 16, 32, 64 \(got "3"\)/],
    ['?speed=1e1', /"speed" must be one of/],
    ['?start=-5s', /"start" must be a duration such as 30s/],
    ['?start=soon', /"start" must be a duration/],
    ['?origins=docs.example.com', /"origins" must be comma-separated origins.*not an origin: docs\.example\.com/],
    ['?origins=https://a.example/path', /not an origin: https:\/\/a\.example\/path/],
    ['?origins=javascript:alert(1)', /not an origin/],
  ])('explains the bad value in %s', (query, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('lists every bad parameter at once', () => {
    const result = parse('?theme=x&speed=x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/"theme".*"speed"/);
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('theme', 'view', 'readonly', 'autoplay', 'speed', 'start', 'controls', 'predict', 'origins', 'x'), fc.string({ unit: 'binary', maxLength: 30 })), (params) => {
      const url = new URL('https://play.example/embed.html');
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      const result = parseEmbedOptions(url);
      expect(result.ok ? typeof result.options : typeof result.error).toBe(result.ok ? 'object' : 'string');
    }), { seed: 11, numRuns: 1000 });
  });
});

describe('embedQuery', () => {
  it('is empty for the defaults and holds only what differs', () => {
    expect(embedQuery(DEFAULT_EMBED_OPTIONS)).toBe('');
    expect(embedQuery({})).toBe('');
    expect(embedQuery({ autoplay: true, speed: 16 })).toBe('autoplay=1&speed=16');
    expect(embedQuery({ start: 90_000, origins: ['https://a.example', 'https://b.example'] })).toBe('start=1m30s&origins=https://a.example,https://b.example');
  });

  it('round-trips through parseEmbedOptions', () => {
    const options = fc.record({
      theme: fc.constantFrom('auto' as const, 'light' as const, 'dark' as const),
      view: fc.constantFrom('timeline' as const, 'split' as const),
      readonly: fc.boolean(),
      autoplay: fc.boolean(),
      speed: fc.constantFrom(...SHARE_SPEEDS),
      start: fc.nat({ max: 10 * 3_600_000 }),
      controls: fc.boolean(),
      predict: fc.boolean(),
      origins: fc.uniqueArray(fc.constantFrom('https://docs.example.com', 'http://localhost:8080', 'https://a.b.example:8443'), { maxLength: 3 }),
    });
    fc.assert(fc.property(options, (o: EmbedOptions) => {
      const query = embedQuery(o);
      expect(parseEmbedOptions(new URL(`https://play.example/embed.html?${query}`))).toEqual({ ok: true, options: o });
    }), { seed: 5, numRuns: 300 });
  });
});
