import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StorageLike } from './share/drafts';
import { bootState } from './store/boot';
import { createPlaygroundStore } from './store/store';
import { startSync } from './store/urlSync';
import { startWorkerSimulator } from './startSimulator';
import { App } from './ui/App';
import { EnvironmentContext } from './ui/environment';
import './ui/styles.css';

/** localStorage when the browser lets us use it (private modes and sandboxes may not). */
function localStorageOrNothing(): StorageLike | undefined {
  try {
    const s = window.localStorage;
    s.getItem('icp:probe');
    return s;
  } catch {
    return undefined;
  }
}

const storage = localStorageOrNothing();
const { initial, notice } = bootState(window.location.hash, storage);
// The engine runs in a worker: typing never waits for it, and a run that takes too long is stopped.
const store = createPlaygroundStore(notice ? { ...initial, notice } : initial, startWorkerSimulator());
let written = window.location.hash.replace(/^#/, '');
startSync(store, {
  replaceHash: (fragment) => {
    written = fragment;
    window.history.replaceState(null, '', `#${fragment}`);
  },
  ...(storage ? { storage } : {}),
  setTimer: (fn, ms) => window.setTimeout(fn, ms),
  clearTimer: (id) => window.clearTimeout(id),
  now: () => Date.now(),
});
// A link pasted into this tab's address bar: open it like a fresh visit, keeping the draft.
// The fragment navigated to, from the event: the URL sync may have replaced the hash since (it writes
// the state of a moment ago), and that must not make the page ignore the link.
window.addEventListener('hashchange', (event) => {
  const fragment = new URL(event.newURL).hash.replace(/^#/, '');
  if (!fragment || fragment === written) return;
  written = fragment;
  const next = bootState(`#${fragment}`, storage);
  const s = store.getState();
  const o = next.initial.overrides ?? {};
  if (next.initial.text !== undefined) s.openText(next.initial.text, next.initial.textSource ?? 'link');
  s.seek(o.t ?? 0);
  if (o.speed !== undefined) s.setSpeed(o.speed);
  if (o.tab !== undefined) s.setTab(o.tab);
  if (o.logsContainer !== undefined) s.setLogsContainer(o.logsContainer);
  if (o.theme !== undefined) s.setTheme(o.theme);
  s.setNotice(next.notice);
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <EnvironmentContext.Provider value={{ ...(storage ? { storage } : {}), playgroundUrl: new URL('./', window.location.href).href }}>
        <App store={store} />
      </EnvironmentContext.Provider>
    </StrictMode>,
  );
}
