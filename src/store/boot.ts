// What the playground opens with: a shared link, else the saved draft, else the docs example.
import { keepDraftBeforeOpening, loadDraft, loadPreviousDraft, type StorageLike } from '../share/drafts';
import { decodeShareState } from '../share/shareCodec';
import type { InitialState } from './store';
import type { InspectorTab, Notice } from './types';

/** A message to show above the playground after opening. */
export type BootNotice = Notice;

const tabs: InspectorTab[] = ['get', 'watch', 'describe', 'status', 'logs', 'resources'];

/** Decides the initial state from the location hash and the stored draft; never throws. */
export function bootState(hash: string, storage: StorageLike | undefined): { initial: InitialState; notice?: BootNotice } {
  const fragment = hash.replace(/^#/, '');
  const draft = storage ? loadDraft(storage) : undefined;
  if (fragment) {
    const decoded = decodeShareState(fragment);
    if (decoded.ok) {
      const { state } = decoded;
      const kept = storage ? keepDraftBeforeOpening(storage, state.text) : false;
      const previous = kept && storage ? loadPreviousDraft(storage)?.text : undefined;
      const overrides: InitialState['overrides'] = {};
      if (state.t !== undefined) overrides.t = state.t;
      if (state.speed !== undefined) overrides.speed = state.speed;
      if (state.tab !== undefined && tabs.includes(state.tab as InspectorTab)) overrides.tab = state.tab as InspectorTab;
      if (state.logsContainer !== undefined) overrides.logsContainer = state.logsContainer;
      if (state.theme !== undefined) overrides.theme = state.theme;
      const notice: BootNotice | undefined = previous === undefined ? undefined
        : { kind: 'shared', message: 'You opened a shared scenario. Your own draft is kept.', previousDraft: previous };
      return { initial: { text: state.text, textSource: 'link', overrides }, ...(notice ? { notice } : {}) };
    }
    const notice: BootNotice = { kind: 'link-error', message: `${decoded.error} ${draft ? 'Your draft is shown instead.' : 'The example scenario is shown instead.'}` };
    return { initial: draft ? { text: draft.text, textSource: 'draft' } : {}, notice };
  }
  return { initial: draft ? { text: draft.text, textSource: 'draft' } : {} };
}
