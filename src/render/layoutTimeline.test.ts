import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../scenario/trace';
import { labelColumnWidth, layoutTimeline, shortenMiddle, truncateToWidth } from './layoutTimeline';
import { formatDuration } from './timeAxis';
import { mixedKindsYaml, simulateGallery, simulateText } from './testTraces';
import type { TimelineLane, TimelineLayout } from './timelineTypes';

const lane = (layout: TimelineLayout, id: string): TimelineLane => {
  const found = layout.lanes.find((l) => l.id === id);
  if (!found) throw new Error(`no lane ${id}`);
  return found;
};

describe('layoutTimeline', () => {
  it('orders lanes pod, five conditions in kubectl describe order (Ready before ContainersReady), init containers and sidecars in spec order, then app containers', () => {
    const { trace, pod } = simulateText(mixedKindsYaml);
    const layout = layoutTimeline(trace, pod, { width: 900 });
    expect(layout.lanes.map((l) => l.id)).toEqual([
      'pod',
      'condition:PodReadyToStartContainers', 'condition:Initialized', 'condition:Ready', 'condition:ContainersReady', 'condition:PodScheduled',
      'container:init-a', 'container:side-b', 'container:init-c', 'container:main', 'container:helper',
    ]);
    expect(layout.lanes.slice(6).map((l) => l.badge)).toEqual(['init', 'sidecar', 'init', 'app', 'app']);
  });

  it('stacks lanes without gaps below the axis and reports the total height', () => {
    const { trace, pod } = simulateText(mixedKindsYaml);
    const layout = layoutTimeline(trace, pod, { width: 900, laneHeight: 30 });
    expect(layout.headerHeight).toBe(layout.axisHeight);
    let y = layout.headerHeight;
    for (const l of layout.lanes) {
      expect(l.y).toBe(y);
      y += l.height;
    }
    expect(layout.height).toBe(y);
    expect(lane(layout, 'container:main').height).toBe(30);
  });

  it('cuts a crash-looping init container into waiting, running and terminated segments at its status changes', () => {
    const { trace, pod } = simulateGallery('crashloop-always');
    const migrate = lane(layoutTimeline(trace, pod, { width: 900 }), 'container:migrate');
    expect(migrate.segments.slice(0, 9).map((s) => `${s.kind}:${s.reason ?? ''}`)).toEqual([
      'waiting:PodInitializing', 'running:', 'terminated:Error', 'running:', 'terminated:Error',
      'waiting:CrashLoopBackOff', 'running:', 'terminated:Error', 'waiting:CrashLoopBackOff',
    ]);
    // Every boundary is a snapshot at which migrate's status differs from the one before.
    const statusAt = (t: number) => trace.snapshots.filter((s) => s.t <= t).at(-1)?.initContainers[0];
    for (const [i, s] of migrate.segments.entries()) {
      expect(statusAt(s.t0)?.state).toBe(s.kind);
      expect(trace.snapshots.some((snap) => snap.t === s.t0)).toBe(true);
      if (i > 0) expect(s.t0).toBe(migrate.segments[i - 1]?.t1);
    }
    expect(migrate.segments[0]?.t0).toBe(0);
    expect(migrate.segments.at(-1)?.t1).toBe(trace.horizon);
  });

  it('styles and hatches back-off waits, and colours errors and image pulls', () => {
    const crash = layoutTimeline(simulateGallery('crashloop-always').trace, simulateGallery('crashloop-always').pod, { width: 900 });
    const migrate = lane(crash, 'container:migrate');
    const backoff = migrate.segments.find((s) => s.reason === 'CrashLoopBackOff');
    expect(backoff?.className).toBe('tl-seg tl-seg--backoff');
    expect(backoff?.hatched).toBe(true);
    expect(migrate.segments.find((s) => s.reason === 'Error')?.className).toBe('tl-seg tl-seg--error');
    expect(lane(crash, 'container:app').segments[0]?.className).toBe('tl-seg tl-seg--pod-initializing');

    const pull = simulateGallery('image-pull-error');
    const fetch = lane(layoutTimeline(pull.trace, pull.pod, { width: 900 }), 'container:fetch-config');
    expect(fetch.segments.find((s) => s.reason === 'ErrImagePull')?.className).toBe('tl-seg tl-seg--image-pull');
    expect(fetch.segments.find((s) => s.reason === 'ImagePullBackOff')).toMatchObject({ className: 'tl-seg tl-seg--image-pull-backoff', hatched: true });
  });

  it('places one restart marker per restart counted by the kubelet', () => {
    const { trace, pod } = simulateGallery('crashloop-always');
    const migrate = lane(layoutTimeline(trace, pod, { width: 900 }), 'container:migrate');
    const last = trace.snapshots.at(-1) as Snapshot;
    const restartCount = last.initContainers.find((c) => c.name === 'migrate')?.restartCount ?? 0;
    expect(restartCount).toBeGreaterThan(3);
    expect(migrate.markers).toHaveLength(restartCount);
    expect(migrate.markers.map((m) => m.restartCount)).toEqual(Array.from({ length: restartCount }, (_, i) => i + 1));
    expect(migrate.markers[0]?.explanation).toBe(`restart 1 at ${formatDuration(migrate.markers[0]?.t ?? 0)} after exit code 1`);
  });

  it('explains each segment with one sentence from the trace', () => {
    const { trace, pod } = simulateGallery('crashloop-always');
    const layout = layoutTimeline(trace, pod, { width: 900 });
    const segments = lane(layout, 'container:migrate').segments;
    const status = (t: number) => trace.snapshots.find((s) => s.t === t)?.initContainers[0];
    const [waiting, running, failed] = segments;
    expect(waiting?.explanation).toBe('waiting: PodInitializing — init containers start one at a time, in order');
    expect(running?.explanation).toBe(`running since ${formatDuration(status(running?.t0 ?? -1)?.startedAt ?? -1)}, must exit 0 before the next container starts`);
    expect(failed?.explanation).toBe(`terminated: Error (exit code 1) at ${formatDuration(status(failed?.t0 ?? -1)?.finishedAt ?? -1)}`);
    expect(segments.find((s) => s.reason === 'CrashLoopBackOff')?.explanation)
      .toMatch(/^waiting: CrashLoopBackOff \(back-off 10s restarting failed container=migrate pod=migrate-crashloop_default\(.*\)\) after exit code 1$/);
    expect(lane(layout, 'container:app').segments[0]?.explanation).toBe('waiting: PodInitializing — its init containers have not all completed');
    expect(lane(layout, 'condition:Initialized').segments[0]?.explanation).toBe('Initialized: False (ContainersNotInitialized: containers with incomplete status: [migrate]) since 0s');
    expect(lane(layout, 'pod').segments[0]?.explanation).toBe('phase Pending, kubectl STATUS Init:0/1, READY 0/1');
  });

  it('flags running segments as started and ready, and draws one whose startup probe is pending apart from one that passed', () => {
    const { trace, pod } = simulateGallery('sidecar-log-shipper');
    const shipper = lane(layoutTimeline(trace, pod, { width: 900 }), 'container:log-shipper');
    const running = shipper.segments.find((s) => s.kind === 'running');
    expect(running).toMatchObject({ started: true, ready: true, className: 'tl-seg tl-seg--running' });
    expect(running?.explanation).toBe('running since 2.7s, ready');

    const probe = simulateGallery('sidecar-startup-probe');
    const proxy = lane(layoutTimeline(probe.trace, probe.pod, { width: 900 }), 'container:proxy');
    const starting = proxy.segments.find((s) => s.kind === 'running' && !s.started);
    expect(starting?.className).toBe('tl-seg tl-seg--running-starting');
    expect(starting?.explanation).toMatch(/^running since [\d.]+s, not started yet \(startup probe pending\)$/);
    expect(proxy.segments.find((s) => s.kind === 'running' && s.started)?.className).toBe('tl-seg tl-seg--running');
  });

  it('follows the pod phase and STATUS text on the pod lane and fades lanes once the pod is deleted', () => {
    const { trace, pod } = simulateGallery('delete-pod-with-sidecars');
    const layout = layoutTimeline(trace, pod, { width: 900 });
    const podLane = lane(layout, 'pod');
    const phases = podLane.segments.map((s) => s.reason).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['Pending', 'Running', 'Succeeded']);
    expect(podLane.segments.some((s) => s.explanation.includes('kubectl STATUS Terminating'))).toBe(true);
    expect(podLane.segments.at(-1)?.explanation).toMatch(/the pod object is gone from the API$/);
    expect(lane(layout, 'container:web').segments.at(-1)?.className).toBe('tl-seg tl-seg--completed tl-seg--gone');
  });

  it('puts container events on their lane and pod-level events on the pod lane', () => {
    const { trace, pod } = simulateGallery('sandbox-restart');
    const layout = layoutTimeline(trace, pod, { width: 2000 });
    const podReasons = lane(layout, 'pod').ticks.map((t) => t.first.reason);
    expect(podReasons).toEqual(['Scheduled', 'SandboxChanged']);
    const containerEvents = layout.lanes.slice(1).reduce((n, l) => n + l.ticks.reduce((m, t) => m + t.count, 0), 0);
    expect(containerEvents).toBe(trace.events.filter((e) => e.container).length);
    expect(lane(layout, 'container:web').ticks.some((t) => t.type === 'Warning')).toBe(true);
  });

  it('labels a segment only when its text fits', () => {
    const { trace, pod } = simulateGallery('crashloop-always');
    const migrate = lane(layoutTimeline(trace, pod, { width: 900 }), 'container:migrate');
    for (const s of migrate.segments) if (s.label) expect(s.label.length * 6.7 + 8).toBeLessThanOrEqual(s.x1 - s.x0);
    expect(migrate.segments.filter((s) => s.label === 'CrashLoopBackOff').length).toBeGreaterThan(0);
  });

  // The column was 92 px here and cut both init names to "init-m…"; it is now a little wider on a phone, and names lose their middle.
  it('narrows the label column, shortens badges and keeps names with a common prefix apart at 320 px', () => {
    const { trace, pod } = simulateGallery('docs-myapp-pod');
    const layout = layoutTimeline(trace, pod, { width: 320 });
    expect(layout.labelWidth).toBe(109);
    expect(layout.compact).toBe(true);
    expect(lane(layout, 'container:init-myservice').displayName).toBe('init-…vice');
    expect(lane(layout, 'container:init-mydb').displayName).toBe('init-mydb');
    expect(lane(layout, 'condition:PodReadyToStartContainers').displayName).toMatch(/^PodRead.*….*ers$/);
    expect(layout.x(trace.horizon)).toBeLessThanOrEqual(320);
  });
});

describe('layoutTimeline with a window of time', () => {
  const { trace, pod } = simulateGallery('crashloop-always');
  const full = layoutTimeline(trace, pod, { width: 900 });
  const zoomed = layoutTimeline(trace, pod, { width: 900, window: { from: 10_000, to: 40_000 } });

  it('maps the window onto the plot and seeks within it', () => {
    expect([zoomed.from, zoomed.to]).toEqual([10_000, 40_000]);
    expect(zoomed.x(10_000)).toBe(zoomed.labelWidth);
    expect(zoomed.x(40_000)).toBe(zoomed.plotRight);
    expect(zoomed.tFromX(0)).toBe(10_000);
    expect(zoomed.tFromX(zoomed.width)).toBe(40_000);
    expect(zoomed.ticks.map((t) => t.label)).toEqual(['10s', '15s', '20s', '25s', '30s', '35s', '40s']);
  });

  it('keeps every segment, so indexes stay those of the whole trace, clamped to the plot', () => {
    const migrate = lane(zoomed, 'container:migrate');
    expect(migrate.segments.map((s) => [s.t0, s.t1])).toEqual(lane(full, 'container:migrate').segments.map((s) => [s.t0, s.t1]));
    for (const s of migrate.segments) {
      expect(s.x0).toBeGreaterThanOrEqual(zoomed.labelWidth);
      expect(s.x1).toBeLessThanOrEqual(zoomed.plotRight);
    }
    const late = migrate.segments.find((s) => s.t0 > 40_000);
    expect(late && late.x1 - late.x0).toBe(0);
  });

  it('fits labels again to the zoomed width and keeps only the marks inside the window', () => {
    const running = lane(zoomed, 'container:migrate').segments.find((s) => s.kind === 'running' && s.t0 === 18_200);
    expect(running?.label).toBe('Running');
    expect(lane(full, 'container:migrate').segments.find((s) => s.t0 === 18_200)?.label).toBeUndefined();
    const markers = lane(zoomed, 'container:migrate').markers;
    expect(markers.length).toBeGreaterThan(0);
    for (const m of markers) expect(m.t >= 10_000 && m.t <= 40_000).toBe(true);
    for (const l of zoomed.lanes) for (const tick of l.ticks) expect(tick.t >= 10_000 && tick.t <= 40_000).toBe(true);
  });

  it('marks segments narrower than a few pixels as short, and not once zoomed in', () => {
    const error = (layout: typeof full) => lane(layout, 'container:migrate').segments.find((s) => s.t0 === 5000);
    expect(error(full)).toMatchObject({ reason: 'Error', short: true });
    expect(error(layoutTimeline(trace, pod, { width: 900, window: { from: 4000, to: 6000 } }))?.short).toBe(false);
  });

  it('clamps a window beyond the trace and keeps at least half a second', () => {
    const late = layoutTimeline(trace, pod, { width: 900, window: { from: 350_000, to: 400_000 } });
    expect([late.from, late.to]).toEqual([310_000, 360_000]);
    const tiny = layoutTimeline(trace, pod, { width: 900, window: { from: 5000, to: 5010 } });
    expect(tiny.to - tiny.from).toBe(500);
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits and ends cut text with an ellipsis', () => {
    expect(truncateToWidth('app', 100)).toBe('app');
    expect(truncateToWidth('a-very-long-container-name', 73)).toBe('a-very-lo…');
  });
});

describe('shortenMiddle', () => {
  it('keeps text that fits', () => {
    expect(shortenMiddle('init-mydb', 9 * 7.3)).toBe('init-mydb');
  });

  it('cuts the middle so both ends stay, the head keeping the odd character', () => {
    expect(shortenMiddle('init-myservice', 10 * 7.3)).toBe('init-…vice');
    expect(shortenMiddle('init-myservice', 11 * 7.3)).toBe('init-…rvice');
    expect(shortenMiddle('PodReadyToStartContainers', 88, 6.7)).toBe('PodRea…ainers');
    expect(shortenMiddle('init-myservice', 10 * 7.3)).toHaveLength(10);
  });

  it('tells apart names that share a long prefix, which a cut at the end does not', () => {
    const names = ['init-myservice', 'init-mydb', 'myapp-container', 'wait-for-database', 'wait-for-cache'];
    for (const px of [60, 75, 90]) {
      expect(new Set(names.map((n) => shortenMiddle(n, px))).size).toBe(names.length);
    }
    expect(truncateToWidth('wait-for-database', 60)).toBe(truncateToWidth('wait-for-cache', 60));
  });

  it('falls back to an end cut when only one or two characters fit', () => {
    expect(shortenMiddle('init-myservice', 2 * 7.3)).toBe('i…');
  });
});

describe('labelColumnWidth', () => {
  it('widens the column on a phone without taking over the plot, and keeps 28% up to 200 px on wide screens', () => {
    expect(labelColumnWidth(360)).toBe(122);
    expect(labelColumnWidth(390)).toBe(130);
    expect(labelColumnWidth(470)).toBe(132);
    expect(labelColumnWidth(1440)).toBe(200);
    for (let w = 300; w < 800; w += 10) expect(labelColumnWidth(w + 10)).toBeGreaterThanOrEqual(labelColumnWidth(w));
  });
});
