// 10 000 mutated scenarios: the engine never throws, always answers with a trace or a
// rejection, every run stays inside its step bound, and every change has a named cause.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gallery } from '../scenario/gallery';
import { isRejection } from '../scenario/trace';
import { simulateScenario } from './simulate';

const values = ['Always', 'Never', 'OnFailure', '-1', '0', '1e9', '[]', '{}', 'null', '"x"', 'busybox', 'latest', '10s', '999999h', 'Pod/x', 'Service/mydb', '"<img src=x onerror=alert(1)>"'];
const shell = ['while true; do :; done', 'sleep 0', 'exit 3', 'nslookup x', 'cat /nope', 'case x in esac', 'until false; do echo; done', 'sleep 1; exit 1', "echo 'unterminated", 'wget -O- http://mydb:80/', 'for i in 1 2 3; do sleep $i; done', 'trap "" TERM; sleep infinity'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('value' as const), line: fc.nat(), value: fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 12 }), fc.integer().map(String)) }),
  fc.record({ kind: fc.constant('shell' as const), line: fc.nat(), snippet: fc.constantFrom(...shell) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  if (m.kind === 'truncate') return text.slice(0, m.at % (text.length + 1));
  const i = m.line % lines.length;
  const line = lines[i] ?? '';
  if (m.kind === 'delete') lines.splice(i, 1);
  else if (m.kind === 'duplicate') lines.splice(i, 0, line);
  else if (m.kind === 'value') lines[i] = line.includes(':') ? `${line.slice(0, line.indexOf(':') + 1)} ${m.value}` : `${line} ${m.value}`;
  else if (m.kind === 'shell') lines[i] = line.replace(/'[^']*'\]/, `'${m.snippet}']`).replace(/"[^"]*"\]/, `"${m.snippet}"]`);
  else lines[i] = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
  return lines.join('\n');
}

describe('simulateScenario under mutation', () => {
  it('answers 10 000 mutated gallery scenarios without throwing and within its step bound', () => {
    let rejected = 0;
    fc.assert(fc.property(fc.constantFrom(...gallery.map((g) => g.yaml)), fc.array(mutation, { minLength: 1, maxLength: 3 }), (base, ms) => {
      const text = ms.reduce(mutate, base);
      const result = simulateScenario(text, { maxSteps: 200_000 });
      if (isRejection(result)) {
        rejected++;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) expect(e.line).toBeGreaterThanOrEqual(1);
        return;
      }
      expect(result.format).toBe(1);
      expect(result.snapshots.length).toBeGreaterThan(0);
      // Every change of state names the rule its decision point gave, whatever the input.
      expect(result.causes?.find((c) => c.rule === 'unexplained')?.change).toBeUndefined();
      expect(result.horizon).toBeGreaterThan(0);
    }), { numRuns: 10_000, seed: 20261121 });
    expect(rejected).toBeGreaterThan(100);
    expect(rejected).toBeLessThan(10_000);
  }, 600_000);
});
