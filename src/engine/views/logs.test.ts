import { describe, it, expect } from 'vitest';
import { containerInstanceStarts, containerLogs } from './logs';
import { docsTrace, exited, running, snapshot, status, trace } from './fixtures';

const lastState = { reason: 'Error', exitCode: 1, startedAt: 1000, finishedAt: 5000 };
const crashing = trace([
  snapshot(0, { containers: [status('app', { reason: 'ContainerCreating' })] }),
  snapshot(1000, { containers: [running('app', 1000)] }),
  snapshot(5000, { containers: [exited('app', 1, 'Error', 1000, 5000)] }),
  snapshot(6000, { containers: [status('app', { reason: 'CrashLoopBackOff', lastState })] }),
  snapshot(16_000, { containers: [running('app', 16_000, { restartCount: 1, lastState })] }),
], {
  logs: [{ t: 1100, container: 'app', line: 'a1' }, { t: 2000, container: 'app', line: 'a2' }, { t: 16_100, container: 'app', line: 'b1' }],
});

describe('containerInstanceStarts', () => {
  it('finds a start wherever the container becomes running', () => {
    expect(containerInstanceStarts(crashing, 'app', 60_000)).toEqual([1000, 16_000]);
  });
});

describe('containerLogs', () => {
  it.each([
    ['shows the running instance', 3000, false, 'a1\na2\n'],
    ['shows the dead instance while it waits to restart', 7000, false, 'a1\na2\n'],
    ['shows the same instance for --previous while waiting to restart', 7000, true, 'a1\na2\n'],
    ['shows only the new instance after a restart', 17_000, false, 'b1\n'],
    ['shows the prior instance with --previous after a restart', 17_000, true, 'a1\na2\n'],
    ['shows only lines written up to the instant', 1500, false, 'a1\n'],
    ['reports that there is no previous instance yet', 3000, true, 'Error from server (BadRequest): previous terminated container "app" in pod "myapp-pod" not found\n'],
    ['reports a container that has not started', 500, false, 'Error from server (BadRequest): container "app" in pod "myapp-pod" is waiting to start: ContainerCreating\n'],
  ])('%s', (_name, at, previous, text) => expect(containerLogs(crashing, 'app', at, { previous })).toBe(text));

  it('reads an init container of the docs example', () => {
    expect(containerLogs(docsTrace, 'init-myservice', 4000)).toBe('waiting for myservice\nwaiting for myservice\n');
    expect(containerLogs(docsTrace, 'init-mydb', 10_000)).toBe('Error from server (BadRequest): container "init-mydb" in pod "myapp-pod" is waiting to start: PodInitializing\n');
  });

  it('rejects an unknown container', () => {
    expect(containerLogs(docsTrace, 'nope', 4000)).toBe('Error from server (BadRequest): container nope is not valid for pod myapp-pod\n');
  });
});
