import { useStore } from 'zustand';
import type { PlaygroundStore } from '../store/store';
import { selectText } from '../store/selectors';
import { Header } from './layout/Header';
import { Pane } from './layout/Pane';

/** The playground frame: header, editor, timeline and inspector areas. */
export function App({ store }: { store: PlaygroundStore }) {
  const text = useStore(store, selectText);
  return (
    <div className="app">
      <Header />
      <main className="workspace">
        <Pane id="editor" title="Scenario">
          <pre className="yaml-view" tabIndex={0} aria-label="Scenario YAML">{text}</pre>
        </Pane>
        <Pane id="timeline" title="Timeline">
          <p className="empty">The timeline of every container will appear here once the scenario is simulated.</p>
        </Pane>
        <Pane id="inspector" title="Inspector">
          <p className="empty">kubectl get, describe, status and logs at the playhead will appear here.</p>
        </Pane>
      </main>
    </div>
  );
}
