import { useCallback, useRef, useState } from 'react';
import { useOutsidePointer } from '../useOutsidePointer';
import { useStore } from 'zustand';
import { selectModel, selectPlayhead, selectSnapshot, selectStale } from '../../store/selectors';
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
  const root = useRef<HTMLDivElement>(null);
  // While open, the label follows the playhead: the event lands where the playhead is when chosen.
  const t = useStore(store, (s) => (open ? selectPlayhead(s) : 0));
  const closeOutside = useCallback(() => setOpen(false), []);
  useOutsidePointer(root, open, closeOutside);
  if (!model) return null;
  const actions = open ? whatIfActions(model, snapshot, t) : [];
  const close = () => { setOpen(false); button.current?.focus(); };
  return (
    <div ref={root} className="whatif" onKeyDown={(e) => {
      if (e.key === 'Escape' && open) { e.stopPropagation(); close(); return; }
      if (!open || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
      // Menu items move with the arrow keys, as in any menu.
      e.preventDefault();
      e.stopPropagation();
      const items = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
      const i = items.indexOf(document.activeElement as HTMLElement);
      const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : (i + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    }}>
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
