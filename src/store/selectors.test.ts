import { describe, expect, it } from 'vitest';
import { selectInspectorTime } from './selectors';
import { createTestStore } from './testing';

describe('selectInspectorTime', () => {
  it('changes for a tab only when what it shows changes, not with every move of the playhead', () => {
    const store = createTestStore();
    const trace = store.getState().trace;
    const snapshot = trace?.snapshots.find((s) => s.t > 3000 && s.t % 1000 !== 0);
    expect(snapshot).toBeDefined();
    const t = snapshot?.t ?? 0;
    const seen = (tab: Parameters<typeof selectInspectorTime>[0], at: number) => {
      store.getState().seek(at);
      return selectInspectorTime(tab)(store.getState());
    };
    // status: the snapshot at the playhead, however far the playhead moves within it.
    expect(seen('status', t)).toBe(t);
    expect(seen('status', t + 1)).toBe(t);
    // get: also whole seconds, for the AGE column.
    expect(seen('get', t + 1)).toBe(Math.max(t, Math.floor((t + 1) / 1000) * 1000));
    expect(seen('resources', t)).toBe(0);
  });

  it('follows whole seconds and snapshots while playing', () => {
    const store = createTestStore({ overrides: { t: 12_345 } });
    store.getState().play();
    const at = selectInspectorTime('describe')(store.getState());
    const snapshotT = [...(store.getState().trace?.snapshots ?? [])].reverse().find((s) => s.t <= 12_345)?.t ?? 0;
    expect(at).toBe(Math.max(12_000, snapshotT));
  });
});
