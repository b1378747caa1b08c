import { describe, expect, it } from 'vitest';
import { clearPreviousDraft, DRAFT_KEY, keepDraftBeforeOpening, loadDraft, loadPreviousDraft, PREVIOUS_DRAFT_KEY, saveDraft, type StorageLike } from './drafts';

/** An in-memory storage with an optional quota on the total characters stored. */
function memoryStorage(quota = Infinity): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      const used = [...data].reduce((n, [key, value]) => n + (key === k ? 0 : value.length), 0);
      if (used + v.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

/** Safari private mode and sandboxed iframes: every access throws. */
const throwingStorage: StorageLike = {
  getItem: () => { throw new DOMException('denied', 'SecurityError'); },
  setItem: () => { throw new DOMException('denied', 'SecurityError'); },
  removeItem: () => { throw new DOMException('denied', 'SecurityError'); },
};

describe('drafts', () => {
  it('saves and loads the draft with its time', () => {
    const s = memoryStorage();
    expect(loadDraft(s)).toBeUndefined();
    expect(saveDraft(s, 'kind: Pod\n', 1_700_000_000_000)).toBe(true);
    expect(loadDraft(s)).toEqual({ text: 'kind: Pod\n', savedAt: 1_700_000_000_000 });
    expect([...s.data.keys()]).toEqual([DRAFT_KEY]);
  });

  it.each([
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['a bare string', '"kind: Pod"'],
    ['text of the wrong type', '{"text":42,"savedAt":1}'],
    ['a missing time', '{"text":"x"}'],
    ['a time that is not finite', '{"text":"x","savedAt":"soon"}'],
  ])('ignores a stored draft that is %s', (_what, raw) => {
    const s = memoryStorage();
    s.data.set(DRAFT_KEY, raw);
    expect(loadDraft(s)).toBeUndefined();
  });

  it('puts a different draft aside before a shared link opens, and says so', () => {
    const s = memoryStorage();
    saveDraft(s, 'my own pod', 5);
    expect(keepDraftBeforeOpening(s, 'shared pod')).toBe(true);
    expect(loadPreviousDraft(s)).toEqual({ text: 'my own pod', savedAt: 5 });
    expect(loadDraft(s)).toEqual({ text: 'my own pod', savedAt: 5 });
  });

  it('puts nothing aside when the draft is the incoming text, blank or absent', () => {
    const s = memoryStorage();
    expect(keepDraftBeforeOpening(s, 'shared pod')).toBe(false);
    saveDraft(s, 'shared pod', 1);
    expect(keepDraftBeforeOpening(s, 'shared pod')).toBe(false);
    saveDraft(s, '  \n', 2);
    expect(keepDraftBeforeOpening(s, 'shared pod')).toBe(false);
    expect(loadPreviousDraft(s)).toBeUndefined();
  });

  it('clears the draft put aside', () => {
    const s = memoryStorage();
    saveDraft(s, 'mine', 1);
    keepDraftBeforeOpening(s, 'theirs');
    clearPreviousDraft(s);
    expect(loadPreviousDraft(s)).toBeUndefined();
    expect(s.data.has(PREVIOUS_DRAFT_KEY)).toBe(false);
  });

  it('reports a full storage as a failed save without throwing', () => {
    const s = memoryStorage(100);
    expect(saveDraft(s, 'x'.repeat(200), 1)).toBe(false);
    expect(saveDraft(s, 'small', 1)).toBe(true);
    saveDraft(s, 'y'.repeat(40), 2);
    expect(keepDraftBeforeOpening(s, 'incoming')).toBe(false); // no room for a second copy
  });

  it('never throws on a storage that throws on every call', () => {
    expect(loadDraft(throwingStorage)).toBeUndefined();
    expect(saveDraft(throwingStorage, 'x', 1)).toBe(false);
    expect(keepDraftBeforeOpening(throwingStorage, 'x')).toBe(false);
    expect(loadPreviousDraft(throwingStorage)).toBeUndefined();
    expect(() => clearPreviousDraft(throwingStorage)).not.toThrow();
  });
});
