import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useOutsidePointer } from '../useOutsidePointer';
import { useStore } from 'zustand';
import { selectGalleryId, selectModel, selectPlayhead, selectTheme, selectTrace } from '../../store/selectors';
import { selectViewWindow } from '../../store/slices/playback';
import type { PlaygroundStore } from '../../store/store';
import { formatClock } from '../playback/formatClock';
import { buildTimelineExport, exportBlob, saveBlob, type ExportKind } from './exportTimeline';
import './exportMenu.css';

const items: { kind: ExportKind; label: string; hint: string }[] = [
  { kind: 'svg', label: 'SVG image', hint: 'at the playhead' },
  { kind: 'png', label: 'PNG image (2×)', hint: 'at the playhead' },
  { kind: 'animated', label: 'Animated SVG', hint: 'plays the window, no script' },
];

/** The width the timeline is drawn at on the page, so the export matches what is seen. */
function shownWidth(from: HTMLElement | null): number {
  const scroll = from?.closest('section')?.querySelector<HTMLElement>('.tl-scroll');
  return scroll && scroll.clientWidth > 0 ? scroll.clientWidth : 1200;
}

/** "Export": the timeline as seen (the zoomed window, the playhead, the theme) as SVG, PNG or animated SVG. */
export function ExportMenu({ store }: { store: PlaygroundStore }) {
  const trace = useStore(store, selectTrace);
  const model = useStore(store, selectModel);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // The list hangs from the button's right edge, or from its left edge where it would leave the screen (a phone's narrow row).
  const [fromStart, setFromStart] = useState(false);
  const menuId = `export-menu-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // While open, the note follows the playhead: the still images show it where it is when chosen.
  const t = useStore(store, (s) => (open ? selectPlayhead(s) : 0));
  const closeOutside = useCallback(() => setOpen(false), []);
  useOutsidePointer(root, open, closeOutside);
  if (!trace || !model) return null;

  const close = () => { setOpen(false); button.current?.focus(); };
  const show = () => {
    // The list is 15rem wide (see exportMenu.css), plus a margin from the screen's edge.
    setFromStart((button.current?.getBoundingClientRect().right ?? 0) < 15 * 16 + 16);
    setOpen(true);
  };
  const save = (kind: ExportKind) => {
    const s = store.getState();
    const setting = selectTheme(s);
    const theme = setting === 'auto' ? (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : setting;
    const file = buildTimelineExport({
      trace, pod: model.pod, window: selectViewWindow(s), at: selectPlayhead(s), width: shownWidth(root.current), theme,
      scenario: selectGalleryId(s) ?? model.pod.name,
    }, kind);
    close();
    exportBlob(file).then((blob) => { saveBlob(blob, file.name); setStatus(`Saved ${file.name}`); },
      (e: unknown) => setStatus(`Could not export: ${e instanceof Error ? e.message : String(e)}`));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) { e.stopPropagation(); close(); return; }
    if (e.key === 'Tab' && open) { setOpen(false); return; }
    // Closed, only the arrows open the menu; Home and End stay the playback's.
    if (!(open ? ['ArrowDown', 'ArrowUp', 'Home', 'End'] : ['ArrowDown', 'ArrowUp']).includes(e.key)) return;
    // Handled here, so the playback shortcuts on the same keys leave it alone.
    e.preventDefault();
    e.stopPropagation();
    if (!open) { show(); return; }
    const menuItems = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = menuItems.indexOf(document.activeElement as HTMLElement);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? menuItems.length - 1 : (i + (e.key === 'ArrowDown' ? 1 : -1) + menuItems.length) % menuItems.length;
    menuItems[next]?.focus();
  };

  return (
    <div ref={root} className="export" onKeyDown={onKeyDown}>
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} aria-controls={open ? menuId : undefined}
        title="Save the timeline as shown" onClick={() => (open ? setOpen(false) : show())}>Export</button>
      {open && (
        <div id={menuId} className={fromStart ? 'export-menu export-menu--start' : 'export-menu'} role="menu" aria-label={`Export the timeline, at ${formatClock(t)}`}>
          <p className="export-note" aria-hidden="true">The timeline as shown, at {formatClock(t)}:</p>
          {items.map((item, i) => (
            <button key={item.kind} type="button" role="menuitem" autoFocus={i === 0} onClick={() => save(item.kind)}>
              <span className="export-label">{item.label}</span> <span className="export-hint">{item.hint}</span>
            </button>
          ))}
        </div>
      )}
      <span className="visually-hidden" role="status">{status}</span>
    </div>
  );
}
