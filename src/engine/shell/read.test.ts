import { describe, expect, it } from 'vitest';
import { splitRead } from './commands/read';
import { FakeHost, MemoryFs, runScript } from './testHost';
import { expectAsBusybox } from './testing/busybox';

const withTmp = () => new FakeHost(new MemoryFs({ '/tmp/.keep': '' }));

describe('read', () => {
  // Expected lines and status as busybox sh (ash) prints them for the same script.
  it.each<[string, string[], number]>([
    ['printf \'one two three\\n  lead  trail  \\nback\\\\\\nslash x\\\\y\\nlast\' > /tmp/in; { read a b; echo "[$a][$b]"; read a b; echo "[$a][$b]"; read a; echo "[$a]"; read a; echo "st $? [$a]"; read a; echo "st $? [$a]"; } < /tmp/in', ['[one][two three]','[lead][trail]','[backslash xy]','st 1 [last]','st 1 []'], 0],
    ['printf \'one two\\nthree\\nlast\' > /tmp/in; while read l; do echo "<$l>"; done < /tmp/in; echo "end [$l]"', ['<one two>','<three>','end [last]'], 0],
    ['printf \'a\\\\b\\nc\\n\' > /tmp/in; while read -r l; do echo "<$l>"; done < /tmp/in', ['<a\\b>','<c>'], 0],
    ['printf \'  sp  \\n\' > /tmp/in; read < /tmp/in; echo "[$REPLY]"', ['[  sp  ]'], 0],
    ['printf \'l1\\nl2\\nl3\\n\' > /tmp/in; { read a; cat; } < /tmp/in', ['l2','l3'], 0],
    ['printf \'l1\\nl2\\nl3\\n\' > /tmp/in; { read a; read b; echo "$b $a"; } < /tmp/in', ['l2 l1'], 0],
    ['echo \'a:b:c\' | { IFS=: read x y; echo "[$x][$y]"; }', ['[a][b:c]'], 0],
    ['printf \'a,,b\\n\' | { IFS=, read x y z; echo "[$x][$y][$z]"; }', ['[a][][b]'], 0],
    ['printf \'a b c  \\n\' | { read x y; echo "[$x][$y]"; }', ['[a][b c]'], 0],
    ['printf \'abcdef\\n\' | { read -n 3 a; read b; echo "[$a][$b]"; }', ['[abc][def]'], 0],
    ['printf \'x\\n\' | { read -p \'P> \' -t 1 -s a; echo "$? [$a]"; }', ['0 [x]'], 0],
    ['read a < /dev/null; echo "st $? [$a]"', ['st 1 []'], 0],
    ['read a; echo "st $? [$a]"', ['st 1 []'], 0],
    ['printf \'a:b\\n\' | { read -d : a; echo "$? [$a]"; read b; echo "[$b]"; }', ['0 [a]','[b]'], 0],
    ['printf \'1\\n2\\n3\\n\' | while read n; do echo $((n * 2)); done', ['2','4','6'], 0],
    ['printf \'k1=v1\\nk2=v2\\n\' | while IFS== read k v; do echo "$k -> $v"; done', ['k1 -> v1','k2 -> v2'], 0],
    ['cat <<EOF | while read a b; do echo "$b/$a"; done\nx y\nz w\nEOF', ['y/x','w/z'], 0],
    ['while read a; do echo "got $a"; done <<EOF\nh1\nh2\nEOF', ['got h1','got h2'], 0],
    ['printf \'a b\\n\' | { IFS= read x y; echo "[$x][$y]"; }', ['[a b][]'], 0],
    ['printf \'a b\\n\' | { read; echo "[$REPLY]"; }', ['[a b]'], 0],
    ['printf \'x y z\\n\' | { read a b c d; echo "[$a][$b][$c][$d]"; }', ['[x][y][z][]'], 0],
    ['printf \'line\\n\' | { read -r; echo "[$REPLY]"; }', ['[line]'], 0],
    ['printf \'one\\ntwo\\n\' | { while read l; do echo $l; done; read again; echo "st $? [$again]"; }', ['one','two','st 1 []'], 0],
  ])('runs %j as ash does', (script, lines, exitCode) => {
    const result = runScript(script, withTmp());
    expect(result.warnings).toEqual([]);
    expect(result.host.lines).toEqual(lines);
    expect(result.exitCode).toBe(exitCode);
  });

  // The values of -n, -t and -u as shell_common.c checks them (1.35's `line N:` left out, as
  // everywhere in the subset): expected lines and status as busybox sh prints them.
  it.each<[string, string[], number]>([
    ['echo abcdef | { read -n 0 x; echo "[$x] $?"; }', ['[abcdef] 0'], 0],
    ['echo abcdef | { read -n 2147483647 x; echo "[$x] $?"; }', ['[abcdef] 0'], 0],
    ['echo abcdef | { read -n 2147483648 x; echo "[$x] $?"; }', ['sh: read: invalid count', '[] 2'], 0],
    ['echo abcdef | { read -n 4294967296 x; echo "[$x] $?"; }', ['sh: read: invalid count', '[] 2'], 0],
    ['echo abcdef | { read -n +3 x; echo "[$x] $?"; }', ['sh: read: invalid count', '[] 2'], 0],
    ['echo abcdef | { read -n 3x x; echo "[$x] $?"; }', ['sh: read: invalid count', '[] 2'], 0],
    ['echo abcdef | { read -n \'\' x; echo "[$x] $?"; }', ['sh: read: invalid count', '[] 2'], 0],
    ['echo abcdef | { read -t 1.5 x; echo "[$x] $?"; }', ['[abcdef] 0'], 0],
    ['echo abcdef | { read -t 2097152 x; echo "[$x] $?"; }', ['[abcdef] 0'], 0],
    ['echo abcdef | { read -t 1.5x x; echo "[$x] $?"; }', ['sh: read: invalid timeout', '[] 2'], 0],
    ['echo abcdef | { read -t \'\' x; echo "[$x] $?"; }', ['sh: read: invalid timeout', '[] 2'], 0],
    ['echo abcdef | { read -t .5 x; echo "[$x] $?"; }', ['sh: read: invalid timeout', '[] 2'], 0],
    ['echo abcdef | { read -t 1. x; echo "[$x] $?"; }', ['[abcdef] 0'], 0],
    ['echo abcdef | { read -t +1 x; echo "[$x] $?"; }', ['sh: read: invalid timeout', '[] 2'], 0],
    ['echo abcdef | { read -t 0 x; echo "[$x] $?"; read y; echo "[$y]"; }', ['[] 0', '[abcdef]'], 0],
    ['echo abcdef | { read -u x x; echo "[$x] $?"; }', ['sh: read: invalid file descriptor', '[] 2'], 0],
    ['echo abcdef | { read -u 3 x; echo "[$x] $?"; }', ['[] 1'], 0],
    ['echo abcdef | { read -u 99999999999 x; echo "[$x] $?"; }', ['sh: read: invalid file descriptor', '[] 2'], 0],
    ['echo abcdef | { read -n2 x; echo "[$x] $?"; }', ['[ab] 0'], 0],
    ['echo abcdef | { read -t1 x; echo "[$x] $?"; }', ['[abcdef] 0'], 0],
    ['echo abcdef | { read -rn3 x; echo "[$x] $?"; }', ['[abc] 0'], 0],
    ['echo abcdef | { read -n; echo "$?"; }', ['sh: read: no arg for -n option', '2'], 0],
  ])('checks the values of its options: %j', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode));

  it('rejects a bad name and an unknown option as ash does', () => {
    expect(runScript('read 1a; echo $?').host.lines).toEqual(["sh: read: '1a': bad variable name", '1']);
    expect(runScript("printf 'q\\n' | { read -x a; echo \"$? [$a]\"; }").host.lines).toEqual(['sh: read: illegal option -x', '2 []']);
  });

  it('reads the container\'s own standard input, which is empty, as the end at once', () => {
    const result = runScript('while read line; do echo "$line"; done; echo "done [$line]"');
    expect(result.host.lines).toEqual(['done []']);
  });

  it('splits as ash does: blanks around fields, one other IFS character per field, one trailing delimiter dropped', () => {
    expect(splitRead('  a  b  c  ', 2, ' \t\n', false)).toEqual(['a', 'b  c']);
    expect(splitRead('a,b,', 2, ', ', false)).toEqual(['a', 'b']);
    expect(splitRead('a,b,,', 2, ', ', false)).toEqual(['a', 'b,,']);
    expect(splitRead(' , a , b , ', 2, ', ', false)).toEqual(['', 'a , b ,']);
    expect(splitRead('a b', 3, ' ', false)).toEqual(['a', 'b', '']);
    expect(splitRead('a\\ b c\\ ', 2, ' ', false)).toEqual(['a b', 'c ']);
    expect(splitRead('a\\ b', 2, ' ', true)).toEqual(['a\\', 'b']);
    expect(splitRead(' a b ', 2, '', false)).toEqual([' a b ', '']);
  });

  it('reads a mebibyte line, with or without backslashes, in one scan', () => {
    const plain = '0'.repeat(1 << 20);
    expect(splitRead(plain, 1, ' \t\n', false)).toEqual([plain]);
    const escaped = '\\0'.repeat(1 << 19);
    expect(splitRead(`${escaped} x`, 2, ' \t\n', false)).toEqual(['0'.repeat(1 << 19), 'x']);
  });

  it('reads a file of 2000 lines a line at a time, each read going on where the last stopped', () => {
    const result = runScript("seq 1 2000 > /tmp/n; s=0; while read n; do s=$((s + n)); done < /tmp/n; echo $s", withTmp());
    expect(result.host.lines).toEqual(['2001000']);
  });
});
