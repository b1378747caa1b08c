// What the playground opens with: a shared link, else the saved draft, else the docs example.
import { loadDraft, loadPreviousDraft, type StorageLike } from '../share/drafts';
import { decodeShareState } from '../share/shareCodec';
import type { InitialState } from './store';
import type { InspectorTab, Notice } from './types';

/** A message to show above the playground after opening. */
export type BootNotice = Notice;

const tabs: InspectorTab[] = ['get', 'watch', 'describe', 'status', 'logs', 'resources'];

/** Decides the initial state from the location hash and the stored drafts; never throws. */
export function bootState(hash: string, storage: StorageLike | undefined): { initial: InitialState; notice?: BootNotice } {
  const fragment = hash.replace(/^#/, '');
  const draft = storage ? loadDraft(storage) : undefined;
  const previous = storage ? loadPreviousDraft(storage) : undefined;
  if (fragment) {
    const decoded = decodeShareState(fragment);
    if (decoded.ok) {
      const { state } = decoded;
      const overrides: InitialState['overrides'] = {};
      if (state.t !== undefined) overrides.t = state.t;
      if (state.speed !== undefined) overrides.speed = state.speed;
      if (state.tab !== undefined && tabs.includes(state.tab as InspectorTab)) overrides.tab = state.tab as InspectorTab;
      if (state.logsContainer !== undefined) overrides.logsContainer = state.logsContainer;
      if (state.theme !== undefined) overrides.theme = state.theme;
      // The saved draft is untouched by opening a link (only the user's own edits are saved).
      const own = draft && draft.text !== state.text && draft.text.trim() !== '' ? draft.text : previous?.text;
      const notice: BootNotice | undefined = own === undefined || own === state.text ? undefined
        : { kind: 'shared', message: 'You opened a shared scenario. Your own draft is kept.', previousDraft: own };
      return { initial: { text: state.text, textSource: 'link', overrides }, ...(notice ? { notice } : {}) };
    }
    const notice: BootNotice = { kind: 'link-error', message: `${decoded.error} ${draft ? 'Your draft is shown instead.' : 'The example scenario is shown instead.'}` };
    return { initial: draft ? { text: draft.text, textSource: 'draft' } : {}, notice };
  }
  const initial: InitialState = draft ? { text: draft.text, textSource: 'draft' } : {};
  if (previous && previous.text !== draft?.text) {
    return { initial, notice: { kind: 'draft-kept', message: 'An earlier draft was put aside when you edited a shared or example scenario.', previousDraft: previous.text } };
  }
  return { initial };
}
