import { describe, expect, it } from 'vitest';
import { createStateReporter, type EmbedStateBody, type ReporterTimers } from './embedStateReporter';

/** Fake wall-clock timers that run when `advance` passes them. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: ReporterTimers = {
    now: () => now,
    setTimer: (fn, ms) => { pending.set(next, { at: now + ms, fn }); return next++; },
    clearTimer: (id) => { pending.delete(id); },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, p]) => p.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = end;
  };
  return { timers, advance, pending };
}

describe('createStateReporter', () => {
  it('reports the first state and every start or stop of playback at once', () => {
    const posted: EmbedStateBody[] = [];
    const { timers } = fakeTimers();
    const r = createStateReporter((b) => posted.push(b), timers);
    r.report(0, false);
    r.report(0, true);
    r.report(10.4, false);
    expect(posted).toEqual([{ type: 'state', t: 0, playing: false }, { type: 'state', t: 0, playing: true }, { type: 'state', t: 10, playing: false }]);
  });

  it('reports a moving playhead at most every 250 ms, ending where it stopped moving', () => {
    const posted: number[] = [];
    const { timers, advance, pending } = fakeTimers();
    const r = createStateReporter((b) => posted.push(b.t), timers);
    r.report(0, true);
    // One animation frame every 16 ms for a second, the playhead 64 simulated ms further each time.
    for (let i = 1; i <= 62; i++) {
      advance(16);
      r.report(i * 64, true);
    }
    expect(posted.length).toBeGreaterThanOrEqual(4);
    expect(posted.length).toBeLessThanOrEqual(5);
    advance(250);
    expect(posted[posted.length - 1]).toBe(62 * 64);
    expect(pending.size).toBe(0);
  });

  it('reports a seek while paused, and nothing for an unchanged state', () => {
    const posted: number[] = [];
    const { timers, advance } = fakeTimers();
    const r = createStateReporter((b) => posted.push(b.t), timers);
    r.report(0, false);
    advance(1000);
    r.report(20_000, false);
    r.report(20_000, false);
    advance(1000);
    expect(posted).toEqual([0, 20_000]);
  });

  it('sends nothing more once cancelled', () => {
    const posted: number[] = [];
    const { timers, advance } = fakeTimers();
    const r = createStateReporter((b) => posted.push(b.t), timers);
    r.report(0, true);
    r.report(100, true);
    r.cancel();
    advance(1000);
    expect(posted).toEqual([0]);
  });
});
