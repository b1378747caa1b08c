// Gallery lessons stay tied to what the engine records: every narrated step names a rule of the
// catalogue and matches a cause of its own scenario's trace, in the order the steps are told.
import { describe, expect, it } from 'vitest';
import { gallery, type GalleryStep } from '../scenario/gallery';
import { isRejection, type TraceCause } from '../scenario/trace';
import { rules } from './kubelet/rules';
import { simulateScenario } from './simulate';

const cases = gallery.map((g) => [g.id, g] as const);

function matches(step: GalleryStep, cause: TraceCause): boolean {
  return cause.rule === step.rule && (step.subject === undefined || cause.subject === step.subject);
}

const label = (step: GalleryStep) => `${step.rule} ${step.subject ?? '(any subject)'}`;

describe('gallery lessons', () => {
  it.each(cases)('%s names only rules of the catalogue', (_id, entry) => {
    for (const step of entry.steps) {
      expect(Object.keys(rules)).toContain(step.rule);
      expect(step.rule).not.toBe('unexplained');
    }
  });

  it.each(cases)('%s tells steps that each match a cause of its trace, in time order', (_id, entry) => {
    const result = simulateScenario(entry.yaml);
    if (isRejection(result)) throw new Error(JSON.stringify(result.errors));
    const causes = result.causes ?? [];
    const unmatched: string[] = [];
    let since = 0;
    for (const step of entry.steps) {
      const found = causes.find((c) => matches(step, c) && c.t >= since);
      if (!found) {
        const anywhere = causes.find((c) => matches(step, c));
        unmatched.push(anywhere ? `${label(step)}: only before ${since} ms (at ${anywhere.t} ms)` : `${label(step)}: no such cause`);
        continue;
      }
      since = found.t;
    }
    expect(unmatched).toEqual([]);
  });
});
