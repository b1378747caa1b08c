import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../engine/simulate';
import { docsExampleYaml } from '../scenario/docsExample';
import { findGalleryEntry } from '../scenario/gallery';
import { selectSnapshot } from './selectors';
import type { Simulator, SimulatorAnswer } from './simulator';
import { createPlaygroundStore } from './store';

/** A simulator that answers only when the test says so, as the worker does some time later. */
function deferredSimulator() {
  const asked: { text: string; deliver: (a: SimulatorAnswer) => void }[] = [];
  const simulator: Simulator = { simulate: (text, deliver) => { asked.push({ text, deliver }); }, dispose: () => undefined };
  const answer = (i = asked.length - 1) => {
    const q = asked[i];
    q?.deliver({ kind: 'result', analysis: analyzeScenario(q.text) });
  };
  return { simulator, asked, answer };
}

const crashLoop = findGalleryEntry('crashloop-always')?.yaml ?? '';

const hangs = `apiVersion: v1
kind: Pod
metadata:
  name: slow
spec:
  containers:
  - name: matcher
    image: busybox
    command: ['sh', '-c', "echo aaaa! | grep -E '(a+)+$'"]
`;

describe('createPlaygroundStore over an asynchronous simulator', () => {
  it('takes the text at once and the trace when the answer comes, keeping a restored playhead until then', () => {
    const sim = deferredSimulator();
    const store = createPlaygroundStore({ overrides: { t: 12_000 } }, sim.simulator);
    expect(store.getState()).toMatchObject({ simulating: true, stale: false, t: 12_000 });
    expect(store.getState().trace).toBeUndefined();
    sim.answer();
    expect(store.getState()).toMatchObject({ simulating: false, stale: false, t: 12_000 });
    expect(selectSnapshot(store.getState())?.kubectl.status).toMatch(/^Init:/);
  });

  it('shows the old trace while a new text is simulated, then the new one', () => {
    const sim = deferredSimulator();
    const store = createPlaygroundStore({}, sim.simulator);
    sim.answer();
    const before = store.getState().trace;
    store.getState().setText(docsExampleYaml.replace('sleep 2', 'sleep 3'));
    expect(store.getState()).toMatchObject({ text: expect.stringContaining('sleep 3'), simulating: true, stale: false });
    expect(store.getState().trace).toBe(before);
    sim.answer();
    expect(store.getState().trace).not.toBe(before);
    expect(store.getState().simulating).toBe(false);
  });

  it('keeps the trace object for an unchanged model, so nothing is drawn again', () => {
    const sim = deferredSimulator();
    const store = createPlaygroundStore({}, sim.simulator);
    sim.answer();
    const before = store.getState().trace;
    store.getState().setText(`${docsExampleYaml}# note\n`);
    sim.asked.at(-1)?.deliver({ kind: 'unchanged' });
    expect(store.getState().trace).toBe(before);
    expect(store.getState()).toMatchObject({ stale: false, simulating: false, result: before });
  });

  it('keeps the last good timeline when a run is stopped, and says where it was', () => {
    const sim = deferredSimulator();
    const store = createPlaygroundStore({}, sim.simulator);
    sim.answer();
    const good = store.getState().trace;
    store.getState().setText(hangs);
    sim.asked.at(-1)?.deliver({ kind: 'too-slow', budgetMs: 2000, note: { t: 0, container: 'matcher', part: 'program', command: "echo aaaa! | grep -E '(a+)+$'", line: 9, column: 28 } });
    const s = store.getState();
    expect(s.trace).toBe(good);
    expect(s).toMatchObject({ stale: true, simulating: false, errors: [] });
    expect(s.halted).toEqual({ kind: 'too-slow', budgetMs: 2000, container: 'matcher', part: 'program', t: 0, line: 9, command: "echo aaaa! | grep -E '(a+)+$'" });
    // The next good text clears it.
    store.getState().setText(docsExampleYaml);
    sim.answer();
    expect(store.getState()).toMatchObject({ stale: false, halted: undefined });
  });

  it('plays only once there is a trace, from where the playhead was put', () => {
    const sim = deferredSimulator();
    const store = createPlaygroundStore({}, sim.simulator);
    store.getState().seek(5000);
    store.getState().play();
    store.getState().advance(1000);
    expect(store.getState()).toMatchObject({ t: 5000, playing: true });
    sim.answer();
    store.getState().advance(1000);
    expect(store.getState().t).toBe(5000 + 4 * 1000);
  });

  it('bounds a playhead set while a new text is simulated by that text\'s answer, not by the trace shown', () => {
    const sim = deferredSimulator();
    const store = createPlaygroundStore({}, sim.simulator);
    sim.answer();
    const shown = store.getState().trace?.horizon ?? 0;
    store.getState().openText(crashLoop, 'link');
    store.getState().seek(shown + 60_000);
    sim.answer();
    expect(store.getState().t).toBe(Math.min(shown + 60_000, store.getState().trace?.horizon ?? 0));
    expect(store.getState().t).toBeGreaterThan(shown);
  });
});
