// The pieces a quiz question is made of: a seeded order for its choices, plausible wrong
// STATUS strings, and the restart delays a learner might expect. Pure and deterministic: the
// same trace always gives the same quiz, so a docs page's embedded quiz never changes under it.
import type { Trace } from '../../scenario/trace';

/** FNV-1a over a string: a stable 32-bit seed. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The items in an order drawn from `seed` (Fisher–Yates over mulberry32); the input is untouched. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A seed for one question of one trace: the pod, the horizon and the question's own words. */
export function questionSeed(trace: Pick<Trace, 'pod' | 'horizon'>, key: string): number {
  return hashText(`${trace.pod}|${trace.horizon}|${key}`);
}

const initCount = /^Init:(\d+)\/(\d+)$/;

/**
 * Wrong but plausible STATUS strings for a change from `before` to `after`: first those this
 * trace shows later (what a learner expects too early), then typical ones for the phase, then
 * those it showed before.
 */
export function statusDistractors(before: string, after: string, later: readonly string[], earlier: readonly string[] = []): string[] {
  const typical: string[] = [];
  const count = initCount.exec(before);
  if (count) {
    const done = Number(count[1]);
    const total = Number(count[2]);
    if (done + 1 <= total) typical.push(`Init:${done + 1}/${total}`);
    typical.push('PodInitializing', 'Running', 'Init:Error', 'Init:CrashLoopBackOff');
  } else if (before.startsWith('Init:') || before === 'PodInitializing') {
    typical.push('Running', 'PodInitializing', 'Init:CrashLoopBackOff', 'Init:Error');
  } else {
    typical.push('Running', 'NotReady', 'Completed', 'Error', 'CrashLoopBackOff');
  }
  const pool = [...later, ...typical, ...earlier].filter((s) => s !== '' && s !== before && s !== after);
  return [...new Set(pool)].slice(0, 3);
}

/** A restart delay a learner might expect: the kubelet's back-off steps, in ms. */
const delaySteps = [0, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000] as const;

/** The answer "not started again" to a restart question. */
export const NEVER = 'It is not started again';

/** Words for a restart that comes `ms` after the exit. */
export function delayLabel(ms: number): string {
  if (ms < 2_000) return 'At once';
  const s = Math.round(ms / 1000);
  return s < 60 || s % 60 !== 0 ? `About ${s} s later` : `About ${s / 60} min later`;
}

/** Whether a delay is near enough to a back-off step (or immediate) for the step's words to be true. */
export function isNearStep(ms: number): boolean {
  const step = nearestStep(ms);
  return step === 0 ? ms < 2_000 : Math.abs(ms - step) <= step * 0.25;
}

/** The back-off step nearest to a delay (by ratio, so 10.2 s is 10 s and 0.2 s is "at once"). */
export function nearestStep(ms: number): number {
  if (ms < 2_000) return 0;
  let best: number = delaySteps[1];
  for (const step of delaySteps.slice(1)) if (Math.abs(Math.log(ms / step)) < Math.abs(Math.log(ms / best))) best = step;
  return best;
}

/**
 * Choices for "when does it start again?", in time order: the back-off step nearest to `delay`
 * (undefined: never), its two nearest neighbours, and "not started again" last.
 */
export function delayChoices(delay: number | undefined): { choices: string[]; answer: number } {
  if (delay === undefined) return { choices: ['At once', 'About 10 s later', 'About 5 min later', NEVER], answer: 3 };
  const right = nearestStep(delay);
  const index = delaySteps.indexOf(right as (typeof delaySteps)[number]);
  const neighbours = delaySteps
    .map((step, i) => ({ step, distance: Math.abs(i - index) }))
    .filter((o) => o.distance > 0)
    .sort((a, b) => a.distance - b.distance || a.step - b.step)
    .slice(0, 2)
    .map((o) => o.step);
  const steps = [right, ...neighbours].sort((a, b) => a - b);
  return { choices: [...steps.map(delayLabel), NEVER], answer: steps.indexOf(right) };
}
