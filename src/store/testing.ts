// Stores for unit tests: the engine in this thread, answering inside the action that asked.
import { createInProcessSimulator } from './inProcessSimulator';
import { createPlaygroundStore, type InitialState } from './store';

/** A store over the in-process simulator, for tests that drive it without a browser. */
export function createTestStore(initial: InitialState = {}) {
  const store = createPlaygroundStore(initial, createInProcessSimulator());
  // Server rendering (renderToStaticMarkup) reads the initial state: let it be the state after the first answer, as a browser shows it.
  store.getInitialState = () => store.getState();
  return store;
}
