import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../scenario/trace';
import { layoutTimeline } from './layoutTimeline';
import { containerStyle, podLabels, podStyle, runningLabels } from './segmentStyle';
import { simulateGallery } from './testTraces';

const snapshot = (over: Partial<Snapshot> & { status?: string; ready?: boolean }): Snapshot => ({
  t: 0, phase: 'Running', initContainers: [], containers: [],
  conditions: { PodScheduled: true, PodReadyToStartContainers: true, Initialized: true, ContainersReady: over.ready ?? true, Ready: over.ready ?? true },
  kubectl: { status: over.status ?? 'Running', ready: '1/1', restarts: '0' },
  ...over,
});

describe('containerStyle', () => {
  it('tells a running container whose startup probe is pending from one that is not ready and one that is ready', () => {
    expect(containerStyle('running', undefined, false, false)).toBe('running-starting');
    expect(containerStyle('running', undefined, false, true)).toBe('running-unready');
    expect(containerStyle('running', undefined, true, true)).toBe('running');
  });

  it('maps reasons to fixed styles and unknown reasons to the generic ones', () => {
    expect(containerStyle('waiting', 'CrashLoopBackOff', false)).toBe('backoff');
    expect(containerStyle('waiting', '<b>', false)).toBe('waiting');
    expect(containerStyle('terminated', 'toString', false)).toBe('terminated');
  });
});

describe('runningLabels', () => {
  it('says whether a running container has started and is ready, with shorter fallbacks', () => {
    expect(runningLabels(true, true, false)).toEqual(['Running']);
    expect(runningLabels(false, false, false)[0]).toBe('Running, startup probe pending');
    expect(runningLabels(false, true, false)[0]).toBe('Running, not ready');
    expect(runningLabels(false, true, true)).toEqual(['Running, ready', 'Running']);
  });
});

describe('podStyle and podLabels', () => {
  it('draws Completed while the phase is still Running apart from Running and from Succeeded', () => {
    const completed = snapshot({ status: 'Completed', ready: false });
    expect(podStyle(completed)).toBe('phase-running-completed');
    expect(podLabels(completed)).toEqual(['Completed (phase Running)', 'Completed']);
    expect(podStyle(snapshot({ phase: 'Succeeded', status: 'Completed', ready: false }))).toBe('phase-succeeded');
    expect(podLabels(snapshot({ phase: 'Succeeded', status: 'Completed', ready: false }))).toEqual(['Completed']);
  });

  it('draws a Running pod that is not Ready, and a terminating pod, apart from a Ready one', () => {
    expect(podStyle(snapshot({}))).toBe('phase-running');
    expect(podStyle(snapshot({ status: 'CrashLoopBackOff', ready: false }))).toBe('phase-running-unready');
    expect(podStyle(snapshot({ status: 'Terminating', deletionTimestamp: 5000 }))).toBe('phase-terminating');
    expect(podStyle(snapshot({ status: 'Completed', deletionTimestamp: 5000, deleted: true, phase: 'Succeeded' }))).toBe('phase-succeeded');
  });
});

describe('look-alike states on the timeline', () => {
  it('labels the job pod Completed with its phase while the sidecar is still being stopped', () => {
    const { trace, pod } = simulateGallery('job-with-sidecar');
    const podLane = layoutTimeline(trace, pod, { width: 1400 }).lanes[0];
    const completed = podLane?.segments.find((s) => s.style === 'phase-running-completed');
    expect(completed?.className).toBe('tl-seg tl-seg--phase-running-completed');
    expect(podLane?.segments.some((s) => s.style === 'phase-succeeded')).toBe(true);
  });

  it('labels the proxy sidecar by whether its startup probe has passed', () => {
    const { trace, pod } = simulateGallery('sidecar-startup-probe');
    const proxy = layoutTimeline(trace, pod, { width: 1400 }).lanes.find((l) => l.id === 'container:proxy');
    const labels = proxy?.segments.filter((s) => s.kind === 'running').map((s) => [s.style, s.label]);
    expect(labels?.[0]?.[0]).toBe('running-starting');
    expect(labels?.[0]?.[1]).toMatch(/^(Running, startup probe pending|Startup probe pending|Starting)$/);
    expect(labels?.[1]).toEqual(['running', 'Running, ready']);
  });
});
