// The editor slice: the scenario text and the actions that change it (each asks for a simulation).
import type { StateCreator } from 'zustand/vanilla';
import { appendScenarioEvent } from '../../engine/manifest/appendEvent';
import { formatGoDuration } from '../../engine/manifest/duration';
import { findGalleryEntry, gallery, type GalleryEntry } from '../../scenario/gallery';
import type { EditorSlice, PlaygroundState } from '../types';

/** The example whose text this is, exactly; undefined for any other text. */
export function galleryIdOfText(text: string): string | undefined {
  return gallery.find((entry) => entry.yaml === text)?.id;
}

/** The example the text came from and whether it has been changed since (edits, What-if events). */
export interface ExampleState {
  entry: GalleryEntry;
  modified: boolean;
}

const exampleStates = new WeakMap<GalleryEntry, readonly [ExampleState, ExampleState]>();

/** The example shown, and whether the text differs from it; undefined for the user's own scenario. Same object while unchanged. */
export const selectExample = (s: PlaygroundState): ExampleState | undefined => {
  const entry = s.galleryId === undefined ? undefined : findGalleryEntry(s.galleryId);
  if (!entry) return undefined;
  let states = exampleStates.get(entry);
  if (!states) {
    states = [{ entry, modified: false }, { entry, modified: true }];
    exampleStates.set(entry, states);
  }
  return states[entry.yaml === s.text ? 0 : 1];
};

/** Creates the editor slice; `simulate` asks for the simulation of a text, whose answer the store applies when it comes. */
export const createEditorSlice = (simulate: (text: string) => void): StateCreator<PlaygroundState, [], [], EditorSlice> => (set, get) => ({
  text: '',
  textSource: 'default',
  setText: (text) => {
    const s = get();
    if (text === s.text) return;
    // The text is the state's at once (and so saved as the draft) before any simulation starts.
    // An edit (or a What-if event) keeps the example it started from, marked modified; a text that
    // equals an example, such as an undo back to it, is that example again.
    set({ text, textSource: 'user', galleryId: galleryIdOfText(text) ?? s.galleryId, simulating: true });
    simulate(text);
  },
  openText: (text, textSource, galleryId) => {
    // An opened text (a link, a restored draft) is the user's own unless it is an example's exactly
    // or the caller knows which example it is a changed copy of.
    set({ text, textSource, galleryId: galleryIdOfText(text) ?? (galleryId && findGalleryEntry(galleryId) ? galleryId : undefined), simulating: true });
    simulate(text);
  },
  loadGalleryEntry: (id) => {
    const entry = findGalleryEntry(id);
    if (!entry) return;
    set({ text: entry.yaml, textSource: 'gallery', galleryId: id, t: 0, playing: false, logsContainer: undefined, simulating: true });
    simulate(entry.yaml);
  },
  addEventAtPlayhead: (body) => {
    const s = get();
    const at = formatGoDuration(Math.max(0, Math.round(s.t / 100) * 100));
    const next = s.stale ? undefined : appendScenarioEvent(s.text, `at: ${at}, ${body}`);
    if (next === undefined) {
      s.setNotice({ kind: 'link-error', message: 'The event could not be added: fix the errors in the scenario first, then try again.' });
      return false;
    }
    s.setText(next);
    return true;
  },
});
