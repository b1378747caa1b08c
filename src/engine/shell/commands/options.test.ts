// Command options against busybox: each expected output is what busybox prints for the same
// script and files. An option the subset does not implement runs forever with a warning.
import { describe, expect, it } from 'vitest';
import { FakeHost, MemoryFs, runScript } from '../testHost';
import { expectAsBusybox } from '../testing/busybox';

const FILES: Record<string, string> = {
  '/tmp/t3': 'l1\nl2\nl3\n',
  '/tmp/f1': 'a b\n',
  '/tmp/d/a': 'hello\nzed\nno\n',
  '/tmp/d/sub/b': 'hz\n',
  '/tmp/w': 'foo bar foobar\n',
  '/tmp/pf': 'ab\n',
};

function run(script: string) {
  return runScript(`cd /tmp && { ${script}\n}`, new FakeHost(new MemoryFs(FILES)));
}

describe('options as busybox has them', () => {
  it.each([
    // head and tail
    ['head -c 4 t3', ['l1', 'l'], 0],
    ['tail -c 4 t3', ['', 'l3'], 0],
    ['head -n -1 t3', ['l1', 'l2'], 0],
    ['head -n +2 t3', ["head: invalid number '+2'"], 1],
    ['tail -n +2 t3', ['l2', 'l3'], 0],
    ['tail -n -2 t3', ['l2', 'l3'], 0],
    ['head -2 t3', ['l1', 'l2'], 0],
    ['tail -2 t3', ['l2', 'l3'], 0],
    ['tail +2 t3', ['l2', 'l3'], 0],
    ['head -c -2 t3', ['l1', 'l2', 'l'], 0],
    ['tail -c +4 t3', ['l2', 'l3'], 0],
    ['head t3 f1', ['==> t3 <==', 'l1', 'l2', 'l3', '', '==> f1 <==', 'a b'], 0],
    ['tail -q t3 f1', ['l1', 'l2', 'l3', 'a b'], 0],
    ['head -v t3', ['==> t3 <==', 'l1', 'l2', 'l3'], 0],
    ['head -n 1k t3', ['l1', 'l2', 'l3'], 0],
    ['head -n x t3', ["head: invalid number 'x'"], 1],
    ['head -c 2 -n 1 t3', ['l'], 0],
    ['head nope t3', ['head: nope: No such file or directory', '', '==> t3 <==', 'l1', 'l2', 'l3'], 1],
    ['tail nope t3', ["tail: can't open 'nope': No such file or directory", 'l1', 'l2', 'l3'], 1],
    ['head -n 1 - f1 < t3', ['==> standard input <==', 'l1', '', '==> f1 <==', 'a b'], 0],
    ['tail -n 1 - f1 < t3', ['==> - <==', 'l3', '', '==> f1 <==', 'a b'], 0],
    ['seq 10 | head -n -8', ['1', '2'], 0],
    // id
    ['id -u', ['0'], 0],
    ['id -g', ['0'], 0],
    ['id -un', ['root'], 0],
    ['id -n -u', ['root'], 0],
    ['id -gn', ['root'], 0],
    // cat
    ['cat -n t3 f1', ['     1\tl1', '     2\tl2', '     3\tl3', '     4\ta b'], 0],
    ["printf 'a\\n\\nb\\n' | cat -b", ['     1\ta', '', '     2\tb'], 0],
    ["printf 'a\\n\\nb\\n' | cat -n", ['     1\ta', '     2\t', '     3\tb'], 0],
    // wc
    ["printf 'a b\\n' | wc -l -w", ['        1         2'], 0],
    ["printf 'a b\\n' | wc -l", ['1'], 0],
    ["printf 'a b\\n' | wc", ['        1         2         4'], 0],
    ['wc -l f1', ['1 f1'], 0],
    ['wc f1', ['        1         2         4 f1'], 0],
    ['wc -l f1 t3', ['        1 f1', '        3 t3', '        4 total'], 0],
    ["printf 'a b\\n' | wc -l -", ['1 -'], 0],
    ['wc -L t3', ['2 t3'], 0],
    // grep
    ['grep -o o d/a', ['o', 'o'], 0],
    ['grep -e h -e z d/a', ['hello', 'zed'], 0],
    ['grep -l h d/a d/sub/b', ['d/a', 'd/sub/b'], 0],
    ['grep -L h d/a t3', ['t3'], 0],
    ['grep -H h d/a', ['d/a:hello'], 0],
    ['grep -h h d/a d/sub/b', ['hello', 'hz'], 0],
    ['grep -r z d/sub', ['d/sub/b:hz'], 0],
    ['grep -rl z d/sub', ['d/sub/b'], 0],
    ['grep -o -w bar w', ['bar', 'bar'], 0],
    ["grep -o 'x*' w", [], 0],
    ["grep -oE 'o+' w", ['oo', 'oo'], 0],
    ['grep -on o d/a', ['1:o', '3:o'], 0],
    ['grep -oc o d/a', ['2'], 0],
    ["grep -o '^.' w", ['f'], 0],
    ["grep -o 'foo\\|\\<bar' w", ['foo', 'bar', 'foo'], 0],
    ["grep -E -o '[a-z]+' w", ['foo', 'bar', 'foobar'], 0],
    ['grep -m1 o d/a', ['hello'], 0],
    ['grep -lc h d/a', ['d/a'], 0],
    ['grep -c h d/a d/sub/b', ['d/a:1', 'd/sub/b:1'], 0],
    ['grep -x -e hello -e no d/a', ['hello', 'no'], 0],
    ['grep -F -w ze d/a', [], 1],
    ['echo ab | grep -o -e a -e b', ['b'], 0],
    ["echo 'Abc abc' | grep -oiF abc", ['abc'], 0],
    ["echo 'a @ b' | grep -w @", ['a @ b'], 0],
    ["echo 'xfoo foo' | grep -ow foo", ['foo'], 0],
    ['echo xaby | grep -o -e a -f pf', ['ab'], 0],
    ['echo a | grep -H a', ['(standard input):a'], 0],
    ['echo a | grep -L a', [], 1],
    ['grep -L l f1 t3', ['f1'], 0],
    ['grep -c l nope t3', ['grep: nope: No such file or directory', 't3:3'], 2],
    ['grep -q h nope d/a', ['grep: nope: No such file or directory'], 0],
    ['grep h d', [], 1],
    // seq
    ['seq -s, 1 3', ['1,2,3'], 0],
    ['seq -w 8 10', ['08', '09', '10'], 0],
    ['seq 1 0.5 2', ['1.0', '1.5', '2.0'], 0],
    ['seq -s : -w 9 11', ['09:10:11'], 0],
    ['seq -w -- -1 1', ['-1', '00', '01'], 0],
    ['seq -w 1.5 10', ['01.5', '02.5', '03.5', '04.5', '05.5', '06.5', '07.5', '08.5', '09.5'], 0],
    ['seq -w 1 100 2', ['001'], 0],
    ['seq -w 1 10.0', ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'], 0],
    ['seq 5 -2 1', ['5', '3', '1'], 0],
    ['seq 1.50 2', ['1.50'], 0],
    ['seq 3 1', [], 0],
    // date
    ['date -d @0 +%Y', ['1970'], 0],
    ['date -u -d @0', ['Thu Jan  1 00:00:00 UTC 1970'], 0],
    ["date -d @86400 '+%F %T'", ['1970-01-02 00:00:00'], 0],
    ['date -R -d @0', ['Thu, 01 Jan 1970 00:00:00 +0000'], 0],
    ["date -d '2020-01-02 03:04:05' +%s", ['1577934245'], 0],
    ['date -I -d @0', ['1970-01-01'], 0],
    ['date -Iseconds -d @0', ['1970-01-01T00:00:00+00:00'], 0],
    // dirname, basename, uname
    ['dirname /', ['/'], 0],
    ['dirname //', ['//'], 0],
    ['dirname a/', ['.'], 0],
    ['dirname /a', ['/'], 0],
    ['dirname a//b', ['a'], 0],
    ['dirname ///a', ['/'], 0],
    ['basename /', ['/'], 0],
    ['basename a/b/', ['b'], 0],
    ['uname -ms', ['Linux x86_64'], 0],
    // ls
    ['ls -R d', ['d:', 'a', 'sub', '', 'd/sub:', 'b'], 0],
    ['ls d/sub d', ['d:', 'a', 'sub', '', 'd/sub:', 'b'], 0],
    ['ls t3 f1 nope', ['ls: nope: No such file or directory', 'f1', 't3'], 1],
    ['ls -p d', ['a', 'sub/'], 0],
    ['ls -r d', ['sub', 'a'], 0],
    ['ls -l d | head -1', ['total 8'], 0],
    ['ls -a d/sub', ['.', '..', 'b'], 0],
    // escapes and printf
    ["printf '\\x41\\x4g|\\n'", ['A\x04g|'], 0],
    ["echo -e '\\x41|'", ['A|'], 0],
    ["printf '%ld|%5.2f\\n' 3 1.5", ['3| 1.50'], 0],
    ['chmod -x f1; echo $?', ['0'], 0],
  ] as [string, string[], number][])('%s', (script, lines, status) => {
    const result = run(script);
    expect(result.forever).toBeUndefined();
    expect(result.host.lines).toEqual(lines);
    expect(result.exitCode).toBe(status);
  });

  it('kills with the signal timeout -s names (status 128 + its number)', () => {
    expect(run('timeout -s KILL 1 sleep 3; echo $?').host.lines).toEqual(['137']);
    expect(run('timeout -t 1 sleep 3; echo $?').host.lines).toEqual(['143']);
  });

  it('prints only the summary with ping -q', () => {
    const host = new FakeHost(new MemoryFs(), {}, { db: { ip: '10.0.0.5' } });
    expect(runScript('ping -q -c 2 db', host).host.lines).toEqual([
      'PING db (10.0.0.5): 56 data bytes', '', '--- db ping statistics ---', '2 packets transmitted, 2 packets received, 0% packet loss',
      'round-trip min/avg/max = 0.080/0.080/0.080 ms',
    ]);
  });
});

describe('grep -m 0 and an option without its value', () => {
  // busybox 1.35's grep with -m 0 looks at the first line only; an option missing its value is a
  // usage error (status 2). Expected lines and status as busybox prints them.
  it.each<[string, string[], number]>([
    ['printf \'a\\na\\nb\\n\' | grep -m 0 -c a; echo $?', ['1', '0'], 0],
    ['printf \'a\\na\\nb\\n\' | grep -m 0 -c zz; echo $?', ['0', '1'], 0],
    ['printf \'a\\na\\nb\\n\' | grep -m 0 zz; echo $?', ['1'], 0],
    ['printf \'a\\na\\nb\\n\' | grep -m 0 -v a; echo $?', ['1'], 0],
    ['printf \'a\\na\\nb\\n\' | grep -m 0 -n a; echo $?', ['0'], 0],
    ['printf \'a\\na\\nb\\n\' | grep -m 0 -q a; echo $?', ['0'], 0],
    ['printf \'a\\na\\nb\\n\' | grep -m 0 -l a; echo $?', ['(standard input)', '0'], 0],
    ['printf \'a\\na\\nb\\n\' | grep -m 0 a; echo $?', ['0'], 0],
    ['printf \'a\\na\\nb\\n\' | grep -m 1 -c a; echo $?', ['1', '0'], 0],
    ['printf \'a\\na\\nb\\n\' | grep -m 2 -v b; echo $?', ['a', 'a', '0'], 0],
    ['printf \'\' | grep -m 0 a; echo $?', ['1'], 0],
    ['printf \'b\\na\\n\' | grep -m 0 -c a; echo $?', ['0', '1'], 0],
    ['printf \'b\\na\\n\' | grep -m 0 a; echo $?', ['1'], 0],
    ['printf \'b\\na\\n\' | grep -m 0 -v -c a; echo $?', ['1', '0'], 0],
    ['printf \'a\\nb\\n\' | grep -m 0 -v -c a; echo $?', ['0', '1'], 0],
    ['printf \'a\\nb\\n\' | grep -m 0 -v -c b; echo $?', ['1', '0'], 0],
    ['printf \'a\\na\\nb\\n\' | grep -e 2>/dev/null; echo $?', ['2'], 0],
    ['printf \'a\\na\\nb\\n\' | grep -e a -e 2>/dev/null; echo $?', ['2'], 0],
    ['printf \'a\\na\\nb\\n\' | grep -m 2>/dev/null; echo $?', ['2'], 0],
    ['printf \'a\\na\\nb\\n\' | grep a -m 2>/dev/null; echo $?', ['2'], 0],
  ])('runs %j as busybox does', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode));
});

describe('wc in the C locale', () => {
  // The container has no LANG: -c and -m count UTF-8 bytes, -L only printable ASCII, and the
  // columns come in the order l w m c L. Expected lines and status as busybox 1.35 prints them.
  it.each<[string, string[], number]>([
    ['printf \'héllo wörld\\nab\\n\' | wc -m', ['17'], 0],
    ['printf \'héllo wörld\\nab\\n\' | wc -c', ['17'], 0],
    ['printf \'héllo wörld\\nab\\n\' | wc -mc', ['       17        17'], 0],
    ['printf \'héllo wörld\\nab\\n\' | wc -cm', ['       17        17'], 0],
    ['printf \'héllo wörld\\nab\\n\' | wc -lwmc', ['        2         3        17        17'], 0],
    ['printf \'héllo wörld\\nab\\n\' | wc -L', ['9'], 0],
    ['printf \'héllo wörld\\nab\\n\' | wc -Lm', ['       17         9'], 0],
    ['printf \'héllo wörld\\nab\\n\' | wc', ['        2         3        17'], 0],
    ['printf \'abc\\n\' | wc -m', ['4'], 0],
    ['printf \'€\\n\' | wc -c', ['4'], 0],
    ['printf \'🙂\\n\' | wc -c', ['5'], 0],
    ['printf \'🙂\\n\' | wc -L', ['0'], 0],
    ['printf \'a\\tb\\n\' | wc -L', ['9'], 0],
    ['printf \'a\\033[31mb\\n\' | wc -L', ['6'], 0],
    ['printf \'ab\\rcdef\\n\' | wc -L', ['4'], 0],
    ['printf \'x\\vy\\n\' | wc -L', ['2'], 0],
    ['printf \'héllo\\n\' > /tmp/h; printf \'ab\\n\' > /tmp/g; wc -mc /tmp/h /tmp/g', ['        7         7 /tmp/h', '        3         3 /tmp/g', '       10        10 total'], 0],
    ['printf \'héllo\\n\' > /tmp/h; printf \'ab\\n\' > /tmp/g; wc -L /tmp/h /tmp/g', ['        4 /tmp/h', '        2 /tmp/g', '        4 total'], 0],
  ])('runs %j as busybox does', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode, new FakeHost(new MemoryFs({ '/tmp/.keep': '' }))));
});

describe('options outside the subset', () => {
  it.each([
    ['ls -t', 'ls -t'],
    ['ls -R -h', 'ls -h'],
    ['cat -A t3', 'cat -A'],
    ['head -s t3', 'head -s'],
    ['tail --lines=1 t3', 'tail --lines'],
    ['wc -x t3', 'wc -x'],
    ['grep -A1 zed d/a', 'grep -A'],
    ['grep -z h d/a', 'grep -z'],
    ['echo a | grep -C 1 a', 'grep -C'],
    ['seq -f %g 1 2', 'seq -f'],
    ['date -r t3', 'date -r'],
    ['date 010203042020', "date '010203042020' (setting the date)"],
    ['id -x', 'id -x'],
    ['id nobody', "id 'nobody' (a user other than root)"],
    ['hostname -i', 'hostname -i'],
    ['basename -s .sh a.sh', 'basename -s'],
    ['uname -x', 'uname -x'],
    ['whoami -x', 'whoami -x'],
    ['rm -i t3', 'rm -i'],
    ['cp -t d t3', 'cp -t'],
    ['mv -n t3 f1', 'mv -n'],
    ['mkdir -v x', 'mkdir -v'],
    ['chmod -v 600 t3', 'chmod -v'],
    ['tee -x f', 'tee -x'],
    ['echo a | tee -p f', 'tee -p'],
    ["printf '%e' 1", "printf '%e'"],
    ["printf '%*d' 3 1", "printf '%*d' (a * width or precision)"],
    ['set -C', 'set -C'],
    ['set -o allexport', 'set -o allexport'],
    ['cd -', 'cd -'],
    ['export -n X', 'export -n'],
    ['env -0', 'env -0'],
    ['timeout -x 1 true', 'timeout -x'],
    ['nslookup -type=a db', 'nslookup -type=a'],
    ['nc -e sh db 80', 'nc -e'],
    ['ping -w 5 db', 'ping -w'],
    ['wget -S http://db/', 'wget -S'],
    ['curl -v http://db/', 'curl -v'],
    ['httpd -d x', 'httpd -d'],
    ['[ t3 -nt f1 ]', '[ -nt'],
  ])('%s', (script, option) => {
    const result = run(script);
    expect(result.forever?.warning?.message).toBe(`${option} is not supported: the container runs forever from here`);
  });

  it('runs forever on seq with an increment of 0, which busybox prints without end', () => {
    expect(run('seq 1 0 2').forever?.warning?.message).toMatch(/the container runs forever from here$/);
  });
});
