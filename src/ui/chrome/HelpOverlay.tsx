import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { selectHelpOpen } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import { quizShortcuts } from '../quiz/useQuizKeys';
import { LegendContent } from '../timeline/TimelineLegend';
import { shortcuts } from './useKeyboardShortcuts';
import { useModal } from './useModal';

/** The keyboard shortcuts and, one button away, the timeline legend, in a modal dialog. */
export function HelpOverlay({ store }: { store: PlaygroundStore }) {
  const open = useStore(store, selectHelpOpen);
  const [legend, setLegend] = useState(false);
  const close = () => {
    setLegend(false);
    store.getState().setHelpOpen(false);
  };
  const dialog = useModal<HTMLDivElement>(open, close);
  // Swapping the content removes the pressed button: keep the focus inside the dialog.
  useEffect(() => {
    if (open) dialog.current?.querySelector('button')?.focus();
  }, [legend, open, dialog]);
  if (!open) return null;
  return (
    <div className="overlay" onClick={close}>
      <div ref={dialog} className={legend ? 'dialog tl-legend-dialog' : 'dialog'} role="dialog" aria-modal="true" aria-labelledby="help-title" onClick={(e) => e.stopPropagation()}>
        {legend ? (
          <>
            <h2 id="help-title">Timeline legend</h2>
            <button type="button" onClick={() => setLegend(false)}>Back to shortcuts</button>
            <LegendContent />
          </>
        ) : (
          <>
            <h2 id="help-title">Keyboard shortcuts</h2>
            {/* One table with two row groups, so that both lists share their columns. */}
            <table className="shortcuts">
              <tbody>
                {shortcuts.map(([keys, action]) => <tr key={keys}><th scope="row"><kbd>{keys}</kbd></th><td>{action}</td></tr>)}
              </tbody>
              <tbody>
                <tr><th scope="rowgroup" colSpan={2} className="shortcuts-heading">In Guess first, while a question is open</th></tr>
                {quizShortcuts.map(([keys, action]) => <tr key={keys}><th scope="row"><kbd>{keys}</kbd></th><td>{action}</td></tr>)}
              </tbody>
            </table>
            <p className="hint">In the timeline: ↑/↓ choose a lane, ←/→ a segment, which is then explained with its cause. Hover or tap a segment to see why it began. There <kbd>+</kbd> / <kbd>−</kbd> zoom in and out and <kbd>0</kbd> shows the whole trace (instead of the speed); Ctrl/⌘ + wheel or a pinch zooms, Shift + wheel or a drag along the time axis pans.</p>
            <p className="hint">In the inspector's tabs, ←/→ and Home/End move between the tabs; <kbd>Esc</kbd> returns to the timeline, where the keys above work again.</p>
            <button type="button" onClick={() => setLegend(true)}>Timeline legend: colours and marks</button>{' '}
          </>
        )}
        <button type="button" onClick={close}>Close</button>
      </div>
    </div>
  );
}
