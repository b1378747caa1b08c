import { describe, expect, it } from 'vitest';
import { runScript } from '../testHost';
import { expectAsBusybox } from '../testing/busybox';

describe('sort, uniq and expr', () => {
  // Expected lines (stdout and stderr) and status as busybox prints them for the same script.
  it.each<[string, string[], number]>([
    ['printf \'b\\na\\nc\\n\' | sort', ['a', 'b', 'c'], 0],
    ['printf \'10\\n9\\n100\\n\' | sort', ['10', '100', '9'], 0],
    ['printf \'10\\n9\\n100\\n\' | sort -n', ['9', '10', '100'], 0],
    ['printf \'b\\na\\nc\\n\' | sort -r', ['c', 'b', 'a'], 0],
    ['printf \'b\\na\\nb\\n\' | sort -u', ['a', 'b'], 0],
    ['printf \'B\\na\\nb\\n\' | sort', ['B', 'a', 'b'], 0],
    ['printf \'B\\na\\nb\\n\' | sort -f', ['a', 'B', 'b'], 0],
    ['printf \'x 2\\ny 1\\n\' | sort -k2', ['y 1', 'x 2'], 0],
    ['printf \'x:2\\ny:1\\n\' | sort -t: -k2 -n', ['y:1', 'x:2'], 0],
    ['printf \'3\\n-1\\n2\\n\' | sort -n', ['-1', '2', '3'], 0],
    ['printf \'a\\n\\nb\\n\' | sort', ['', 'a', 'b'], 0],
    ['printf \'1.5\\n1.10\\n\' | sort -n', ['1.10', '1.5'], 0],
    ['printf \'b\\na\' | sort', ['a', 'b'], 0],
    ['printf \'a\\na\\nb\\na\\n\' | uniq', ['a', 'b', 'a'], 0],
    ['printf \'a\\na\\nb\\na\\n\' | uniq -c', ['      2 a', '      1 b', '      1 a'], 0],
    ['printf \'a\\na\\nb\\n\' | uniq -d', ['a'], 0],
    ['printf \'a\\na\\nb\\n\' | uniq -u', ['b'], 0],
    ['printf \'a\\nA\\n\' | uniq -i', ['a'], 0],
    ['expr 1 + 2', ['3'], 0],
    ['expr 10 - 3 \\* 2', ['4'], 0],
    ['expr 7 / 2; expr 7 % 3', ['3', '1'], 0],
    ['expr 3 \\> 2; echo $?', ['1', '0'], 0],
    ['expr 1 = 2; echo $?', ['0', '1'], 0],
    ['expr length hello', ['5'], 0],
    ['expr substr hello 2 3', ['ell'], 0],
    ['expr index hello l', ['3'], 0],
    ['expr hello : \'hel\'', ['3'], 0],
    ['expr hello : \'.*\'', ['5'], 0],
    ['expr abc = abc', ['1'], 0],
    ['expr 0; echo $?', ['0', '1'], 0],
    ['expr \'\' ; echo $?', ['', '1'], 0],
    ['i=0; i=$(expr $i + 1); echo $i', ['1'], 0],
    ['expr 1 + a; echo $?', ['expr: non-numeric argument', '2'], 0],
    ['expr; echo $?', ['expr: too few arguments', '2'], 0],
    ['expr 5 \\& 0; echo $?', ['0', '1'], 0],
    ['expr 0 \\| 3', ['3'], 0],
    ['expr \\( 1 + 2 \\) \\* 3', ['9'], 0],
    ['expr 9223372036854775807 + 1', ['-9223372036854775808'], 0],
  ])('runs %j as busybox does', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode));

  it('stops at what it cannot do, with a warning: an expr group, deep parentheses, a sort key it does not read', () => {
    expect(runScript("expr abc : 'a\\(b\\)'").forever?.warning?.message).toContain('is not supported');
    expect(runScript(`expr ${'\\( '.repeat(300)}1${' \\)'.repeat(300)}`).forever?.warning?.message).toBe('expr: parentheses nested more than 200 deep: the simulator stops interpreting here and the container keeps running');
    expect(runScript('printf "b\\na\\n" | sort -k1.2').forever?.warning?.message).toContain('sort -k 1.2 is not supported');
  });

  it('sorts 5 000 lines by number', () => {
    expect(runScript('seq 5000 -1 1 | sort -n | head -n 2').host.lines).toEqual(['1', '2']);
  });
});
