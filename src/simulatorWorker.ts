// The simulation worker's boot: the engine runs here, off the page's main thread. It answers each
// request (src/engine/worker/serve.ts), adds the timeline's lanes in time to each result
// (src/render/preparedTransfer.ts), and passes on a few progress notes, so that a run the page
// stops for taking too long can say where it was.
import { parseSimulateRequest, type SimulatorMessage } from './engine/worker/protocol';
import { createRequestServer } from './engine/worker/serve';
import { addPreparedViews } from './render/preparedTransfer';

/** The part of a dedicated worker's global scope used here (the project's types have no WebWorker library). */
interface WorkerScope {
  postMessage(message: SimulatorMessage, transfer: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope = self as unknown as WorkerScope;
const serveRequest = createRequestServer();
// A few notes per 50 ms: the first commands of every window are told, so a command that never
// returns is named when it starts a window, and the page gets at most 80 notes a second.
const windowMs = 50;
const notesPerWindow = 4;

scope.addEventListener('message', (event) => {
  const request = parseSimulateRequest(event.data);
  if (!request) return;
  let windowStart = -Infinity;
  let told = 0;
  const { message, transfer } = serveRequest(request, (note) => {
    const now = performance.now();
    if (now - windowStart >= windowMs) {
      windowStart = now;
      told = 0;
    }
    if (told++ < notesPerWindow) scope.postMessage({ type: 'progress', id: request.id, note }, []);
  });
  // The timeline's lanes in time are walked out of the trace here too, off the page's main thread.
  if (message.type === 'result') transfer.push(...addPreparedViews(message.payload));
  scope.postMessage(message, transfer);
});
scope.postMessage({ type: 'ready' }, []);
