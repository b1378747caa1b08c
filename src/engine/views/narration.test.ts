import { describe, expect, it } from 'vitest';
import { docsTrace } from './fixtures';
import { causeSteps, narrateAt } from './narration';
import { narratedDocsTrace as trace } from './narrationFixtures';
import { describePolling } from './narrationWaits';
import { formatSpan, formatStepTime } from './stepTime';

describe('formatStepTime', () => {
  it.each([[0, '0:00.0'], [21_345, '0:21.3'], [59_990, '0:59.9'], [62_000, '1:02.0'], [3_600_000, '1:00:00.0'], [3_725_400, '1:02:05.4']])('formats %d ms as %s', (ms, text) => {
    expect(formatStepTime(ms)).toBe(text);
  });
});

describe('formatSpan', () => {
  it.each([[2000, '2 s'], [2050, '2 s'], [500, '0.5 s'], [1000, '1 s'], [80_000, '80 s'], [300_000, '5 min']])('formats %d ms as %s', (ms, text) => {
    expect(formatSpan(ms)).toBe(text);
  });
});

describe('causeSteps', () => {
  it('lists the distinct instants of causes and scenario events in order', () => {
    expect(causeSteps(trace)).toEqual([0, 1200, 20_000, 20_500, 21_000, 40_000]);
  });

  it('is empty for a trace without causes', () => {
    expect(causeSteps(docsTrace)).toEqual([]);
  });
});

describe('narrateAt', () => {
  it('says what just happened and why at the latest step', () => {
    const n = narrateAt(trace, 20_700);
    expect(n.step).toBe(20_500);
    expect(n.happened.map((c) => c.change)).toEqual(['init-myservice exited 0', 'STATUS Init:0/2 → Init:1/2']);
    expect(n.happened[0]?.why).toContain('nslookup succeeded');
    expect(n.happened[0]?.ruleText).toContain('main process');
    expect(n.caption).toBe('init-myservice exited 0: its script ended: the `until` loop stopped because nslookup succeeded once Service myservice existed');
  });

  it('adds the last command and its result when the trigger text does not name it', () => {
    const why = narrateAt({ ...trace, causes: [{ ...trace.causes![2]!, trigger: { kind: 'program-exit', text: 'its script ended', command: { command: 'nslookup x', status: 0, result: 'resolved', at: 20_400 } } }] }, 20_500).happened[0]?.why;
    expect(why).toBe('its script ended (last ran `nslookup x` at 0:20.4: resolved)');
  });

  it('keeps the kubelet message and the upstream source as a detail line', () => {
    expect(narrateAt(trace, 1200).happened[0]?.detail).toBe('kubelet: "Started container init-myservice" (kuberuntime_container.go › computeInitContainerActions)');
  });

  it('names a scenario event at its step', () => {
    const n = narrateAt(trace, 20_000);
    expect(n.events).toEqual([{ t: 20_000, text: 'Service myservice created' }]);
    expect(n.happened).toEqual([]);
    expect(n.caption).toBe('Service myservice created');
  });

  it('says what each waiting container waits for, with what the awaited container keeps trying', () => {
    const n = narrateAt(trace, 10_000);
    expect(n.waiting.map((w) => w.text)).toEqual([
      'Since 0:01.2, init-mydb waits for init-myservice to exit 0; init-myservice runs `nslookup myservice.default.svc.cluster.local` every ~2 s: can\'t resolve since 0:02.8.',
      'Since 0:00.0, myapp-container waits for every init container to exit 0.',
    ]);
  });

  it('speaks of a polling container on its own when nothing waits on it', () => {
    const n = narrateAt({ ...trace, waits: [] }, 10_000);
    expect(n.waiting.map((w) => w.text)).toEqual(['init-myservice is running and runs `nslookup myservice.default.svc.cluster.local` every ~2 s: can\'t resolve since 0:02.8.']);
  });

  it('stops narrating a wait once it ends', () => {
    expect(narrateAt(trace, 21_000).waiting.map((w) => w.container)).toEqual(['myapp-container']);
  });

  it('says what happens next and when: pending nexts and the next scenario event', () => {
    expect(narrateAt(trace, 10_000).next).toEqual([{ t: 20_000, text: 'Scenario event at 0:20.0: Service myservice created.' }]);
    expect(narrateAt(trace, 20_600).next).toEqual([
      { text: 'init-mydb starts at the next sync' },
      { t: 40_000, text: 'Scenario event at 0:40.0: Service mydb created.' },
    ]);
  });

  it('names the container of a next whose words name none', () => {
    const own = { ...trace, causes: [{ ...trace.causes![2]!, next: { t: 30_000, text: 'the back-off ends' } }] };
    expect(narrateAt(own, 20_600).next[0]).toEqual({ t: 30_000, text: 'init-myservice: the back-off ends' });
  });

  it('drops a next that its subject has moved past', () => {
    const later = { ...trace, causes: [...trace.causes!, { ...trace.causes![2]!, t: 30_000, change: 'init-myservice restarted', next: { t: 25_000, text: 'stale' } }] };
    expect(narrateAt(later, 31_000).next.map((n) => n.text)).not.toContain('stale');
  });

  it('has nothing to say before the first step', () => {
    const n = narrateAt({ ...trace, causes: trace.causes!.slice(1) }, 500);
    expect(n.step).toBeUndefined();
    expect(n.caption).toBe('');
  });

  it('marks a trace without causes as unexplained', () => {
    expect(narrateAt(docsTrace, 5000)).toMatchObject({ explained: false, happened: [], events: [] });
  });
});

describe('describePolling', () => {
  it('tells a finished poll by its last run', () => {
    const once = { ...trace, attempts: [{ container: 'init-myservice', command: 'nslookup a', status: 1, result: 'can\'t resolve', from: 2000, last: 4000, count: 2 }] };
    expect(describePolling(once, 'init-myservice', 15_000)).toBe('last ran `nslookup a` at 0:04.0: can\'t resolve');
  });

  it('says nothing of a container that is not running', () => {
    expect(describePolling(trace, 'init-myservice', 30_000)).toBeUndefined();
  });
});
