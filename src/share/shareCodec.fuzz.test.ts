// 5 000 corrupted links: decoding never throws and always answers with an error message
// or a state every field of which is valid. (How long a refusal takes is a bench figure, not a
// test: timings flake on a loaded machine.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goldenLinks } from './golden';
import { decodeShareState, isValidShareState, MAX_SHARE_BYTES, type DecodeShareResult } from './shareCodec';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const junk = ['!', '=', '.', '#', '%', ' ', '\n', '\u0000', 'é', '🚀', '+', '/', ')', '&', '?'];

const corruption = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), to: fc.constantFrom(...alphabet) }),
  fc.record({ kind: fc.constant('flipMany' as const), ats: fc.array(fc.nat(), { minLength: 2, maxLength: 8 }), to: fc.constantFrom(...alphabet) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...junk), fc.string({ maxLength: 4 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('version' as const), prefix: fc.constantFrom('s0.', 's2.', 's9.', 's10.', 's999999.', 'S1.', 's1', 's1..', '#s1.', '##s1.', 'pako:') }),
  fc.record({ kind: fc.constant('repeat' as const), times: fc.integer({ min: 2, max: 1200 }) }),
  fc.record({ kind: fc.constant('append' as const), text: fc.string({ maxLength: 20 }) }),
);
type Corruption = typeof corruption extends fc.Arbitrary<infer T> ? T : never;

function corrupt(fragment: string, c: Corruption): string {
  const at = (n: number) => n % (fragment.length + 1);
  switch (c.kind) {
    case 'truncate': return fragment.slice(0, at(c.at));
    case 'flip': return fragment.slice(0, at(c.at)) + c.to + fragment.slice(at(c.at) + 1);
    case 'flipMany': return c.ats.reduce((f, n) => f.slice(0, n % f.length) + c.to + f.slice((n % f.length) + 1), fragment);
    case 'insert': return fragment.slice(0, at(c.at)) + c.text + fragment.slice(at(c.at));
    case 'delete': return fragment.slice(0, at(c.at)) + fragment.slice(at(c.at) + c.count);
    case 'version': return c.prefix + fragment.slice(3);
    case 'repeat': return (fragment + fragment.slice(3, 3 + Math.ceil(150_000 / c.times)).repeat(c.times)).slice(0, 150_000);
    case 'append': return fragment + c.text;
  }
}

function expectWellFormed(result: DecodeShareResult): void {
  if (result.ok) {
    expect(result.version).toBe(1);
    expect(isValidShareState(result.state)).toBe(true);
    expect(new TextEncoder().encode(result.state.text).length).toBeLessThanOrEqual(MAX_SHARE_BYTES);
  } else {
    expect(result.error).toMatch(/^This link /);
  }
}

describe('decodeShareState on corrupted links', () => {
  it('answers 5 000 corrupted variants of valid links without throwing', () => {
    const seen = { ok: 0, refused: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...goldenLinks.map((g) => g.fragment)), fc.array(corruption, { minLength: 1, maxLength: 3 }), (fragment, corruptions) => {
        const input = corruptions.reduce(corrupt, fragment);
        const result = decodeShareState(input);
        expectWellFormed(result);
        seen[result.ok ? 'ok' : 'refused'] += 1;
      }),
      { seed: 424242, numRuns: 5000 },
    );
    expect(seen.ok + seen.refused).toBe(5000);
    expect(seen.refused).toBeGreaterThan(2500);
  }, 60_000);

  it('answers arbitrary strings without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 60 }).map((s) => `s1.${s}`)), (input) => {
        expectWellFormed(decodeShareState(input));
      }),
      { seed: 99, numRuns: 1000 },
    );
  });

  it('answers non-string input from untyped callers without throwing', () => {
    for (const value of [undefined, null, 42, {}, ['s1.x']]) {
      expectWellFormed(decodeShareState(value as unknown as string));
    }
  });
});
