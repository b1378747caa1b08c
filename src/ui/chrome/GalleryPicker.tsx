import { useStore } from 'zustand';
import { gallery } from '../../scenario/gallery';
import { selectGalleryId } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';

/** Picks an example scenario; its one-line lesson is shown beside it. */
export function GalleryPicker({ store }: { store: PlaygroundStore }) {
  const id = useStore(store, selectGalleryId);
  const pick = (next: string) => {
    const s = store.getState();
    const entry = gallery.find((g) => g.id === next);
    if (!entry) return;
    // The user's own text is not lost when an example replaces it: it stays one click away (and
    // in storage as the draft, which an example does not overwrite).
    const own = (s.textSource === 'user' || s.textSource === 'draft') && s.text.trim() !== '' ? s.text : undefined;
    s.loadGalleryEntry(next);
    if (own !== undefined) s.setNotice({ kind: 'draft-kept', message: 'Your own scenario was put aside.', previousDraft: own });
  };
  const entry = gallery.find((g) => g.id === id);
  return (
    <div className="gallery-picker">
      <label htmlFor="gallery-select" className="visually-hidden">Example scenario</label>
      <select id="gallery-select" value={id ?? ''} onChange={(e) => { if (e.target.value) pick(e.target.value); }}>
        {id === undefined && <option value="">Your scenario</option>}
        {gallery.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
      </select>
      {entry && <span className="lesson" title={entry.lesson}>{entry.lesson}</span>}
    </div>
  );
}
