// Termination messages: kuberuntime_container.go › getTerminationMessage (the file, its last 4 KiB),
// readLastStringFromContainerLogs (80 lines, 2 KiB), and status_manager.go › normalizeStatus (the
// pod's 12 KiB shared by its containers); describe.go › describeContainerState prints `Message:`.
import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../simulate';
import { describePod } from '../views/describe';
import { container, last, pod, simulate } from './testing/traceQueries';

const one = (script: string, extra = '', policy = 'Never') => pod(`  restartPolicy: ${policy}
  containers:
  - name: app
    image: busybox:1.28
${extra}    command: ['sh', '-c', '${script}']`);

const messageOf = (yaml: string, until = 20) => container(last(simulate(yaml, until)), 'app').message;

describe('termination messages', () => {
  it('takes what the container wrote to /dev/termination-log', () => {
    expect(messageOf(one('echo "table locked" > /dev/termination-log; exit 3'))).toBe('table locked\n');
  });

  it('reads a custom terminationMessagePath', () => {
    expect(messageOf(one('mkdir -p /tmp/x; echo done > /tmp/x/why; exit 0', '    terminationMessagePath: /tmp/x/why\n'))).toBe('done\n');
  });

  it('falls back to the log tail only under FallbackToLogsOnError, on a failure, when no message was written', () => {
    const policy = '    terminationMessagePolicy: FallbackToLogsOnError\n';
    expect(messageOf(one('echo starting; echo "panic: no db"; exit 1', policy))).toBe('starting\npanic: no db\n');
    expect(messageOf(one('echo fine; exit 0', policy))).toBeUndefined();
    expect(messageOf(one('echo noisy; echo "written" > /dev/termination-log; exit 1', policy))).toBe('written\n');
    expect(messageOf(one('echo starting; exit 1'))).toBeUndefined();
  });

  it('keeps the last 80 lines and at most 2 KiB of the log', () => {
    const policy = '    terminationMessagePolicy: FallbackToLogsOnError\n';
    const lines = messageOf(one('i=0; while [ $i -lt 100 ]; do echo line$i; i=$((i+1)); done; exit 1', policy)) ?? '';
    expect(lines.split('\n').filter(Boolean)).toEqual(Array.from({ length: 80 }, (_, i) => `line${i + 20}`));
    const long = messageOf(one('i=0; while [ $i -lt 60 ]; do echo "$i xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"; i=$((i+1)); done; exit 1', policy)) ?? '';
    expect(long.length).toBe(2048);
    expect(long.endsWith('59 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n')).toBe(true);
  });

  it('keeps the last 4 KiB of the file, then the first 12 KiB / containers of the pod', () => {
    const big = 'i=0; while [ $i -lt 100 ]; do printf "%099d\\n" $i >> /dev/termination-log; i=$((i+1)); done; exit 2';
    const single = messageOf(one(big)) ?? '';
    expect(single.length).toBe(4096);
    expect(single.endsWith(`${'0'.repeat(97)}99\n`)).toBe(true);
    const four = pod(`  restartPolicy: Never
  containers:
${['a', 'b', 'c', 'app'].map((n) => `  - { name: ${n}, image: busybox:1.28, command: ['sh', '-c', '${big}'] }`).join('\n')}`);
    // 12 KiB / 4 containers = 3 KiB each, kept from the start of the 4 KiB message.
    expect(messageOf(four)?.length).toBe(3072);
  });

  it('carries the message into lastState after a restart, and describe prints it', () => {
    const yaml = one('echo "attempt failed" > /dev/termination-log; exit 1', '', 'Always');
    const trace = simulate(yaml, 30);
    const s = last(trace);
    expect(container(s, 'app').lastState?.message).toBe('attempt failed\n');
    const analyzed = analyzeScenario(yaml);
    if (!analyzed.model) throw new Error('no model');
    const text = describePod(trace, analyzed.model.pod, 30_000);
    expect(text).toMatch(/Last State:\s+Terminated\n\s+Reason:\s+Error\n\s+Message:\s+attempt failed\n/);
  });
});
