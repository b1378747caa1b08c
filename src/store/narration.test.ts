import { describe, expect, it } from 'vitest';
import { causeSteps } from '../engine/views/narration';
import { narratedDocsTrace } from '../engine/views/narrationFixtures';
import { createTestStore } from './testing';
import { selectNarration } from './selectors';
import { changeTimes, stepTimes } from './slices/playback';

function storeWith(trace = narratedDocsTrace) {
  const store = createTestStore();
  store.setState({ trace, t: 0, playing: false });
  return store;
}

describe('selectNarration', () => {
  it('narrates the playhead and returns the same object while it stays', () => {
    const store = storeWith();
    store.getState().seek(10_000);
    const n = selectNarration(store.getState());
    expect(n?.t).toBe(10_000);
    expect(selectNarration(store.getState())).toBe(n);
    store.getState().seek(20_600);
    expect(selectNarration(store.getState())?.happened[0]?.change).toBe('init-myservice exited 0');
  });

  it('speaks of whole seconds while playing', () => {
    const store = storeWith();
    store.setState({ t: 20_600, playing: true });
    expect(selectNarration(store.getState())?.t).toBe(20_000);
  });
});

describe('stepChange', () => {
  it('moves from cause step to cause step', () => {
    const store = storeWith();
    const steps = causeSteps(narratedDocsTrace);
    store.getState().seek(1500);
    store.getState().stepChange(1);
    expect(store.getState().t).toBe(steps[2]);
    store.getState().stepChange(1);
    expect(store.getState().t).toBe(20_500);
    store.getState().stepChange(-1);
    store.getState().stepChange(-1);
    expect(store.getState().t).toBe(1200);
  });

  it('falls back to the change times for a trace without causes', () => {
    const store = storeWith({ ...narratedDocsTrace, causes: [] });
    expect(stepTimes(store.getState())).toEqual(changeTimes(store.getState()));
  });
});
