// The store's simulator: texts in, answers out, later. The newest text wins: at most one run is in
// flight and one text waits (the newest); an answer for a text that was replaced meanwhile is
// dropped. A watchdog ends a run that takes longer than its budget by replacing the worker.
import type { ProgressNote } from '../engine/kubelet/progress';
import type { AnalysisResult } from '../engine/simulate';
import { decodeAnalysis, type EncodedAnalysis, type SimulateRequest, type SimulatorMessage } from '../engine/worker/protocol';

/** What the store hears back for the newest text. */
export type SimulatorAnswer =
  | { kind: 'result'; analysis: AnalysisResult }
  /** The model equals the one shown: keep what is shown. */
  | { kind: 'unchanged' }
  /** The run was stopped after `budgetMs`; `note` is where it was last seen. */
  | { kind: 'too-slow'; budgetMs: number; note?: ProgressNote }
  /** The simulator itself failed (it could not start, or the engine threw); `message` completes "The simulator could not run this scenario: …". */
  | { kind: 'failed'; message: string };

/** The port the store talks to: asks for a text's simulation; `deliver` gets the answer unless a newer text was asked for first. */
export interface Simulator {
  simulate(text: string, deliver: (answer: SimulatorAnswer) => void): void;
  /** Ends the worker; nothing is delivered afterwards. */
  dispose(): void;
}

/** A running engine (a Web Worker, or the engine in this thread for tests). */
export interface SimulatorEndpoint {
  post(request: SimulateRequest): void;
  /** Stops it at once, even inside a run. */
  terminate(): void;
}

/** Starts an engine; it reports through `onMessage` (first `ready`) and `onError` (it could not load or it crashed). */
export type SpawnEndpoint = (onMessage: (message: SimulatorMessage) => void, onError: (message: string) => void) => SimulatorEndpoint;

/** The simulator's clock (the page passes window timers; the store itself knows no window). */
export interface SimulatorTimers {
  setTimer: (fn: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
}

/** Options of a simulator. */
export interface SimulatorOptions {
  spawn: SpawnEndpoint;
  timers: SimulatorTimers;
  /** Wall time a run may take before its worker is replaced (default 2 s). */
  budgetMs?: number;
  /** Wall time a fresh worker may take to load (default 15 s). */
  startMs?: number;
  /** Reads a result as it arrives (default `decodeAnalysis`); the page's boot also keeps what the worker prepared for its views. */
  decode?: (payload: EncodedAnalysis) => AnalysisResult;
}

interface Run {
  id: number;
  text: string;
  deliver: (answer: SimulatorAnswer) => void;
  note?: ProgressNote;
}

/** Texts whose runs were stopped, remembered so that an undo back to one answers at once. */
const slowMemory = 8;

/** Creates the newest-wins simulator over engines started by `spawn`. */
export function createSimulator(options: SimulatorOptions): Simulator {
  const { spawn, timers } = options;
  const budgetMs = options.budgetMs ?? 2000;
  const startMs = options.startMs ?? 15_000;
  const decode = options.decode ?? decodeAnalysis;
  let nextId = 1;
  let running: Run | undefined;
  let pending: Run | undefined;
  let watchdog: number | undefined;
  // The model key of the trace the store holds: a text with the same model is not simulated again.
  let shownKey: string | undefined;
  let disposed = false;
  const slow = new Map<string, ProgressNote | undefined>();
  let endpoint: SimulatorEndpoint | undefined;
  let ready = false;

  const arm = (ms: number, fn: () => void) => {
    if (watchdog !== undefined) timers.clearTimer(watchdog);
    watchdog = timers.setTimer(() => { watchdog = undefined; fn(); }, ms);
  };
  const disarm = () => {
    if (watchdog !== undefined) timers.clearTimer(watchdog);
    watchdog = undefined;
  };
  const tooSlow = (note: ProgressNote | undefined): SimulatorAnswer => (note ? { kind: 'too-slow', budgetMs, note } : { kind: 'too-slow', budgetMs });

  const start = (): void => {
    if (disposed || running || !pending) return;
    const run = pending;
    pending = undefined;
    if (slow.has(run.text)) {
      run.deliver(tooSlow(slow.get(run.text)));
      start();
      return;
    }
    running = run;
    const engine = endpoint ?? spawnEndpoint();
    // A fresh worker is still loading the engine: the budget counts from its `ready`.
    if (ready) arm(budgetMs, stopSlowRun);
    else arm(startMs, failStart);
    engine.post(shownKey === undefined ? { type: 'simulate', id: run.id, text: run.text } : { type: 'simulate', id: run.id, text: run.text, shownKey });
  };

  // Ends the engine (inside a run, too); a fresh one starts at once when asked (warm for the next text) or with the next run.
  const replaceEngine = (warm: boolean) => {
    endpoint?.terminate();
    endpoint = undefined;
    ready = false;
    if (warm && !disposed) spawnEndpoint();
  };

  const finish = (run: Run, answer: SimulatorAnswer) => {
    disarm();
    running = undefined;
    // A newer text waits: this answer is stale and dropped.
    if (!pending) run.deliver(answer);
    start();
  };

  function stopSlowRun() {
    const run = running;
    if (!run) return;
    replaceEngine(true);
    slow.set(run.text, run.note);
    if (slow.size > slowMemory) slow.delete(slow.keys().next().value as string);
    finish(run, tooSlow(run.note));
  }

  function failStart() {
    const run = running;
    if (!run) return;
    replaceEngine(false);
    finish(run, { kind: 'failed', message: 'it did not start in this browser.' });
  }

  const onMessage = (message: SimulatorMessage) => {
    if (message.type === 'ready') {
      ready = true;
      if (running) arm(budgetMs, stopSlowRun);
      return;
    }
    const run = running;
    if (!run || message.id !== run.id) return;
    if (message.type === 'progress') run.note = message.note;
    else if (message.type === 'failed') finish(run, { kind: 'failed', message: message.message });
    else if (message.type === 'unchanged') finish(run, { kind: 'unchanged' });
    else {
      if (!pending && message.key !== undefined) shownKey = message.key;
      // A newer text waits: the answer is dropped, so it is not read either.
      finish(run, pending ? { kind: 'unchanged' } : { kind: 'result', analysis: decode(message.payload) });
    }
  };

  // A worker that cannot load, or that crashed: the run in flight fails; the next text starts a fresh one.
  const onError = (message: string) => {
    const run = running;
    replaceEngine(false);
    if (run) finish(run, { kind: 'failed', message });
  };

  function spawnEndpoint(): SimulatorEndpoint {
    const started: { endpoint?: SimulatorEndpoint } = {};
    // Only the current engine is heard (it is not known yet while a synchronous engine reports from inside spawn).
    const current = () => !disposed && (started.endpoint === undefined || started.endpoint === endpoint);
    const self = spawn((m) => { if (current()) onMessage(m); }, (e) => { if (current()) onError(e); });
    started.endpoint = self;
    endpoint = self;
    return self;
  }

  return {
    simulate(text, deliver) {
      if (disposed) return;
      pending = { id: nextId++, text, deliver };
      start();
    },
    dispose() {
      disposed = true;
      disarm();
      endpoint?.terminate();
      endpoint = undefined;
    },
  };
}
