import { describe, expect, it } from 'vitest';
import { describeTarget } from './describeTarget';
import { layoutTimeline } from './layoutTimeline';
import { formatInstant } from './timeAxis';
import { docsWithCauses, simulateGallery } from './testTraces';

describe('describeTarget', () => {
  const { trace, pod } = simulateGallery('crashloop-always');
  // Without causes (a format 1 trace from before they were recorded) the snapshot sentence is the text.
  const layout = layoutTimeline({ ...trace, causes: [] }, pod, { width: 2000 });
  const migrate = layout.lanes.findIndex((l) => l.id === 'container:migrate');

  it('titles a segment with its lane and clock times and falls back to the snapshot sentence without causes', () => {
    // 1.37 shows CrashLoopBackOff long enough for a label only while a back-off outlasts the 60 s resync.
    const index = layout.lanes[migrate]?.segments.findIndex((x) => x.label === 'CrashLoopBackOff') ?? -1;
    const segment = layout.lanes[migrate]?.segments[index];
    expect(segment?.label).toBe('CrashLoopBackOff');
    expect(describeTarget(layout, { lane: migrate, kind: 'segment', index })).toEqual({
      title: `migrate · ${formatInstant(segment?.t0 ?? 0)} – ${formatInstant(segment?.t1 ?? 0)}`,
      text: segment?.explanation,
    });
  });

  it('names a segment too narrow for its label in the title', () => {
    const segment = layout.lanes[migrate]?.segments[2];
    expect(segment).toMatchObject({ reason: 'Error', label: undefined, short: true });
    expect(describeTarget(layout, { lane: migrate, kind: 'segment', index: 2 })?.title).toBe('migrate · Error · 0:05.0 – 0:05.2');
  });

  it('says what kind of container a label is', () => {
    expect(describeTarget(layout, { lane: migrate, kind: 'label' })?.text).toMatch(/^init container: /);
  });

  it('explains a single event tick with its time, type, reason and message', () => {
    expect(describeTarget(layout, { lane: 0, kind: 'tick', index: 0 })).toEqual({
      title: `${trace.pod} · event`,
      text: `0s Normal Scheduled: Successfully assigned default/${trace.pod} to node-1`,
    });
  });

  it('returns nothing for a target that is gone from a new layout', () => {
    expect(describeTarget(layout, { lane: 99, kind: 'segment', index: 0 })).toBeUndefined();
    expect(describeTarget(layout, { lane: -1, kind: 'scenario', index: 0 })).toBeUndefined();
  });
});

describe('describeTarget with causes', () => {
  const { trace, pod } = docsWithCauses();
  const layout = layoutTimeline(trace, pod, { width: 1200 });
  const laneOf = (id: string) => layout.lanes.findIndex((l) => l.id === id);
  const segmentAt = (lane: number, t: number) => layout.lanes[lane]?.segments.findIndex((s) => s.t0 === t) ?? -1;

  it('explains a segment by the cause of the change that began it: change, trigger, rule, next and the kubelet\'s words', () => {
    const mydb = laneOf('container:init-mydb');
    const start = trace.causes?.[1]?.t ?? 0;
    const text = describeTarget(layout, { lane: mydb, kind: 'segment', index: segmentAt(mydb, start) });
    expect(text?.lines?.map((l) => [l.kind, l.lead, l.text])).toEqual([
      ['change', '', 'init-mydb started'],
      ['why', 'Because', 'init-myservice exited 0'],
      ['rule', 'Rule', 'The next init container starts only after the previous one exited 0.'],
      ['next', 'Next', 'it loops until Service mydb exists'],
    ]);
    expect(text?.detail).toBe('Started container init-mydb — kuberuntime_container.go › computeInitContainerActions');
    expect(text?.text).toBe('init-mydb started. Because: init-myservice exited 0. Rule: The next init container starts only after the previous one exited 0. Next: it loops until Service mydb exists.');
  });

  it('quotes the last shell command when the trigger text does not', () => {
    const myservice = laneOf('container:init-myservice');
    const text = describeTarget(layout, { lane: myservice, kind: 'segment', index: segmentAt(myservice, trace.causes?.[0]?.t ?? 0) });
    expect(text?.lines?.find((l) => l.kind === 'evidence')?.text).toMatch(/^nslookup myservice\.default\.svc\.cluster\.local → resolves \(exit 0, at 0:\d\d\.\d\)$/);
  });

  it('explains the pod lane by its STATUS cause', () => {
    const text = describeTarget(layout, { lane: 0, kind: 'segment', index: segmentAt(0, trace.causes?.[2]?.t ?? 0) });
    expect(text?.lines?.[0]?.text).toBe('STATUS Init:0/2 → Init:1/2');
  });

  it('keeps the snapshot sentence for a segment whose change has no recorded cause', () => {
    const app = laneOf('container:myapp-container');
    const text = describeTarget(layout, { lane: app, kind: 'segment', index: 0 });
    expect(text?.lines).toBeUndefined();
    expect(text?.text).toBe(layout.lanes[app]?.segments[0]?.explanation);
  });

  it('names a scenario event and lists what it set off', () => {
    expect(describeTarget(layout, { lane: -1, kind: 'scenario', index: 0 })).toMatchObject({
      title: 'Service myservice created at 0:20.0',
      lines: [{ kind: 'change', text: 'Service myservice created' }, { kind: 'next', text: 'init-myservice exited 0' }],
    });
  });
});
