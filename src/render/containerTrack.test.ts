import { describe, expect, it } from 'vitest';
import type { ContainerSpec } from '../engine/manifest/model';
import type { ContainerSnapshot, Snapshot } from '../scenario/trace';
import { buildContainerTracks } from './containerTrack';

const buildRestartMarkers = (snapshots: Snapshot[], spec: ContainerSpec, x: (t: number) => number) => buildContainerTracks(snapshots, [spec], 10000, x)[0]?.markers ?? [];
const buildContainerSegments = (snapshots: Snapshot[], spec: ContainerSpec, horizon: number, x: (t: number) => number) => buildContainerTracks(snapshots, [spec], horizon, x)[0]?.segments ?? [];

const spec: ContainerSpec = {
  name: 'init-config', kind: 'init', index: 0, image: 'busybox:1.28', imagePullPolicy: 'IfNotPresent', argPositions: [],
  env: [], ports: [], volumeMounts: [], requests: {}, limits: {}, position: { line: 1, column: 1 },
};
const x = (t: number) => t / 100;

function snapshot(t: number, c: Partial<ContainerSnapshot>): Snapshot {
  const container: ContainerSnapshot = { name: 'init-config', state: 'waiting', restartCount: 0, started: false, ready: false, ...c };
  return {
    t, phase: 'Pending',
    conditions: { PodReadyToStartContainers: true, Initialized: false, Ready: false, ContainersReady: false, PodScheduled: true },
    kubectl: { status: 'Init:0/1', ready: '0/1', restarts: '0' },
    initContainers: [container], containers: [],
  };
}

describe('buildContainerTracks: restart markers', () => {
  it('marks a restart the kubelet counted between two snapshots', () => {
    const snapshots = [
      snapshot(0, { state: 'terminated', reason: 'Completed', exitCode: 0, finishedAt: 0 }),
      snapshot(62000, { state: 'terminated', reason: 'Completed', exitCode: 0, finishedAt: 61900, restartCount: 1 }),
    ];
    expect(buildRestartMarkers(snapshots, spec, x).map((m) => [m.t, m.restartCount])).toEqual([[62000, 1]]);
  });

  it('marks a container that runs again without a higher count, once per start', () => {
    const snapshots = [
      snapshot(0, { state: 'running', startedAt: 0 }),
      snapshot(1000, { state: 'terminated', reason: 'Completed', exitCode: 0 }),
      snapshot(2000, { state: 'running', startedAt: 2000 }),
      snapshot(3000, { state: 'running', startedAt: 2000, ready: true }),
    ];
    expect(buildRestartMarkers(snapshots, spec, x).map((m) => m.t)).toEqual([2000]);
  });

  it('does not mark the first start', () => {
    const snapshots = [snapshot(0, {}), snapshot(1000, { state: 'running', startedAt: 1000 })];
    expect(buildRestartMarkers(snapshots, spec, x)).toEqual([]);
  });
});

describe('buildContainerTracks: segments', () => {
  it('finds a container by name when its position in the list differs', () => {
    const moved = snapshot(0, { state: 'running', startedAt: 0 });
    moved.initContainers.unshift({ name: 'other', state: 'waiting', restartCount: 0, started: false, ready: false });
    const segments = buildContainerSegments([moved], spec, 5000, x);
    expect(segments.map((s) => [s.t0, s.t1, s.kind])).toEqual([[0, 5000, 'running']]);
  });

  it('keys colour classes on known reasons only, so scenario text never reaches a class name', () => {
    const odd = snapshot(0, { state: 'terminated', reason: 'x" onclick="alert(1)', exitCode: 3 });
    const [segment] = buildContainerSegments([odd], spec, 5000, x);
    expect(segment?.className).toBe('tl-seg tl-seg--terminated');
    expect(segment?.explanation).toBe('terminated: x" onclick="alert(1) (exit code 3) at 0s');
  });
});
