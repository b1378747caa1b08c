import { describe, expect, it } from 'vitest';
import { decodeShareState } from '../share/shareCodec';
import { DRAFT_KEY, saveDraft, type StorageLike } from '../share/drafts';
import { bootState } from './boot';
import { createPlaygroundStore } from './store';
import { createTestStore } from './testing';
import { startSync } from './urlSync';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => { data.set(k, v); }, removeItem: (k) => { data.delete(k); } };
}

function fakeEnvironment(storage: StorageLike) {
  const timers = new Map<number, () => void>();
  let next = 1;
  const env = {
    hash: '',
    replaceHash: (f: string) => { env.hash = f; },
    storage,
    setTimer: (fn: () => void) => { timers.set(next, fn); return next++; },
    clearTimer: (id: number) => { timers.delete(id); },
    now: () => 42,
    flush: () => { for (const [id, fn] of [...timers]) { timers.delete(id); fn(); } },
  };
  return env;
}

describe('startSync', () => {
  it('writes the text and non-default view options into the hash', () => {
    const storage = memoryStorage();
    const env = fakeEnvironment(storage);
    const store = createTestStore();
    startSync(store, env);
    store.getState().setSpeed(16);
    env.flush();
    const decoded = decodeShareState(env.hash);
    expect(decoded.ok && decoded.state).toMatchObject({ text: store.getState().text, speed: 16 });
  });

  it('saves the user\'s edits as the draft, but not a scenario opened from a link or the gallery', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'my draft', 1);
    const env = fakeEnvironment(storage);
    const { initial } = bootState('#s1.', storage);
    const store = createTestStore(initial);
    startSync(store, env);
    store.getState().openText('apiVersion: v1\nkind: Pod\n', 'link');
    store.getState().loadGalleryEntry('crashloop-always');
    env.flush();
    expect(storage.data.get(DRAFT_KEY)).toContain('my draft');
    store.getState().setText('edited by me');
    env.flush();
    expect(storage.data.get(DRAFT_KEY)).toContain('edited by me');
  });

  it('saves an edit as the draft before the simulator sees it', () => {
    const storage = memoryStorage();
    const env = fakeEnvironment(storage);
    const seen: (string | undefined)[] = [];
    // A simulator that never answers (a run that hangs) and notes the saved draft when asked.
    const store = createPlaygroundStore({}, { simulate: () => { seen.push(storage.data.get(DRAFT_KEY)); }, dispose: () => undefined });
    startSync(store, env);
    store.getState().setText('kind: Pod # pasted\n');
    expect(seen.at(-1)).toContain('kind: Pod # pasted');
    expect(store.getState()).toMatchObject({ text: 'kind: Pod # pasted\n', simulating: true });
  });
});
