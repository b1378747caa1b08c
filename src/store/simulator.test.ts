import { describe, expect, it } from 'vitest';
import { decodeAnalysis, type SimulateRequest, type SimulatorMessage } from '../engine/worker/protocol';
import { docsExampleYaml } from '../scenario/docsExample';
import { createInProcessSimulator } from './inProcessSimulator';
import { createSimulator, type SimulatorAnswer } from './simulator';

/** A worker that answers only when the test says so, and a clock that moves only when told. */
function fakeWorld({ loads = false } = {}) {
  const decoded: number[] = [];
  const workers: { requests: SimulateRequest[]; terminated: boolean; say: (m: SimulatorMessage) => void; fail: (e: string) => void }[] = [];
  let now = 0;
  let nextTimer = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const simulator = createSimulator({
    spawn: (onMessage, onError) => {
      const worker = { requests: [] as SimulateRequest[], terminated: false, say: onMessage, fail: onError };
      workers.push(worker);
      // A worker that has loaded says so as it starts; one still loading (`loads`) waits for the test.
      if (!loads) onMessage({ type: 'ready' });
      return { post: (r) => { worker.requests.push(r); }, terminate: () => { worker.terminated = true; } };
    },
    timers: {
      setTimer: (fn, ms) => { timers.set(nextTimer, { at: now + ms, fn }); return nextTimer++; },
      clearTimer: (id) => { timers.delete(id); },
    },
    budgetMs: 2000,
    decode: (payload) => { decoded.push(1); return decodeAnalysis(payload); },
  });
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > now || !timers.has(id)) continue;
      timers.delete(id);
      timer.fn();
    }
  };
  const answers: { text: string; answer: SimulatorAnswer }[] = [];
  const ask = (text: string) => simulator.simulate(text, (answer) => answers.push({ text, answer }));
  const result = (id: number, key?: string): SimulatorMessage => ({ type: 'result', id, ...(key ? { key } : {}), payload: { result: { format: 1, rejected: true, errors: [] } } });
  return { workers, simulator, advance, answers, ask, result, timers, decoded };
}

describe('createSimulator', () => {
  it('runs one text at a time and keeps only the newest one waiting', () => {
    const w = fakeWorld();
    w.ask('a');
    w.ask('b');
    w.ask('c');
    const worker = w.workers[0];
    expect(worker?.requests.map((r) => r.text)).toEqual(['a']);
    worker?.say(w.result(1));
    // 'a' is stale (newer text waits), 'b' was replaced by 'c' before it ever ran.
    expect(w.answers).toEqual([]);
    expect(worker?.requests.map((r) => r.text)).toEqual(['a', 'c']);
    worker?.say(w.result(3));
    expect(w.answers.map((a) => [a.text, a.answer.kind])).toEqual([['c', 'result']]);
    // Only the answer delivered was read.
    expect(w.decoded).toHaveLength(1);
  });

  it('drops an answer that comes after a newer text was asked for, and ignores answers to other runs', () => {
    const w = fakeWorld();
    w.ask('a');
    w.workers[0]?.say(w.result(99));
    expect(w.answers).toEqual([]);
    w.ask('b');
    w.workers[0]?.say(w.result(1));
    w.workers[0]?.say(w.result(2));
    expect(w.answers.map((a) => a.text)).toEqual(['b']);
  });

  it('replaces a worker whose run exceeds the budget and says where the run was', () => {
    const w = fakeWorld();
    w.ask('hangs');
    const note = { t: 1000, container: 'c', part: 'program' as const, line: 9, column: 20 };
    w.workers[0]?.say({ type: 'progress', id: 1, note });
    w.advance(1999);
    expect(w.answers).toEqual([]);
    w.advance(1);
    expect(w.workers[0]?.terminated).toBe(true);
    expect(w.workers).toHaveLength(2);
    expect(w.answers).toEqual([{ text: 'hangs', answer: { kind: 'too-slow', budgetMs: 2000, note } }]);
    // The hung worker's late words are not heard; the fresh one takes the next text.
    w.workers[0]?.say(w.result(1));
    expect(w.answers).toHaveLength(1);
    w.ask('fine');
    expect(w.workers[1]?.requests.map((r) => r.text)).toEqual(['fine']);
    w.workers[1]?.say(w.result(2));
    expect(w.answers.at(-1)).toMatchObject({ text: 'fine', answer: { kind: 'result' } });
  });

  it('counts the budget from the moment a fresh worker has loaded', () => {
    const w = fakeWorld({ loads: true });
    w.ask('a');
    w.advance(5000);
    expect(w.answers).toEqual([]);
    w.workers[0]?.say({ type: 'ready' });
    w.advance(1999);
    expect(w.answers).toEqual([]);
    w.advance(1);
    expect(w.answers[0]?.answer.kind).toBe('too-slow');
  });

  it('answers a text that was stopped before at once, without running it again', () => {
    const w = fakeWorld();
    w.ask('hangs');
    w.advance(2000);
    w.ask('other');
    w.workers[1]?.say(w.result(2));
    w.ask('hangs');
    expect(w.answers.map((a) => [a.text, a.answer.kind])).toEqual([['hangs', 'too-slow'], ['other', 'result'], ['hangs', 'too-slow']]);
    expect(w.workers[1]?.requests.map((r) => r.text)).toEqual(['other']);
  });

  it('sends the model key of the trace shown, so that an unchanged model is not simulated again', () => {
    const w = fakeWorld();
    w.ask('a');
    w.workers[0]?.say(w.result(1, 'k1'));
    w.ask('a # comment');
    expect(w.workers[0]?.requests[1]).toMatchObject({ text: 'a # comment', shownKey: 'k1' });
    w.workers[0]?.say({ type: 'unchanged', id: 2, key: 'k1' });
    expect(w.answers.at(-1)?.answer).toEqual({ kind: 'unchanged' });
  });

  it('reports a worker that crashed or could not load, and starts a fresh one for the next text', () => {
    const w = fakeWorld({ loads: true });
    w.ask('a');
    w.workers[0]?.fail('it stopped unexpectedly.');
    expect(w.answers).toEqual([{ text: 'a', answer: { kind: 'failed', message: 'it stopped unexpectedly.' } }]);
    expect(w.workers).toHaveLength(1);
    w.ask('b');
    expect(w.workers[1]?.requests.map((r) => r.text)).toEqual(['b']);
  });

  it('delivers nothing after it is disposed', () => {
    const w = fakeWorld();
    w.ask('a');
    w.simulator.dispose();
    w.workers[0]?.say(w.result(1));
    expect(w.workers[0]?.terminated).toBe(true);
    expect(w.answers).toEqual([]);
    expect(w.timers.size).toBe(0);
  });
});

describe('createInProcessSimulator', () => {
  it('answers inside the call, with the model, and says unchanged for an edit to a comment', () => {
    const simulator = createInProcessSimulator();
    const answers: SimulatorAnswer[] = [];
    simulator.simulate(docsExampleYaml, (a) => answers.push(a));
    expect(answers[0]).toMatchObject({ kind: 'result', analysis: { result: { pod: 'myapp-pod' }, model: { pod: { name: 'myapp-pod' } } } });
    simulator.simulate(`${docsExampleYaml}# a note\n`, (a) => answers.push(a));
    expect(answers[1]).toEqual({ kind: 'unchanged' });
    simulator.simulate(docsExampleYaml.replace('sleep 2', 'sleep 3'), (a) => answers.push(a));
    expect(answers[2]?.kind).toBe('result');
  });
});
