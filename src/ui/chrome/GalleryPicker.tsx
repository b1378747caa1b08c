import { useStore } from 'zustand';
import { gallery } from '../../scenario/gallery';
import { selectExample } from '../../store/slices/editor';
import type { PlaygroundStore } from '../../store/store';
import './galleryPicker.css';

/**
 * Picks an example scenario; its one-line lesson is shown beside it. An example that was changed
 * (an edit, a What-if event) stays named, marked "(modified)", with a way back to its own text.
 */
export function GalleryPicker({ store }: { store: PlaygroundStore }) {
  const example = useStore(store, selectExample);
  const pick = (next: string, aside = 'Your own scenario was put aside.') => {
    const s = store.getState();
    const entry = gallery.find((g) => g.id === next);
    if (!entry) return;
    // The user's own text is not lost when an example replaces it: it stays one click away (and
    // in storage as the draft, which an example does not overwrite).
    const own = (s.textSource === 'user' || s.textSource === 'draft') && s.text.trim() !== '' && s.text !== entry.yaml ? s.text : undefined;
    const from = s.galleryId;
    s.loadGalleryEntry(next);
    if (own !== undefined) s.setNotice({ kind: 'draft-kept', message: aside, previousDraft: own, ...(from ? { previousGalleryId: from } : {}) });
  };
  const id = example?.entry.id;
  const modified = example?.modified === true;
  return (
    <div className="gallery-picker">
      <label htmlFor="gallery-select" className="visually-hidden">Example scenario</label>
      <select id="gallery-select" value={id ?? ''} onChange={(e) => { if (e.target.value) pick(e.target.value); }}>
        {id === undefined && <option value="">Your scenario</option>}
        {gallery.map((g) => <option key={g.id} value={g.id}>{g.id === id && modified ? `${g.title} (modified)` : g.title}</option>)}
      </select>
      {example && modified && (
        <button type="button" className="reset-example" title={`Replace the text with the example "${example.entry.title}" as it was`}
          onClick={() => pick(example.entry.id, 'Your changes to the example were put aside.')}>Reset to example</button>
      )}
      {example && (
        <span className="lesson" title={modified ? `${example.entry.lesson} (modified)` : example.entry.lesson} data-testid="example-caption">
          {modified && <span className="lesson-modified">(modified)</span>}{modified && ' '}{example.entry.lesson}
        </span>
      )}
    </div>
  );
}
