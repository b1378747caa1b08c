// Every gallery scenario: accepted, deterministic to the byte, and teaching what its lesson says.
import { describe, expect, it } from 'vitest';
import { gallery } from '../scenario/gallery';
import { isRejection, type Trace } from '../scenario/trace';
import { simulateScenario } from './simulate';
import { starts, statuses } from './kubelet/testing/traceQueries';
import { containerLogs } from './views';

const lessons: Record<string, (trace: Trace, seq: string[]) => void> = {
  'docs-myapp-pod': (_t, seq) => expect(seq).toEqual(['Init:0/2', 'Init:1/2', 'PodInitializing', 'Running']),
  'nginx-emptydir': (t) => expect(t.snapshots.at(-1)?.kubectl.status).toBe('Running'),
  'init-fails-never': (t, seq) => { expect(seq.at(-1)).toBe('Init:Error'); expect(t.snapshots.at(-1)?.phase).toBe('Failed'); },
  'crashloop-always': (t, seq) => { expect(seq).toContain('Init:CrashLoopBackOff'); expect(t.snapshots.every((s) => s.phase === 'Pending')).toBe(true); },
  'fail-once-emptydir': (_t, seq) => { expect(seq).toContain('Init:Error'); expect(seq.at(-1)).toBe('Running'); },
  'sidecar-log-shipper': (t) => expect(t.snapshots.at(-1)?.kubectl.ready).toBe('2/2'),
  'sidecar-startup-probe': (_t, seq) => expect(seq.slice(0, 2)).toEqual(['Init:0/2', 'Init:1/2']),
  'job-with-sidecar': (t) => expect(t.snapshots.at(-1)?.phase).toBe('Succeeded'),
  'image-pull-error': (_t, seq) => { expect(seq).toContain('Init:ErrImagePull'); expect(seq).toContain('Init:ImagePullBackOff'); },
  'active-deadline': (t) => expect(t.snapshots.at(-1)).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded' }),
  'wait-for-db-port': (_t, seq) => expect(seq.at(-1)).toBe('Running'),
  'sandbox-restart': (t) => {
    const changed = t.events.find((e) => e.reason === 'SandboxChanged')?.t ?? Infinity;
    const [, rerun] = starts(t, 'init-config');
    expect(rerun).toBeGreaterThan(changed);
    expect(starts(t, 'web').at(-1)).toBeGreaterThan(rerun ?? Infinity);
    expect(containerLogs(t, 'init-config', t.horizon)).toBe('init ran\ninit ran\n');
  },
  'sidecar-as-plain-init': (t, seq) => {
    expect(seq).toEqual(['Init:0/1']);
    expect(t.snapshots.every((s) => s.phase === 'Pending' && s.containers[0]?.reason === 'PodInitializing')).toBe(true);
  },
  'logs-while-init-fails': (t, seq) => {
    expect(seq).toContain('Init:CrashLoopBackOff');
    expect(containerLogs(t, 'web', t.horizon)).toBe('Error from server (BadRequest): container "web" in pod "web-with-content" is waiting to start: PodInitializing\n');
    expect(containerLogs(t, 'fetch-content', t.horizon)).toContain('ERROR: cannot download index.html');
  },
  'status-vs-phase': (t, seq) => {
    expect(seq).toEqual(expect.arrayContaining(['Error', 'CrashLoopBackOff']));
    const since = t.snapshots.findIndex((s) => s.phase === 'Running');
    const afterStart = t.snapshots.slice(since);
    expect(since).toBeGreaterThan(0);
    expect(afterStart.every((s) => s.phase === 'Running')).toBe(true);
    expect(afterStart.some((s) => s.kubectl.status === 'CrashLoopBackOff' && !s.conditions.Ready)).toBe(true);
  },
  'init-oomkilled': (_t, seq) => expect(seq).toContain('Init:OOMKilled'),
};

describe('gallery', () => {
  it.each(gallery.map((g) => [g.id, g] as const))('simulates %s the same way twice, byte for byte', (_id, entry) => {
    const a = JSON.stringify(simulateScenario(entry.yaml));
    const b = JSON.stringify(simulateScenario(entry.yaml));
    expect(a).toBe(b);
  });

  it.each(gallery.map((g) => [g.id, g] as const))('teaches the lesson of %s', (id, entry) => {
    const result = simulateScenario(entry.yaml);
    if (isRejection(result)) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([]);
    expect(result.truncated).toBe(false);
    lessons[id]?.(result, statuses(result));
  });
});
