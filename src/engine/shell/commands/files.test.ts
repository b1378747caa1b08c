import { describe, expect, it } from 'vitest';
import { FakeHost, MemoryFs, runScript } from '../testHost';

function run(script: string) {
  const fs = new MemoryFs({ '/data/a.txt': 'alpha\nbeta\n', '/data/sub/b.txt': 'b\n' });
  return { ...runScript(script, new FakeHost(fs)), fs };
}

describe('file commands', () => {
  it.each<[string, string[]]>([
    ['cat /data/a.txt', ['alpha', 'beta']],
    ['cat /nope', ["cat: can't open '/nope': No such file or directory"]],
    ['ls /data', ['a.txt', 'sub']],
    ['ls /nope', ['ls: /nope: No such file or directory']],
    ['cd /data && ls && pwd', ['a.txt', 'sub', '/data']],
    ['for f in /data/*.txt; do echo "$f"; done', ['/data/a.txt']],
    ['mkdir /data/sub', ["mkdir: can't create directory '/data/sub': File exists"]],
    ['mkdir /x/y', ["mkdir: can't create directory '/x/y': No such file or directory"]],
    ['mkdir -p /x/y && [ -d /x/y ] && echo made', ['made']],
    ['rm /nope', ["rm: can't remove '/nope': No such file or directory"]],
    ['rm -f /nope; echo $?', ['0']],
    ['rm /data/sub', ["rm: '/data/sub' is a directory"]],
    ['rm -rf /data/sub; ls /data', ['a.txt']],
    ['cp /data/a.txt /data/sub && cat /data/sub/a.txt', ['alpha', 'beta']],
    ['cp -r /data/sub /data/copy && cat /data/copy/b.txt', ['b']],
    ['mv /data/a.txt /data/c.txt && ls /data', ['c.txt', 'sub']],
    // busybox copy_file: a directory this cp created is a recursion, left out; the rest is copied.
    ['cp -r /data /data/sub/in; echo "status $?"; ls /data/sub/in; ls /data/sub/in/sub', ["cp: recursion detected, omitting directory '/data/sub/in'", 'status 1', 'a.txt', 'sub', 'b.txt']],
    ['mv /data /data/sub/x; echo "status $?"; ls /data', ["mv: can't rename '/data': Invalid argument", 'status 1', 'a.txt', 'sub']],
    ['mv / /x; echo "status $?"', ["mv: can't rename '/': Invalid argument", 'status 1']],
    ['touch /data/new && ls /data', ['a.txt', 'new', 'sub']],
    ['touch /nope/new', ['touch: /nope/new: No such file or directory']],
    ['echo more >> /data/a.txt; wc -l /data/a.txt', ['3 /data/a.txt']],
    ['head -n 1 /data/a.txt; tail -1 /data/a.txt', ['alpha', 'beta']],
    ['grep -c a /data/a.txt', ['2']],
    ['grep -v alpha /data/a.txt', ['beta']],
    ['chmod +x /data/a.txt && echo ok', ['ok']],
  ])('runs %j', (script, lines) => {
    expect(run(script).host.lines).toEqual(lines);
  });

  it('bounds a file that doubles itself', () => {
    const result = run('while true; do cat /data/a.txt >> /data/a.txt; cat /data/a.txt >> /data/a.txt; done');
    expect(result.forever?.warning?.message).toContain('beyond 1 MiB');
  });
});
