import { useRef, useState } from 'react';
import { useStore } from 'zustand';
import { selectModel, selectSnapshot, selectStale } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import { formatClock } from './formatClock';
import { whatIfActions } from './whatIfActions';

/** "What if…": make something happen at the playhead; it becomes an event in the Scenario document. */
export function WhatIfMenu({ store }: { store: PlaygroundStore }) {
  const model = useStore(store, selectModel);
  const snapshot = useStore(store, selectSnapshot);
  const stale = useStore(store, selectStale);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (!model) return null;
  const t = store.getState().t;
  const actions = open ? whatIfActions(model, snapshot, t) : [];
  const close = () => { setOpen(false); button.current?.focus(); };
  return (
    <div className="whatif" onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.stopPropagation(); close(); } }}>
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} disabled={stale}
        title={stale ? 'Fix the errors in the scenario first' : 'Make something happen at the playhead'} onClick={() => setOpen(!open)}>What if…</button>
      {open && (
        <div className="menu" role="menu" aria-label={`What if, at ${formatClock(t)}`}>
          <p className="menu-note">At {formatClock(t)}, added to the Scenario document:</p>
          {actions.map((a, i) => (
            <button key={a.body} type="button" role="menuitem" autoFocus={i === 0}
              onClick={() => { store.getState().addEventAtPlayhead(a.body); close(); }}>{a.label}</button>
          ))}
        </div>
      )}
    </div>
  );
}
