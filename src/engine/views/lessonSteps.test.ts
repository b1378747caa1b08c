import { describe, expect, it } from 'vitest';
import { findGalleryEntry, gallery, type GalleryStep } from '../../scenario/gallery';
import { isRejection, type Trace } from '../../scenario/trace';
import { simulateScenario } from '../simulate';
import { currentLessonStep, placeLessonSteps } from './lessonSteps';
import { narratedDocsTrace } from './narrationFixtures';

const step = (rule: string, subject?: string): GalleryStep => ({ rule, ...(subject ? { subject } : {}), note: `${rule} ${subject ?? ''}`.trim() });

describe('placeLessonSteps', () => {
  it('matches each step to the first cause with its rule and subject', () => {
    const placed = placeLessonSteps(narratedDocsTrace, [step('init.first', 'container:init-myservice'), step('exit.program', 'container:init-myservice'), step('init.sequential')]);
    expect(placed).toEqual([
      { note: 'init.first container:init-myservice', t: 1200, matched: true, cause: 1 },
      { note: 'exit.program container:init-myservice', t: 20_500, matched: true, cause: 2 },
      { note: 'init.sequential', t: 21_000, matched: true, cause: 4 },
    ]);
  });

  it('looks only at or after the previous match, so a later step never lands earlier', () => {
    const placed = placeLessonSteps(narratedDocsTrace, [step('kubectl.init-count'), step('init.first')]);
    expect(placed[0]).toMatchObject({ t: 20_500, matched: true });
    expect(placed[1]).toEqual({ note: 'init.first', matched: false });
  });

  it('takes a cause at the same instant as the previous match, but never the same cause twice', () => {
    const twice = placeLessonSteps(narratedDocsTrace, [step('exit.program'), step('kubectl.init-count'), step('exit.program')]);
    expect(twice.map((p) => p.t)).toEqual([20_500, 20_500, undefined]);
  });

  it('leaves the search where it was after an unmatched step', () => {
    const placed = placeLessonSteps(narratedDocsTrace, [step('exit.program'), step('no.such-rule'), step('init.sequential')]);
    expect(placed.map((p) => p.matched)).toEqual([true, false, true]);
  });

  it('matches nothing in a trace without causes', () => {
    const bare: Trace = { ...narratedDocsTrace, causes: undefined };
    expect(placeLessonSteps(bare, [step('init.first')])).toEqual([{ note: 'init.first', matched: false }]);
    expect(placeLessonSteps(undefined, [step('init.first')])[0]?.matched).toBe(false);
  });

  it.each(gallery.map((g) => [g.id, g] as const))('places every step of %s on its own trace, in time order', (_id, entry) => {
    const result = simulateScenario(entry.yaml);
    if (isRejection(result)) throw new Error(JSON.stringify(result.errors));
    const placed = placeLessonSteps(result, entry.steps);
    expect(placed.filter((p) => !p.matched)).toEqual([]);
    const times = placed.map((p) => p.t ?? -1);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('places the docs example\'s exit of init-myservice just after the Service appears at 20 s', () => {
    const entry = findGalleryEntry('docs-myapp-pod');
    const result = simulateScenario(entry?.yaml ?? '');
    if (isRejection(result) || !entry) throw new Error('the docs example does not simulate');
    const exit = placeLessonSteps(result, entry.steps)[1];
    expect(exit?.t).toBeGreaterThanOrEqual(20_000);
    expect(exit?.t).toBeLessThan(23_000);
  });
});

describe('currentLessonStep', () => {
  const placed = placeLessonSteps(narratedDocsTrace, [step('init.first'), step('exit.program'), step('no.such-rule'), step('init.sequential')]);

  it('is -1 before the first step', () => {
    expect(currentLessonStep(placed, 1000)).toBe(-1);
  });

  it('is the last matched step at or before the instant', () => {
    expect(currentLessonStep(placed, 1200)).toBe(0);
    expect(currentLessonStep(placed, 20_999)).toBe(1);
    expect(currentLessonStep(placed, 60_000)).toBe(3);
  });
});
