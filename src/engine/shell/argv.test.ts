import { describe, expect, it } from 'vitest';
import { runArgv } from './run';
import { drive, FakeHost, MemoryFs } from './testHost';

function run(argv: string[], host = new FakeHost()) {
  const { process, warnings } = runArgv(argv, host);
  return { ...drive(process, host), warnings, host };
}

describe('runArgv', () => {
  it.each<[string[], string[], number]>([
    [['sh', '-c', 'echo hi; exit 3'], ['hi'], 3],
    [['/bin/sh', '-c', 'echo hi'], ['hi'], 0],
    [['bash', '-c', 'echo "$0 $1 $2"', 'name', 'a', 'b'], ['name a b'], 0],
    [['ash', '-ec', 'false; echo never'], [], 1],
    [['/bin/bash', '-o', 'errexit', '-c', 'false; echo never'], [], 1],
    [['echo', 'hi', '$HOME'], ['hi $HOME'], 0],
    [['/bin/echo', 'hi'], ['hi'], 0],
    [['/usr/bin/env', 'GREETING=hey', 'sh', '-c', 'echo $GREETING'], ['hey'], 0],
    [['sh'], [], 0],
    [['sh', '-c'], ['sh: -c requires an argument'], 2],
    [['true'], [], 0],
    [['false'], [], 1],
  ])('runs %j', (argv, lines, exitCode) => {
    const result = run(argv);
    expect(result.host.lines).toEqual(lines);
    expect(result.exitCode).toBe(exitCode);
    expect(result.warnings).toEqual([]);
  });

  it.each([['sleep', '3600'], ['/bin/sleep', '3600'], ['/usr/bin/sleep', '3600']])('runs %s %s as a sleep effect', (...argv) => {
    const result = run(argv);
    expect(result.sleeps).toEqual([3_600_000]);
    expect(result.exitCode).toBe(0);
  });

  it('locates a script warning by argv element and offset', () => {
    const result = run(['sh', '-c', 'echo ok; java -jar app.jar']);
    expect(result.warnings).toEqual([{ message: 'unsupported command "java": the container runs forever from here', offset: 9, argIndex: 2 }]);
    expect(result.forever?.warning?.offset).toBe(9);
    expect(result.host.lines).toEqual(['ok']);
  });

  it('warns about an unsupported program given as argv', () => {
    const result = run(['/app/server', '--port', '8080']);
    expect(result.warnings).toEqual([{ message: 'unsupported command "/app/server": the container runs forever from here', offset: 0, argIndex: 0 }]);
    expect(result.forever?.warning?.message).toContain('/app/server');
  });

  it('runs a mounted shell script given as argv without a warning', () => {
    const host = new FakeHost(new MemoryFs({ '/scripts/run.sh': '#!/bin/bash\necho "ran with $1"\n' }));
    const result = run(['/scripts/run.sh', 'x'], host);
    expect(result.warnings).toEqual([]);
    expect(result.host.lines).toEqual(['ran with x']);
  });

  it('runs sh FILE from a volume', () => {
    const host = new FakeHost(new MemoryFs({ '/config/start.sh': 'echo started $0 $1; exit 4' }));
    const result = run(['sh', '/config/start.sh', 'arg'], host);
    expect(result.host.lines).toEqual(['started /config/start.sh arg']);
    expect(result.exitCode).toBe(4);
  });

  it('parses the script once, before it runs', () => {
    const { warnings } = runArgv(['sh', '-c', 'if then'], new FakeHost());
    expect(warnings[0]?.argIndex).toBe(2);
    expect(warnings[0]?.message).toContain('cannot interpret');
  });
});
