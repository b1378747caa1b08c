import { describe, it, expect } from 'vitest';
import { createTestStore } from './testing';
import { selectDiagnostics, selectSnapshot, selectText } from './selectors';
import { stepTimes } from './slices/playback';

describe('createPlaygroundStore', () => {
  it('starts with the docs example simulated, at t = 0, paused', () => {
    const s = createTestStore().getState();
    expect(selectText(s)).toContain('name: myapp-pod');
    expect(s.trace?.pod).toBe('myapp-pod');
    expect(s).toMatchObject({ t: 0, playing: false, stale: false, galleryId: 'docs-myapp-pod' });
    expect(selectSnapshot(s)?.kubectl.status).toBe('Init:0/2');
  });

  it('keeps the last good trace, marked stale, while the text is rejected', () => {
    const store = createTestStore();
    const good = store.getState().trace;
    store.getState().setText(`${store.getState().text}\n  bad: [`);
    const s = store.getState();
    expect(s.stale).toBe(true);
    expect(s.trace).toBe(good);
    expect(selectDiagnostics(s)[0]).toMatchObject({ severity: 'error' });
    expect(selectDiagnostics(s)).toBe(selectDiagnostics(store.getState()));
  });

  it('plays at its speed and stops at the horizon', () => {
    const store = createTestStore();
    store.getState().setSpeed(64);
    store.getState().play();
    store.getState().advance(100);
    expect(store.getState().t).toBe(6400);
    store.getState().advance(1_000_000);
    expect(store.getState()).toMatchObject({ t: store.getState().trace?.horizon, playing: false });
  });

  it('steps between the instants where something changes', () => {
    const store = createTestStore();
    const times = stepTimes(store.getState());
    store.getState().stepChange(1);
    expect(store.getState().t).toBe(times[1]);
    store.getState().stepChange(-1);
    expect(store.getState().t).toBe(0);
  });

  it('adds a what-if event at the playhead to the scenario text and re-simulates', () => {
    const store = createTestStore();
    store.getState().seek(10_000);
    store.getState().addEventAtPlayhead('apply: Service/mydb');
    const s = store.getState();
    expect(s.text).toContain('- { at: 10s, apply: Service/mydb }');
    expect(s.trace?.events.some((e) => e.reason === 'Started' && e.container === 'init-mydb' && e.t < 30_000)).toBe(true);
  });

  it('loads a gallery entry from the start', () => {
    const store = createTestStore();
    store.getState().seek(5000);
    store.getState().loadGalleryEntry('crashloop-always');
    expect(store.getState()).toMatchObject({ galleryId: 'crashloop-always', t: 0 });
  });
});
