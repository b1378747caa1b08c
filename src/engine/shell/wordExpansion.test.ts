import { describe, expect, it } from 'vitest';
import { runScript } from './testHost';

describe('field splitting on IFS', () => {
  // Expected lines and status as busybox sh (ash) prints them for the same script.
  it.each<[string, string[], number]>([
    ['IFS=,; x=\'a,,b\'; set -- $x; echo $#', ['3'], 0],
    ['IFS=,; x=\'a,b,\'; set -- $x; echo $#', ['2'], 0],
    ['IFS=,; x=\',a\'; set -- $x; echo $# "[$1]"', ['2 []'], 0],
    ['IFS=\', \'; x=\'a , b\'; set -- $x; echo $# "$1|$2"', ['2 a|b'], 0],
    ['IFS=\' \'; x=\'  a   b  \'; set -- $x; echo $#', ['2'], 0],
    ['set -- a b c; IFS=,; echo "$*"', ['a,b,c'], 0],
    ['set -- a b c; IFS=; echo "$*"', ['abc'], 0],
    ['set -- a b c; unset IFS; echo "$*"', ['a b c'], 0],
    ['unset IFS; x=\'a  b\'; set -- $x; echo $#', ['2'], 0],
    ['OLD=$IFS; IFS=:; x=a:b; set -- $x; echo $#; IFS=$OLD; y=\'c d\'; set -- $y; echo $#', ['2','2'], 0],
    ['x=\'a:b\'; IFS=:; echo $x', ['a b'], 0],
    ['x=\'a b\'; IFS=; set -- $x; echo $#', ['1'], 0],
    ['IFS=\', \'; x=\' , a\'; set -- $x; echo $# "[$1][$2]"', ['2 [][a]'], 0],
    ['IFS=\', \'; x=\'a ,, b\'; set -- $x; echo $# "[$1][$2][$3]"', ['3 [a][][b]'], 0],
    ['IFS=\', \'; x=\'a  b\'; set -- $x; echo $#', ['2'], 0],
    ['IFS=,; x=\'a,\'; set -- pre${x}post; echo $# "$1|$2"', ['2 prea|post'], 0],
    ['IFS=,; x=\',a\'; set -- pre${x}; echo $# "$1|$2"', ['2 pre|a'], 0],
    ['IFS=,; x=\',\'; set -- $x; echo $#', ['1'], 0],
    ['IFS=,; x=\',,\'; set -- $x; echo $#', ['2'], 0],
    ['IFS=,; x=\'a\'; y=\',b\'; set -- $x$y; echo $# "$1|$2"', ['2 a|b'], 0],
    ['IFS=,; set -- ""$(echo ,a); echo $# "[$1]"', ['2 []'], 0],
    ['x=\' a b \'; set -- $x; echo $#', ['2'], 0],
    ['IFS=\' :\'; x=\'a : b :: c\'; set -- $x; echo $# "$*"', ['4 a b  c'], 0],
    ['echo "[$IFS]"', ['[ \t',']'], 0],
    ['OLD=$IFS; IFS=,; x=a,b; set -- $x; IFS=$OLD; y="c d"; set -- $y; echo $#', ['2'], 0],
    ['env | grep -c IFS', ['0'], 1],
  ])('runs %j as ash does', (script, lines, exitCode) => {
    const result = runScript(script);
    expect(result.warnings).toEqual([]);
    expect(result.host.lines).toEqual(lines);
    expect(result.exitCode).toBe(exitCode);
  });
});

describe('arithmetic with substitutions inside', () => {
  // Expected lines and status as busybox sh (ash) prints them for the same script.
  it.each<[string, string[], number]>([
    ['echo $(( $(echo 3) + 4 ))', ['7'], 0],
    ['x=5; echo $(( ${x} * 2 ))', ['10'], 0],
    ['x=5; echo $(( ${x:-1} + ${y:-10} ))', ['15'], 0],
    ['echo $(( `echo 2` * 3 ))', ['6'], 0],
    ['echo $(( $(( 1 + 2 )) * 3 ))', ['9'], 0],
    ['echo "$(( $(echo 6) / 2 ))"', ['3'], 0],
    ['n=3; echo $(( $(echo $n) + $n ))', ['6'], 0],
    ['fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }; fact 5', ['120'], 0],
    ['s=\'1 + 2\'; echo $(( $s ))', ['3'], 0],
    ['x=$(( $(printf \'%d\' 7) % 4 )); echo $x', ['3'], 0],
    ['echo $(( $(echo 1) $(echo +) 2 ))', ['3'], 0],
  ])('runs %j as ash does', (script, lines, exitCode) => {
    const result = runScript(script);
    expect(result.warnings).toEqual([]);
    expect(result.host.lines).toEqual(lines);
    expect(result.exitCode).toBe(exitCode);
  });
});

describe('arithmetic nesting', () => {
  it('reads 50 nested expansions and stops at a bound, in plain words, far before the stack', () => {
    expect(runScript(`echo $((${'$(('.repeat(50)}1${'))'.repeat(50)}))`).host.lines).toEqual(['1']);
    const deep = runScript(`echo $((${'$(('.repeat(5000)}1${'))'.repeat(5000)}))`);
    expect(deep.warnings.map((w) => w.message)).toEqual(['the simulator cannot interpret this shell syntax (arithmetic nested too deeply): the container runs forever from here']);
  });
});
