// client-go tools/record events_cache.go (EventAggregator, eventLogger.eventObserve,
// EventSourceObjectSpamFilter) with the kubelet's defaults, and the API server's event TTL.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../scenario/trace';
import { mergeEvents } from './describeEvents';
import { analyzeScenario } from '../simulate';
import { describePod } from './describe';
import { podSpec } from './fixtures';

const pod = podSpec([], ['app', ...Array.from({ length: 12 }, (_, i) => `c${i}`)]);
const backOff = (t: number, c = 'app'): TraceEvent => ({ t, type: 'Warning', reason: 'BackOff', container: c, message: `Back-off restarting failed container ${c} in pod p_default(uid)` });
const started = (t: number, c = 'app'): TraceEvent => ({ t, type: 'Normal', reason: 'Started', container: c, message: 'Container started' });
const scheduled: TraceEvent = { t: 0, type: 'Normal', reason: 'Scheduled', message: 'Successfully assigned default/p to node-1' };

describe('correlateEvents', () => {
  it('writes 25 kubelet events at once, then one per 5 minutes (one bucket for the whole pod)', () => {
    const burst = Array.from({ length: 30 }, (_, i) => started(i * 10, i % 2 ? 'app' : 'c0'));
    const held = mergeEvents(burst, pod, 1_000);
    expect(held).toHaveLength(2);
    // 15 of each were recorded, but only the first 25 writes happened: the last write carries the count then.
    expect(held.map((e) => e.count).sort()).toEqual([12, 13]);
    const later = mergeEvents([...burst, started(301_000, 'app')], pod, 302_000);
    expect(later.find((e) => e.fieldPath === 'spec.containers{app}')?.count).toBe(16);
  });

  it('counts events the spam filter drops onto the next one it lets through', () => {
    const events = [...Array.from({ length: 25 }, (_, i) => started(i)), ...Array.from({ length: 40 }, (_, i) => backOff(1_000 + i * 10_000))];
    const back = mergeEvents(events, pod, 400_000).find((e) => e.reason === 'BackOff');
    // No token until 300 s after the burst: the first BackOff written is the one at 301 s, counting 31.
    expect(back).toMatchObject({ count: 31, firstTimestamp: 1_000, lastTimestamp: 301_000 });
  });

  it('combines alike events of ten different messages within 10 minutes', () => {
    const events = Array.from({ length: 12 }, (_, i) => backOff(1_000 + i * 1_000, `c${i}`));
    const held = mergeEvents(events, pod, 20_000);
    const combined = held.filter((e) => e.message.startsWith('(combined from similar events): '));
    expect(held).toHaveLength(12 - 3 + 1);
    expect(combined).toHaveLength(1);
    expect(combined[0]).toMatchObject({ count: 3, message: '(combined from similar events): Back-off restarting failed container c11 in pod p_default(uid)' });
  });

  it('starts a new aggregate after 10 minutes without an alike event', () => {
    const events = [...Array.from({ length: 9 }, (_, i) => backOff(i * 1_000, `c${i}`)), backOff(700_000, 'c9')];
    expect(mergeEvents(events, pod, 700_000).some((e) => e.message.startsWith('(combined'))).toBe(false);
  });

  it('drops events not written for an hour, and does not rate-limit the scheduler', () => {
    const events = [scheduled, ...Array.from({ length: 30 }, (_, i) => started(i))];
    expect(mergeEvents(events, pod, 60_000).map((e) => e.reason)).toEqual(['Scheduled', 'Started']);
    expect(mergeEvents(events, pod, 3_700_000)).toEqual([]);
  });

  const crashLoop = (version: string) => `apiVersion: v1
kind: Pod
metadata: { name: crash }
spec:
  containers:
  - { name: app, image: busybox:1.28, command: ['sh', '-c', 'sleep 1; exit 1'] }
---
apiVersion: playground/v1
kind: Scenario
spec: { kubernetesVersion: "${version}", until: 1h, node: { cachedImages: [busybox:1.28] } }`;
  const eventsAfterAnHour = (version: string): string => {
    const { result, model } = analyzeScenario(crashLoop(version));
    if (!model || !('snapshots' in result)) throw new Error('rejected');
    return describePod(result, model.pod, 3_600_000).split('Events:')[1] ?? '';
  };

  it('shows what a real cluster shows after an hour of one container crash-looping (1.34: a BackOff at every 10 s error requeue)', () => {
    const events = eventsAfterAnHour('1.34');
    // The burst of 25 is spent in the first minutes: Created and Started stop being written there.
    expect(events).toMatch(/Normal\s+Started\s+5\dm \(x5 over 60m\)\s+kubelet\s+Started container app/);
    expect(events).toMatch(/Warning\s+BackOff\s+[0-4]m\d+s \(x\d{3} over 59m\)/);
  });

  it('records far fewer BackOff events on 1.37, whose pod worker sleeps until the back-off ends', () => {
    const events = eventsAfterAnHour('1.37');
    expect(events).toMatch(/Normal\s+Started\s+5\dm \(x\d over 60m\)\s+kubelet\s+spec\.containers\{app\}: Container started/);
    const count = Number(events.match(/Warning\s+BackOff\s+\S+ \(x(\d+) over/)?.[1] ?? 0);
    expect(count).toBeGreaterThan(1);
    expect(count).toBeLessThan(100);
  });
});
