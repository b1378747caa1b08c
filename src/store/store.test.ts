import { describe, it, expect } from 'vitest';
import { createPlaygroundStore } from './store';
import { selectText } from './selectors';

describe('createPlaygroundStore', () => {
  it('starts with the docs example and takes new text through its action', () => {
    const store = createPlaygroundStore();
    expect(selectText(store.getState())).toContain('name: myapp-pod');
    store.getState().setText('kind: Pod');
    expect(selectText(store.getState())).toBe('kind: Pod');
  });
});
