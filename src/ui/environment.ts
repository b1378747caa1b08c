import { createContext } from 'react';
import type { StorageLike } from '../share/drafts';

/** What the page gives the playground: where drafts go (none in an embed) and the playground's own URL. */
export interface PlaygroundEnvironment {
  storage?: StorageLike;
  /** The playground's base URL, e.g. https://host/path/ (share links and embed snippets start with it). */
  playgroundUrl: string;
}

/** The environment, provided once at boot. */
export const EnvironmentContext = createContext<PlaygroundEnvironment>({ playgroundUrl: '/' });
