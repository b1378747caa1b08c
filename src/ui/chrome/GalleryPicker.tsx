import { useStore } from 'zustand';
import { gallery } from '../../scenario/gallery';
import { selectGalleryId } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';

/** Picks an example scenario; its one-line lesson is shown beside it. */
export function GalleryPicker({ store }: { store: PlaygroundStore }) {
  const id = useStore(store, selectGalleryId);
  const entry = gallery.find((g) => g.id === id);
  return (
    <div className="gallery-picker">
      <label htmlFor="gallery-select" className="visually-hidden">Example scenario</label>
      <select id="gallery-select" value={id ?? ''} onChange={(e) => { if (e.target.value) store.getState().loadGalleryEntry(e.target.value); }}>
        {id === undefined && <option value="">Your scenario</option>}
        {gallery.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
      </select>
      {entry && <span className="lesson" title={entry.lesson}>{entry.lesson}</span>}
    </div>
  );
}
