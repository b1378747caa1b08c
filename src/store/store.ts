// One vanilla zustand store from typed slices; components use it through named selectors.
import { createStore } from 'zustand/vanilla';
import { docsExampleYaml } from '../scenario/docsExample';
import { createEditorSlice, galleryIdOfText } from './slices/editor';
import { createPlaybackSlice } from './slices/playback';
import { createQuizSlice } from './slices/quiz';
import { applyAnswer, initialSimulation } from './slices/simulation';
import { createUiSlice } from './slices/viewOptions';
import type { Simulator } from './simulator';
import type { Notice, PlaygroundState } from './types';

export type { PlaygroundState } from './types';

/** What a playground starts with: a text (the docs example by default) and optional state. */
export interface InitialState {
  text?: string;
  textSource?: PlaygroundState['textSource'];
  galleryId?: string;
  notice?: Notice;
  overrides?: Partial<Pick<PlaygroundState, 't' | 'speed' | 'tab' | 'theme' | 'logsContainer' | 'playing' | 'quizOn'>>;
}

/** Creates the store over a simulator (the page's worker, or the engine in this thread for tests); tests drive it without React. */
export function createPlaygroundStore(initial: InitialState, simulator: Simulator) {
  const text = initial.text ?? docsExampleYaml;
  // Only the newest text's answer is delivered (see simulator.ts), so an answer always belongs to the text shown.
  const simulate = (next: string) => simulator.simulate(next, (answer) => store.setState(applyAnswer(store.getState(), answer)));
  const store = createStore<PlaygroundState>()((set, get, api) => {
    const state: PlaygroundState = {
      ...createEditorSlice(simulate)(set, get, api),
      ...createPlaybackSlice(set, get, api),
      ...createUiSlice(set, get, api),
      ...createQuizSlice(set, get, api),
      ...initialSimulation,
      text,
      ...initial.overrides,
    };
    // A restored playhead (link, embed start) is kept until the first answer says how far the trace goes.
    state.t = Math.max(0, state.t);
    if (initial.notice) state.notice = initial.notice;
    if (initial.textSource) state.textSource = initial.textSource;
    // A draft or a link whose text is an example's exactly is that example (and shows its lesson).
    const galleryId = initial.galleryId ?? (initial.text === undefined ? 'docs-myapp-pod' : galleryIdOfText(text));
    if (galleryId) state.galleryId = galleryId;
    return state;
  });
  simulate(text);
  return store;
}

/** The store type used across the UI. */
export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>;
