// The page's simulator: the engine in a module Web Worker (src/simulatorWorker.ts), replaced when a
// run takes too long. Used by both boots (the playground and the embed).
import { decodeAnalysis, parseSimulatorMessage } from './engine/worker/protocol';
import { keepPreparedViews } from './render/preparedTransfer';
import { createSimulator, type Simulator } from './store/simulator';

/** Starts the worker-backed simulator with window timers. */
export function startWorkerSimulator(budgetMs?: number): Simulator {
  return createSimulator({
    spawn: (onMessage, onError) => {
      const worker = new Worker(new URL('./simulatorWorker.ts', import.meta.url), { type: 'module', name: 'simulator' });
      worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        const message = parseSimulatorMessage(event.data);
        if (message) onMessage(message);
      });
      worker.addEventListener('error', (event) => {
        // Handled here: the page says so in words; the console stays clean.
        event.preventDefault();
        onError('it stopped unexpectedly.');
      });
      worker.addEventListener('messageerror', () => onError('it sent an answer the page could not read.'));
      return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
    },
    // The lanes the worker prepared are kept for the trace they came with.
    decode: (payload) => {
      const analysis = decodeAnalysis(payload);
      keepPreparedViews(analysis, payload.views);
      return analysis;
    },
    timers: { setTimer: (fn, ms) => window.setTimeout(fn, ms), clearTimer: (id) => window.clearTimeout(id) },
    ...(budgetMs === undefined ? {} : { budgetMs }),
  });
}
