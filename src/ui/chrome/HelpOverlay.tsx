import { useStore } from 'zustand';
import { selectHelpOpen } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import { shortcuts } from './useKeyboardShortcuts';
import { useModal } from './useModal';

/** The keyboard shortcuts, in a modal dialog. */
export function HelpOverlay({ store }: { store: PlaygroundStore }) {
  const open = useStore(store, selectHelpOpen);
  const dialog = useModal<HTMLDivElement>(open, () => store.getState().setHelpOpen(false));
  if (!open) return null;
  return (
    <div className="overlay" onClick={() => store.getState().setHelpOpen(false)}>
      <div ref={dialog} className="dialog" role="dialog" aria-modal="true" aria-labelledby="help-title" onClick={(e) => e.stopPropagation()}>
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            {shortcuts.map(([keys, action]) => <tr key={keys}><th scope="row"><kbd>{keys}</kbd></th><td>{action}</td></tr>)}
          </tbody>
        </table>
        <p className="hint">In the timeline: ↑/↓ choose a lane, ←/→ a segment, which is then explained.</p>
        <button type="button" onClick={() => store.getState().setHelpOpen(false)}>Close</button>
      </div>
    </div>
  );
}
