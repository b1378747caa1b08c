import { useStore } from 'zustand';
import { selectTab } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import type { InspectorTab } from '../../store/types';
import { InspectorView } from '../inspector/InspectorViews';
import { Pane } from '../layout/Pane';

const tabs: [InspectorTab, string][] = [['get', 'get'], ['watch', 'get -w'], ['describe', 'describe'], ['status', 'status'], ['logs', 'logs'], ['resources', 'resources']];

/** kubectl's views of the pod at the playhead, in tabs. */
export function InspectorPane({ store }: { store: PlaygroundStore }) {
  const tab = useStore(store, selectTab);
  const move = (e: React.KeyboardEvent, index: number) => {
    // The tabs keep ← → Home End for themselves (a tablist's keys): Esc gives them back to the timeline.
    if (e.key === 'Escape') {
      const timeline = document.querySelector<HTMLElement>('[data-testid="timeline"] [role="application"]');
      timeline?.focus();
      // A timeline out of sight (another tab of the phone layout) cannot take the focus: Esc then does nothing.
      if (timeline && document.activeElement === timeline) e.preventDefault();
      return;
    }
    const next = e.key === 'ArrowRight' ? index + 1 : e.key === 'ArrowLeft' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : undefined;
    if (next === undefined) return;
    e.preventDefault();
    const [id] = tabs[(next + tabs.length) % tabs.length] ?? tabs[0] ?? ['get'];
    store.getState().setTab(id);
    document.getElementById(`tab-${id}`)?.focus();
  };
  return (
    <Pane id="inspector" title="Inspector">
      <div role="tablist" aria-label="kubectl views" className="tabs">
        {tabs.map(([id, label], i) => (
          <button key={id} id={`tab-${id}`} type="button" role="tab" aria-selected={tab === id} aria-controls="inspector-panel"
            tabIndex={tab === id ? 0 : -1} onClick={() => store.getState().setTab(id)} onKeyDown={(e) => move(e, i)}>{label}</button>
        ))}
      </div>
      <div id="inspector-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="tab-panel">
        <InspectorView store={store} tab={tab} />
      </div>
    </Pane>
  );
}
