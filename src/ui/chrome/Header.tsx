import { useContext, useState, type MouseEvent, type ReactNode } from 'react';
import { encodeShareState, MAX_FRAGMENT_CHARS, shareUrl } from '../../share/shareCodec';
import { shareStateOf } from '../../store/urlSync';
import { copyText } from '../clipboard';
import { EnvironmentContext } from '../environment';
import type { PlaygroundStore } from '../../store/store';
import { GalleryPicker } from './GalleryPicker';
import { ThemeSwitch } from './ThemeSwitch';
import { VersionPicker } from './VersionPicker';

/** The top bar: product name, example picker, theme, help (and whatever the caller adds). */
export function Header({ store, children }: { store: PlaygroundStore; children?: ReactNode }) {
  const env = useContext(EnvironmentContext);
  // On a phone the example's caption shows three lines; a tap on it shows the rest (and hides it again).
  const [lessonOpen, setLessonOpen] = useState(false);
  const toggleLesson = (e: MouseEvent) => {
    if (e.target instanceof Element && e.target.closest('.lesson')) setLessonOpen((open) => !open);
  };
  // Share copies the link at once (at the playhead) and opens the dialog with the other options.
  const share = () => {
    const state = shareStateOf(store.getState(), true);
    if (encodeShareState(state).length > MAX_FRAGMENT_CHARS) { store.getState().setShareOpen(true); return; }
    void copyText(shareUrl(env.playgroundUrl, state)).then((ok) => store.getState().setShareOpen(true, ok));
  };
  return (
    <header className={lessonOpen ? 'header header-lesson-open' : 'header'} onClick={toggleLesson}>
      <h1 className="brand">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        Init Container Playground
      </h1>
      <GalleryPicker store={store} />
      <div className="header-tools">
        <VersionPicker store={store} />
        {children}
        <button type="button" onClick={share}>Share</button>
        <ThemeSwitch store={store} />
        <button type="button" className="icon-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)"
          onClick={() => store.getState().setHelpOpen(true)}>?</button>
      </div>
    </header>
  );
}
