// A discrete-event scheduler over integer simulated milliseconds, with cooperative tasks:
// generators that yield waits. Ties run in the order they were scheduled.

/** What a task waits for: a delay, or a signal fired by another task. */
export type Wait = { kind: 'delay'; ms: number } | { kind: 'signal'; signal: Signal };

/** A cooperative task body. */
export type TaskBody = Generator<Wait, void, void>;

/** A one-shot signal tasks can wait on. */
export class Signal {
  fired = false;
  private waiters: (() => void)[] = [];
  /** Fires once; wakes every waiter. */
  fire(): void {
    if (this.fired) return;
    this.fired = true;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
  /** Runs the callback when fired (at once if already fired). */
  then(fn: () => void): void {
    if (this.fired) fn();
    else this.waiters.push(fn);
  }
}

interface Entry {
  t: number;
  seq: number;
  fn: () => void;
}

/** Waits for a delay. */
export const delay = (ms: number): Wait => ({ kind: 'delay', ms: Math.max(0, Math.round(ms)) });

/** Waits for a signal. */
export const until = (signal: Signal): Wait => ({ kind: 'signal', signal });

/** The event queue and clock of one simulation. */
export class Scheduler {
  now = 0;
  steps = 0;
  private heap: Entry[] = [];
  private seq = 0;

  /** Runs fn at simulated time t (never earlier than now). */
  at(t: number, fn: () => void): void {
    const entry = { t: Math.max(t, this.now), seq: this.seq++, fn };
    const h = this.heap;
    h.push(entry);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = h[p] as Entry;
      if (before(parent, entry)) break;
      h[i] = parent;
      i = p;
    }
    h[i] = entry;
  }

  /** Time of the next queued entry, or undefined. */
  peek(): number | undefined {
    return this.heap[0]?.t;
  }

  /** Runs entries up to and including time `end`, at most `maxSteps`; returns false when the step bound stopped it. */
  run(end: number, maxSteps: number): boolean {
    while (this.heap.length > 0) {
      const top = this.heap[0] as Entry;
      if (top.t > end) break;
      if (this.steps >= maxSteps) return false;
      this.pop();
      this.now = top.t;
      this.steps++;
      top.fn();
    }
    this.now = Math.max(this.now, end);
    return true;
  }

  /** Starts a task; the returned signal fires when it finishes. */
  spawn(body: TaskBody): Signal {
    const done = new Signal();
    const step = (): void => {
      const r = body.next();
      if (r.done) {
        done.fire();
        return;
      }
      const w = r.value;
      if (w.kind === 'delay') this.at(this.now + w.ms, step);
      else w.signal.then(() => this.at(this.now, step));
    };
    step();
    return done;
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop() as Entry;
    if (h.length === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      let best = last;
      if (l < h.length && before(h[l] as Entry, best)) { m = l; best = h[l] as Entry; }
      if (r < h.length && before(h[r] as Entry, best)) { m = r; best = h[r] as Entry; }
      if (m === i) break;
      h[i] = best;
      i = m;
    }
    h[i] = last;
  }
}

function before(a: Entry, b: Entry): boolean {
  return a.t < b.t || (a.t === b.t && a.seq < b.seq);
}
