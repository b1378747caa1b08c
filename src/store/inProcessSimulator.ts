// The simulator with the engine in this thread, answering at once: for unit tests and Node, where
// there is no Web Worker. The same newest-wins client and the same request handler as the browser's.
import { createRequestServer } from '../engine/worker/serve';
import { createSimulator, type Simulator } from './simulator';

/** A simulator that runs the engine synchronously inside `simulate` (its watchdog never fires). */
export function createInProcessSimulator(): Simulator {
  return createSimulator({
    spawn: (onMessage) => {
      const serve = createRequestServer();
      onMessage({ type: 'ready' });
      return { post: (request) => onMessage(serve(request).message), terminate: () => undefined };
    },
    timers: { setTimer: () => 0, clearTimer: () => undefined },
  });
}
