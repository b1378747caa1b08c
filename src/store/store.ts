import { createStore } from 'zustand/vanilla';
import { docsExampleYaml } from '../scenario/docsExample';

/** The editor slice: the scenario text, the only input of the playground. */
export interface EditorSlice {
  text: string;
  setText: (text: string) => void;
}

/** Everything the playground keeps in one store. */
export type PlaygroundState = EditorSlice;

/** Returns the state a fresh playground starts with (also used to reset). */
export function getInitialText(): string {
  return docsExampleYaml;
}

/** Creates the vanilla store; tests drive it without React. */
export function createPlaygroundStore(text: string = getInitialText()) {
  return createStore<PlaygroundState>()((set) => ({
    text,
    setText: (next) => set({ text: next }),
  }));
}

/** The store type used across the UI. */
export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>;
