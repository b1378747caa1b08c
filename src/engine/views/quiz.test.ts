import { describe, expect, it } from 'vitest';
import type { Snapshot, TraceCause } from '../../scenario/trace';
import { exited, running, snapshot, status, trace } from './fixtures';
import { buildQuiz } from './quiz';
import { delayChoices, seededShuffle, statusDistractors } from './quizChoices';

const base = snapshot(0).conditions;
const ready = { ...base, PodReadyToStartContainers: true };
const at = (t: number, init: Snapshot['initContainers'], app: Snapshot['containers'], kubectl: string, more: Partial<Snapshot> = {}) =>
  snapshot(t, { conditions: ready, initContainers: init, containers: app, kubectl: { status: kubectl, ready: '0/1', restarts: '0' }, ...more });

const cause = (t: number, subject: TraceCause['subject'], rule: string, ruleText: string, trigger: string): TraceCause =>
  ({ t, subject, change: 'x', rule, ruleText, trigger: { kind: 'container-exit', text: trigger } });

/** Two init containers, then the app: the docs example in miniature. */
const docs = trace([
  at(0, [status('a'), status('b')], [status('app')], 'Init:0/2'),
  at(1000, [running('a', 1000), status('b')], [status('app')], 'Init:0/2'),
  at(5000, [exited('a', 0, 'Completed', 1000, 5000, { ready: true }), status('b')], [status('app')], 'Init:1/2'),
  at(5200, [exited('a', 0, 'Completed', 1000, 5000), running('b', 5200)], [status('app')], 'Init:1/2'),
  at(9000, [exited('a', 0, 'Completed'), exited('b', 0, 'Completed', 5200, 9000)], [status('app')], 'PodInitializing'),
  at(9200, [exited('a', 0, 'Completed'), exited('b', 0, 'Completed')], [running('app', 9200, { ready: true })], 'Running',
    { phase: 'Running', conditions: { ...ready, Initialized: true, Ready: true, ContainersReady: true } }),
], {
  horizon: 20_000,
  causes: [
    cause(5200, 'container:b', 'init.sequential', 'Init containers run one at a time.', 'a exited 0'),
    cause(9200, 'condition:Ready', 'condition.ready', 'Ready needs every container ready.', 'app became ready'),
  ],
});

/** An init container that crashes and is restarted at once, then after 10 s. */
const crash = trace([
  at(0, [status('m')], [status('app')], 'Init:0/1'),
  at(1000, [running('m', 1000)], [status('app')], 'Init:0/1'),
  at(2000, [exited('m', 1, 'Error')], [status('app')], 'Init:Error'),
  at(2200, [running('m', 2200, { restartCount: 1 })], [status('app')], 'Init:0/1'),
  at(3000, [exited('m', 1, 'Error', 2200, 3000, { restartCount: 1 })], [status('app')], 'Init:Error'),
  at(13_200, [running('m', 13_200, { restartCount: 2 })], [status('app')], 'Init:0/1'),
], { horizon: 14_000 });

const right = (q: { choices: string[]; answer: number }) => q.choices[q.answer];

describe('buildQuiz', () => {
  it('asks which container starts next, with the containers that have not run as wrong choices', () => {
    const q = buildQuiz(docs).find((x) => x.kind === 'start' && x.t === 1000);
    expect(q?.prompt).toBe('Which container starts next?');
    expect(right(q ?? { choices: [], answer: 0 })).toBe('a');
    expect([...(q?.choices ?? [])].sort()).toEqual(['a', 'app', 'b']);
  });

  it('stops just before the change it asks about', () => {
    for (const q of buildQuiz(docs)) expect(q.askAt).toBe(q.t - 1);
  });

  it('asks what STATUS shows next, never offering the current STATUS', () => {
    const q = buildQuiz(docs).find((x) => x.kind === 'status');
    expect(q?.t).toBe(5000);
    expect(q && right(q)).toBe('Init:1/2');
    expect(q?.choices).not.toContain('Init:0/2');
    expect(q?.choices).toContain('PodInitializing');
  });

  it('asks whether the pod is Ready as the app starts, and quotes the cause', () => {
    const q = buildQuiz(docs).find((x) => x.kind === 'ready');
    expect(q?.choices).toEqual(['Yes, Ready turns True at once', 'No, not yet']);
    expect(q?.answer).toBe(0);
    expect(q?.why).toEqual({ rule: 'Ready needs every container ready.', trigger: 'app became ready' });
  });

  it('takes the reveal\'s reason from the cause of the same change', () => {
    const q = buildQuiz(docs).find((x) => x.kind === 'start' && x.t === 5200);
    expect(q?.why?.rule).toBe('Init containers run one at a time.');
    expect(q?.why?.trigger).toBe('a exited 0');
  });

  it('asks when a crashed container starts again, first at once and then after the back-off', () => {
    const qs = buildQuiz(crash).filter((x) => x.kind === 'restart');
    expect(qs.map(right)).toEqual(['At once', 'About 10 s later']);
    expect(qs[1]?.choices).toEqual(['At once', 'About 10 s later', 'About 20 s later', 'It is not started again']);
  });

  it('answers "not started again" only when the pod has ended', () => {
    const failed = trace([...crash.snapshots.slice(0, 3), { ...(crash.snapshots[2] as Snapshot), t: 2100, phase: 'Failed' }], { horizon: 60_000 });
    expect(buildQuiz(failed).find((x) => x.kind === 'restart') && right(buildQuiz(failed).find((x) => x.kind === 'restart') ?? { choices: [], answer: 0 })).toBe('It is not started again');
    const stillPending = trace(crash.snapshots.slice(0, 3), { horizon: 60_000 });
    expect(buildQuiz(stillPending).some((x) => x.kind === 'restart')).toBe(false);
  });

  it('gives the same quiz for the same trace', () => {
    expect(buildQuiz(structuredClone(docs))).toEqual(buildQuiz(docs));
  });

  it('asks at most `max` questions and never the same one twice', () => {
    expect(buildQuiz(crash, { max: 2 })).toHaveLength(2);
    const keys = buildQuiz(crash).map((q) => `${q.prompt}|${right(q) ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('asks nothing about a trace without changes', () => {
    expect(buildQuiz(trace([at(0, [], [status('app')], 'Pending')]))).toEqual([]);
  });
});

describe('seededShuffle', () => {
  it('keeps every item and depends only on the seed', () => {
    const items = ['a', 'b', 'c', 'd'];
    expect(seededShuffle(items, 7)).toEqual(seededShuffle(items, 7));
    expect([...seededShuffle(items, 7)].sort()).toEqual(items);
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => seededShuffle(items, seed).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('statusDistractors', () => {
  it('offers the next init count, later statuses first, and never the right or current one', () => {
    expect(statusDistractors('Init:0/2', 'Init:1/2', ['Running'])).toEqual(['Running', 'PodInitializing', 'Init:Error']);
    expect(statusDistractors('Init:1/2', 'PodInitializing', [])).toEqual(['Init:2/2', 'Running', 'Init:Error']);
  });
});

describe('delayChoices', () => {
  it('offers the nearest back-off step and its neighbours in time order, then "never"', () => {
    expect(delayChoices(40_200)).toEqual({ choices: ['About 20 s later', 'About 40 s later', 'About 80 s later', 'It is not started again'], answer: 1 });
    expect(delayChoices(200).answer).toBe(0);
    expect(delayChoices(undefined).answer).toBe(3);
  });
});
