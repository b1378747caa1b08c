import { describe, expect, it } from 'vitest';
import { gallery } from '../../scenario/gallery';
import { isRejection, type ContainerSnapshot, type Snapshot, type Trace } from '../../scenario/trace';
import { simulateScenario } from '../simulate';
import { buildQuiz, type QuizQuestion } from './quiz';
import { NEVER } from './quizChoices';
import { snapshotAt } from './snapshots';

const lanes = (s: Snapshot | undefined): ContainerSnapshot[] => (s ? [...s.initContainers, ...s.containers] : []);

/** Whether `choice` is true of the trace, checked without the quiz's own code. */
function holds(trace: Trace, q: QuizQuestion, choice: string): boolean {
  const before = snapshotAt(trace, q.askAt);
  const after = snapshotAt(trace, q.t);
  switch (q.kind) {
    case 'status':
      return after?.kubectl.status === choice;
    case 'start': {
      const started = lanes(after).filter((c) => {
        const p = lanes(before).find((x) => x.name === c.name);
        return c.state === 'running' && (p?.state !== 'running' || c.restartCount > p.restartCount);
      }).map((c) => c.name);
      const named = choice.replace(/, together$/, '').split(/, | and /);
      return named.length === started.length && named.every((n) => started.includes(n));
    }
    case 'ready':
      return choice.startsWith('Yes') === (after?.conditions.Ready ?? false);
    case 'restart': {
      const name = q.prompt.split(' ')[0] ?? '';
      const count = lanes(after).find((c) => c.name === name)?.restartCount ?? 0;
      const again = trace.snapshots.find((s) => s.t > q.t && (lanes(s).find((c) => c.name === name)?.restartCount ?? 0) > count);
      if (!again) return choice === NEVER;
      const delay = (again.t - q.t) / 1000;
      if (choice === 'At once') return delay < 2;
      const m = /^About (\d+) (s|min) later$/.exec(choice);
      if (!m) return false;
      const expected = Number(m[1]) * (m[2] === 'min' ? 60 : 1);
      return Math.abs(delay - expected) <= expected * 0.25;
    }
  }
}

describe('buildQuiz on the gallery', () => {
  for (const entry of gallery) {
    it(`asks questions with exactly one right answer for ${entry.id}`, () => {
      const result = simulateScenario(entry.yaml);
      if (isRejection(result)) throw new Error(`${entry.id} is rejected`);
      const quiz = buildQuiz(result);
      expect(quiz.length).toBeGreaterThan(0);
      for (const q of quiz) {
        expect(q.choices.length, q.id).toBeGreaterThanOrEqual(2);
        expect(q.choices.length, q.id).toBeLessThanOrEqual(4);
        expect(new Set(q.choices).size, q.id).toBe(q.choices.length);
        expect(q.choices.filter((c) => holds(result, q, c)), `${entry.id} ${q.id}: ${q.prompt}`).toEqual([q.choices[q.answer]]);
        // Nothing changes between the stop and the change asked about.
        expect(snapshotAt(result, q.askAt)?.t, q.id).toBe(result.snapshots.filter((s) => s.t < q.t).at(-1)?.t);
        if (result.causes) expect(q.why, `${entry.id} ${q.id} has a cause`).toBeDefined();
      }
    });
  }
});
