import { describe, expect, it } from 'vitest';
import { runScript } from '../testHost';
import { expectAsBusybox } from '../testing/busybox';

describe('cut and tr', () => {
  // Expected lines (stdout and stderr) and status as busybox prints them for the same script.
  it.each<[string, string[], number]>([
    ['echo \'a:b:c\' | cut -d: -f2', ['b'], 0],
    ['echo \'a:b:c\' | cut -d: -f1,3', ['a:c'], 0],
    ['echo \'a:b:c\' | cut -d: -f2-', ['b:c'], 0],
    ['echo \'a:b:c\' | cut -d: -f-2', ['a:b'], 0],
    ['echo \'abcdef\' | cut -c2-4', ['bcd'], 0],
    ['echo \'abcdef\' | cut -c1,3,5', ['ace'], 0],
    ['echo \'abc\' | cut -c5', [''], 0],
    ['printf \'a\\tb\\n\' | cut -f2', ['b'], 0],
    ['echo \'nodelim\' | cut -d: -f2', ['nodelim'], 0],
    ['echo \'nodelim\' | cut -s -d: -f2', [], 0],
    ['echo \'a:b\' | cut -d: -f3', [''], 0],
    ['echo \'a b  c\' | cut -d\' \' -f3', [''], 0],
    ['echo x | cut -f0; echo $?', ['x', '0'], 0],
    ['echo x | cut; echo $?', ['cut: expected a list of bytes, characters, or fields', '1'], 0],
    ['echo \'abc\' | cut -b2', ['b'], 0],
    ['echo \'a:b:c\' | cut -d: -f3,1', ['a:c'], 0],
    ['printf \'a:b\\nc:d\\n\' | cut -d: -f2', ['b', 'd'], 0],
    ['echo \'a:b\' | cut -d:: -f1; echo $?', ['a', '0'], 0],
    ['echo \'a:b\' | cut -d \'\' -f1; echo $?', ['a:b', '0'], 0],
    ['echo hello | tr a-z A-Z', ['HELLO'], 0],
    ['echo hello | tr -d l', ['heo'], 0],
    ['echo \'a  b\' | tr -s \' \'', ['a b'], 0],
    ['echo hello | tr \'[:lower:]\' \'[:upper:]\'', ['HELLO'], 0],
    ['echo hello | tr el ip', ['hippo'], 0],
    ['echo hello | tr -d \'\\n\'; echo', ['hello'], 0],
    ['echo abc | tr abc x', ['xxx'], 0],
    ['echo abc | tr a-c 1-3', ['123'], 0],
    ['echo \'a,b\' | tr , \'\\n\'', ['a', 'b'], 0],
    ['echo hello | tr -c \'a-z\' \'_\'', ['hello_'], 0],
    ['echo \'hello world\' | tr -cd \'a-z\'; echo', ['helloworld'], 0],
    ['echo aabbcc | tr -s a-z', ['abc'], 0],
    ['echo \'x\\y\' | tr \'\\\\\' /', ['x/y'], 0],
    ['echo ABC | tr \'[A-Z]\' \'[a-z]\'', ['abc'], 0],
    ['echo abc | tr \'a-c\' \'z\'', ['zzz'], 0],
    ['printf \'tab\\tx\\n\' | tr \'\\t\' \' \'', ['tab x'], 0],
    ['echo abc | tr \'[:alpha:]\' x', ['xxx'], 0],
    ['echo 123abc | tr -d \'[:digit:]\'', ['abc'], 0],
    ['echo \'a-b\' | tr - _', ['a_b'], 0],
    ['echo \'a-b\' | tr \'a-\' \'x_\'', ['x_b'], 0],
    ['echo hello | tr -s l', ['helo'], 0],
    ['echo hello | tr -ds l o', ['heo'], 0],
    ['echo hello | tr \'a-z\' \'A-C\'', ['CCCCC'], 0],
    ['echo \'a b\' | tr \'[:space:]\' _', ['a_b_'], 0],
    ['echo aXb | tr \'[:upper:]\' \'*\'', ['a*b'], 0],
    ['echo hi | tr \'\\150\' H', ['Hi'], 0],
    ['echo \'a.b\' | tr . x', ['axb'], 0],
    ['echo \'x\' | tr \'x\' \'\\n\' | wc -l', ['2'], 0],
  ])('runs %j as busybox does', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode));

  it('says how to call tr, and runs forever on an option it does not have', () => {
    expect(runScript('echo abc | tr; echo $?').host.lines).toEqual(['tr: usage: tr [-cds] STRING1 [STRING2]', '1']);
    expect(runScript("echo abc | tr -t a b").forever?.warning?.message).toBe('tr -t is not supported: the container runs forever from here');
    expect(runScript("echo abc | cut --complement -f1").forever?.warning?.message).toContain('is not supported');
  });

  it('cuts and translates a mebibyte in one pass', () => {
    const result = runScript("x=$(printf '%01048000d' 0); echo \"$x:y\" | cut -d: -f2; echo \"$x\" | tr 0 1 | cut -c1-3");
    expect(result.host.lines).toEqual(['y', '111']);
  });
});
