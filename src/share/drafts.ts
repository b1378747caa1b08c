// The user's draft, autosaved to a storage the caller passes (localStorage in the browser,
// nothing in an embed). Storage is unreliable: Safari's private mode throws, quotas run
// out, other versions or extensions leave garbage, so every call here swallows failures
// and reports them as values. Keys carry a version so a later layout can coexist.

/** The part of the Web Storage API the drafts use; the caller passes localStorage. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A saved draft: the text and when it was saved (ms since the epoch, from the caller's clock). */
export interface Draft {
  text: string;
  savedAt: number;
}

/** Where the autosaved draft lives. */
export const DRAFT_KEY = 'icp:draft:v1';

/** Where a draft is put aside when a shared link or example replaces it. */
export const PREVIOUS_DRAFT_KEY = 'icp:previous-draft:v1';

/** The autosaved draft, or undefined when there is none or it cannot be read. */
export function loadDraft(storage: StorageLike): Draft | undefined {
  return read(storage, DRAFT_KEY);
}

/** Saves the draft; returns false when the storage refused (quota, private mode). */
export function saveDraft(storage: StorageLike, text: string, now: number): boolean {
  return write(storage, DRAFT_KEY, { text, savedAt: now });
}

/**
 * Before a shared link (or example) replaces the editor's text: puts the current draft
 * aside in the previous-draft slot when it differs from `incomingText` and is not blank, so opening a link
 * never silently loses the user's work. Returns whether a draft was put aside.
 */
export function keepDraftBeforeOpening(storage: StorageLike, incomingText: string): boolean {
  const draft = loadDraft(storage);
  if (!draft || draft.text === incomingText || draft.text.trim() === '') return false;
  return write(storage, PREVIOUS_DRAFT_KEY, draft);
}

/** The draft put aside by keepDraftBeforeOpening, if any. */
export function loadPreviousDraft(storage: StorageLike): Draft | undefined {
  return read(storage, PREVIOUS_DRAFT_KEY);
}

/** Forgets the draft put aside (the user restored or dismissed it). */
export function clearPreviousDraft(storage: StorageLike): void {
  try {
    storage.removeItem(PREVIOUS_DRAFT_KEY);
  } catch {
    // Nothing to do: a storage that cannot remove also cannot show the draft again.
  }
}

function read(storage: StorageLike, key: string): Draft | undefined {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { text, savedAt } = value as Record<string, unknown>;
    if (typeof text !== 'string' || typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return undefined;
    return { text, savedAt };
  } catch {
    return undefined;
  }
}

function write(storage: StorageLike, key: string, draft: Draft): boolean {
  try {
    storage.setItem(key, JSON.stringify({ text: draft.text, savedAt: draft.savedAt }));
    return true;
  } catch {
    return false;
  }
}
