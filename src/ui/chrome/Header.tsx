import type { ReactNode } from 'react';
import type { PlaygroundStore } from '../../store/store';
import { GalleryPicker } from './GalleryPicker';
import { ThemeSwitch } from './ThemeSwitch';

/** The top bar: product name, example picker, theme, help (and whatever the caller adds). */
export function Header({ store, children }: { store: PlaygroundStore; children?: ReactNode }) {
  return (
    <header className="header">
      <h1 className="brand">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        Init Container Playground
      </h1>
      <GalleryPicker store={store} />
      <div className="header-tools">
        {children}
        <button type="button" onClick={() => store.getState().setShareOpen(true)}>Share</button>
        <ThemeSwitch store={store} />
        <button type="button" className="icon-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)"
          onClick={() => store.getState().setHelpOpen(true)}>?</button>
      </div>
    </header>
  );
}
