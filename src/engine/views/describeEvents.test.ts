import { describe, it, expect } from 'vitest';
import type { TraceEvent } from '../../scenario/trace';
import { eventsSection, mergeEvents } from './describeEvents';
import { podSpec } from './fixtures';
import { formatTabbed } from './tabwriter';

const pod = podSpec([['init1', 'init']], ['app']);
const backOff = (t: number): TraceEvent => ({ t, type: 'Warning', reason: 'BackOff', container: 'init1', message: 'Back-off restarting failed container init1 in pod myapp-pod_default(uid)' });
const started = (t: number): TraceEvent => ({ t, type: 'Normal', reason: 'Started', container: 'init1', message: 'Started container init1' });

describe('mergeEvents', () => {
  it('merges identical events into a count with first and last timestamps', () => {
    const merged = mergeEvents([started(1000), backOff(5000), started(16_000), backOff(20_000), backOff(41_000)], pod, 60_000);
    expect(merged.map((e) => [e.reason, e.count, e.firstTimestamp, e.lastTimestamp])).toEqual([['Started', 2, 1000, 16_000], ['BackOff', 3, 5000, 41_000]]);
  });

  it('ignores events after the instant', () => {
    expect(mergeEvents([started(1000), started(16_000)], pod, 10_000).map((e) => e.count)).toEqual([1]);
  });

  it('keeps events of different containers apart', () => {
    const app: TraceEvent = { ...started(2000), container: 'app', message: 'Started container init1' };
    expect(mergeEvents([started(1000), app], pod, 5000).map((e) => e.fieldPath)).toEqual(['spec.initContainers{init1}', 'spec.containers{app}']);
  });
});

describe('eventsSection', () => {
  it('prints merged events as "(xN over M)" in a Type/Reason/Age/From/Message table', () => {
    const text = formatTabbed(eventsSection(mergeEvents([started(1000), backOff(20_000), backOff(30_000), backOff(60_000)], pod, 60_000), 60_000));
    expect(text).toBe([
      'Events:',
      '  Type     Reason   Age               From     Message',
      '  ----     ------   ----              ----     -------',
      '  Normal   Started  59s               kubelet  spec.initContainers{init1}: Started container init1',
      '  Warning  BackOff  0s (x3 over 40s)  kubelet  spec.initContainers{init1}: Back-off restarting failed container init1 in pod myapp-pod_default(uid)',
      '',
    ].join('\n'));
  });

  it('prints <none> without a table when there are no events', () => expect(eventsSection([], 0)).toBe('Events:\t<none>\n'));
});
