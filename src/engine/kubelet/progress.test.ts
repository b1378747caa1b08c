import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../simulate';
import type { ProgressNote } from './progress';
import { commandText } from './progress';

const pod = (command: string, probe = '') => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: worker
    image: busybox
    command: ['sh', '-c', "${command}"]
${probe}`;

describe('commandText', () => {
  it('quotes a command with the rest of its pipeline, up to the next list operator outside quotes', () => {
    expect(commandText("echo aa! | grep -E '(a+)+$'; sleep 1", 0)).toBe("echo aa! | grep -E '(a+)+$'");
    expect(commandText("grep 'a;b|c' f && echo ok", 0)).toBe("grep 'a;b|c' f");
    expect(commandText('true || false', 0)).toBe('true');
    expect(commandText(`echo ${'x'.repeat(200)}`, 0)).toHaveLength(80);
  });
});

describe('RunOptions.onProgress', () => {
  it('is told the container, the command and its line as each command of a program starts', () => {
    const notes: ProgressNote[] = [];
    analyzeScenario(pod('echo hi; sleep 5; echo aaa! | grep -E a+'), { onProgress: (n) => notes.push(n), until: 20_000 });
    expect(notes.slice(0, 3)).toEqual([
      expect.objectContaining({ container: 'worker', part: 'program', command: 'echo hi', line: 9 }),
      expect.objectContaining({ command: 'sleep 5' }),
      expect.objectContaining({ command: 'echo aaa! | grep -E a+' }),
    ]);
    expect(notes[2]?.t).toBeGreaterThanOrEqual(notes[0]?.t ?? 0);
  });

  it('names a probe command as a handler', () => {
    const probe = `    readinessProbe:
      exec:
        command: ['sh', '-c', 'test -f /tmp/ready']
      periodSeconds: 5`;
    const notes: ProgressNote[] = [];
    analyzeScenario(pod('sleep 3600', probe), { onProgress: (n) => notes.push(n), until: 20_000 });
    expect(notes).toContainEqual(expect.objectContaining({ container: 'worker', part: 'handler', command: 'test -f /tmp/ready' }));
  });

  it('leaves the trace as it is without a listener', () => {
    const text = pod('echo hi; sleep 5');
    expect(analyzeScenario(text, { onProgress: () => undefined })).toEqual(analyzeScenario(text));
  });
});
