import { describe, expect, it } from 'vitest';
import { decodeAnsiC } from './lexer';
import { runScript } from './testHost';
import { expectAsBusybox } from './testing/busybox';

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
  ])('runs %j as ash does', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode));
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
  ])('runs %j as ash does', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode));
});

describe('arithmetic as math.c evaluates it', () => {
  // Expected lines and status as busybox sh (ash) prints them for the same script: ++ and --,
  // the comma, every assignment operator, variables evaluated as expressions, literals past 2^64.
  it.each<[string, string[], number]>([
    ['echo $((18446744073709551616))', ['0'], 0],
    ['echo $((99999999999999999999999))', ['0'], 0],
    ['b=3; a=b; echo $((a+1))', ['4'], 0],
    ['c=5; b=c; a=b; echo $((a*2))', ['10'], 0],
    ['a=a; echo $((a+1))', ['sh: expression recursion loop detected'], 2],
    ['b="1+2"; echo $((b*2))', ['6'], 0],
    ['a=b; echo $((a))', ['0'], 0],
    ['a=b; b=a; echo $((a))', ['sh: expression recursion loop detected'], 2],
    ['a=x; echo $((a++)); echo $a', ['0', '1'], 0],
    ['a="(2)"; echo $((a*3))', ['6'], 0],
    ['echo $((0x1ffffffffffffffff))', ['0'], 0],
    ['echo $((077777777777777777777777))', ['0'], 0],
    ['echo $((-18446744073709551616))', ['0'], 0],
    ['echo $((0x))', ['sh: arithmetic syntax error'], 2],
    ['echo $((08))', ['sh: arithmetic syntax error'], 2],
    ['echo $((1a))', ['sh: arithmetic syntax error'], 2],
    ['echo $((0x1g))', ['sh: arithmetic syntax error'], 2],
    ['a=08; echo $((a))', ['sh: arithmetic syntax error'], 2],
    ['a=0x; echo $((a))', ['sh: arithmetic syntax error'], 2],
    ['a=\'1,2\'; echo $((a))', ['2'], 0],
    ['a=\'b=5\'; echo $((a)) $b', ['5 5'], 0],
    ['a=\'b++\'; b=1; echo $((a)) $((a)) $b', ['1 2 3'], 0],
    ['i=0; while [ $((i++)) -lt 3 ]; do echo i=$i; done', ['i=1', 'i=2', 'i=3'], 0],
    ['i=0; while [ $i -lt 3 ]; do : $((i+=1)); done; echo $i', ['3'], 0],
    ['n=3; echo $((n--)) $((n--)) $n', ['3 2 1'], 0],
    ['echo $(( 1 + ))', ['sh: arithmetic syntax error'], 2],
    ['echo $(( ))', ['0'], 0],
    ['echo $((    ))', ['0'], 0],
    ['a=5; echo $((a ++))', ['5'], 0],
    ['a=5; echo $((a++ ++))', ['sh: arithmetic syntax error'], 2],
    ['a=5; b=2; echo $((a+++b)) $a $b', ['7 6 2'], 0],
    ['a=5; b=2; echo $((a---b)) $a $b', ['3 4 2'], 0],
    ['a=5; b=2; echo $((a- --b)) $a $b', ['4 5 1'], 0],
    ['a=1; echo $((a<<=65)) $a', ['2 2'], 0],
    ['a=7; echo $((a%=0))', ['sh: divide by zero'], 2],
    ['a=7; echo $((a/=2, a)) $a', ['3 3'], 0],
    ['echo $((1?2:3,4))', ['4'], 0],
    ['echo $((3,))', ['sh: arithmetic syntax error'], 2],
    ['x=3; echo $(( x ? x : 0 )) $(( x++ ? x : 0 )) $x', ['3 4 4'], 0],
    ['a=2; b=3; echo $((a*=b+=1)) $a $b', ['8 8 4'], 0],
    ['a=1; echo $((a=b=c=4)) $a $b $c', ['4 4 4 4'], 0],
    ['echo $((10 > 5 > 2))', ['0'], 0],
    ['a=9223372036854775807; echo $((a++)) $a', ['9223372036854775807 -9223372036854775808'], 0],
    ['a=-9223372036854775808; echo $((a--)) $a', ['-9223372036854775808 9223372036854775807'], 0],
    ['a=\'  \'; echo $((a+1))', ['1'], 0],
    ['a=\' -5 \'; echo $((a))', ['-5'], 0],
    ['a=\'- 5\'; echo $((a))', ['-5'], 0],
    ['a=\'--5\'; echo $((a))', ['5'], 0],
    ['a=\'+5\'; echo $((a))', ['5'], 0],
    ['a=$\'\\t7\\n\'; echo $((a))', ['7'], 0],
    ['a=0; echo $((1 ? 2 : (a=5))); echo $a', ['2', '5'], 0],
    ['a=0; echo $((0 ? (a=5) : 3)); echo $a', ['3', '5'], 0],
    ['a=0; echo $((0 && (a=5))); echo $a', ['0', '5'], 0],
    ['a=0; echo $((1 || (a=5))); echo $a', ['1', '5'], 0],
    ['echo $((2**-1))', ['sh: exponent less than 0'], 2],
    ['a=5; echo $((a++ + ++a)) $a', ['12 7'], 0],
    ['a=5; echo $((a--)) $((--a)) $a', ['5 3 3'], 0],
    ['a=1; echo $((a+++1)) $a', ['2 2'], 0],
    ['a=1; echo $((a---1)) $a', ['0 0'], 0],
    ['echo $((--7)) $((++7))', ['7 7'], 0],
    ['a=1; echo $((- -a)) $((-(-a)))', ['1 1'], 0],
    ['a=1; echo $((++++a)) $a', ['2 2'], 0],
    ['echo $((1,2,3))', ['3'], 0],
    ['a=1; echo $((a+=2, a*=3)) $a', ['9 9'], 0],
    ['a=12; echo $((a<<=2)) $((a>>=1)) $((a&=6)) $((a|=1)) $((a^=3)) $a', ['48 24 0 1 2 2'], 0],
    ['a=3; echo $((a=a+1, a)) $a', ['4 4'], 0],
    ['echo $(( (1) = 2 ))', ['sh: arithmetic syntax error'], 2],
    ['a=1; echo $((a++1))', ['sh: arithmetic syntax error'], 2],
    ['echo $((3++))', ['sh: arithmetic syntax error'], 2],
    ['a=7; echo $(((a)++))', ['sh: arithmetic syntax error'], 2],
    ['x=5; a=x; echo $((a++)); echo $a $x', ['5', '6 5'], 0],
    ['a=" 3 "; echo $((a++)) $a', ['3 4'], 0],
    ['unset a; echo $((a++)) $a', ['0 1'], 0],
    ['a=; echo $((a)) $((a+1))', ['0 1'], 0],
    ['a=10; b=a; c=b; echo $((c*2))', ['20'], 0],
    ['a=\'b+1\'; b=\'c*2\'; c=3; echo $((a))', ['7'], 0],
    ['a=\'1 +\'; echo $((a))', ['sh: arithmetic syntax error'], 2],
    ['echo $((1 ? 2 : 3 ? 4 : 5))', ['2'], 0],
    ['echo $((0 ? 2 : 0 ? 4 : 5))', ['5'], 0],
    ['a=2; echo $((a ? a-- : 9)) $a', ['2 1'], 0],
    ['echo $((7 > 3 ? 10 : 20))', ['10'], 0],
    ['a=3; echo $((a = 4 ? 5 : 6)) $a', ['5 5'], 0],
    ['echo $((1 = 2))', ['sh: arithmetic syntax error'], 2],
    ['echo $((5 % -3)) $((-5 % 3)) $((-5 / 2))', ['2 -2 -2'], 0],
    ['echo $(( 1 << 64 )) $(( 1 << 63 )) $((1 << -1))', ['1 -9223372036854775808 -9223372036854775808'], 0],
    ['echo $((0x7fffffffffffffff + 1))', ['-9223372036854775808'], 0],
    ['echo $((a b))', ['sh: arithmetic syntax error'], 2],
    ['echo $((2 ** 3 ** 2))', ['512'], 0],
    ['echo $((-2 ** 2))', ['4'], 0],
    ['echo $((!0 + ~0))', ['0'], 0],
    ['a=1; echo $((a ==1))', ['1'], 0],
    ['echo $((1 ? 2))', ['sh: malformed ?: operator'], 2],
    ['echo $((1 : 2))', ['sh: malformed ?: operator'], 2],
    ['echo $(( , ))', ['sh: arithmetic syntax error'], 2],
  ])('runs %j as ash does', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode));

  it('bounds a chain of variables evaluated inside each other', () => {
    const chain = Array.from({ length: 300 }, (_, i) => `v${i}=v${i + 1}`).join('; ');
    const result = runScript(`${chain}; v300=7; echo $((v0))`);
    expect(result.host.lines).toEqual(['sh: expression recursion level exceeded']);
    expect(result.exitCode).toBe(2);
  });
});

describe('arithmetic nesting', () => {
  it('reads 50 nested expansions and stops at a bound, in plain words, far before the stack', () => {
    expect(runScript(`echo $((${'$(('.repeat(50)}1${'))'.repeat(50)}))`).host.lines).toEqual(['1']);
    const deep = runScript(`echo $((${'$(('.repeat(5000)}1${'))'.repeat(5000)}))`);
    expect(deep.warnings.map((w) => w.message)).toEqual(['the simulator cannot interpret this shell syntax (arithmetic nested too deeply): the container runs forever from here']);
  });
});

describe('${VAR:OFFSET:LENGTH} and ${VAR/PATTERN/STRING} (ash\'s bash extensions)', () => {
  // Expected lines and status as busybox sh (ash) prints them for the same script.
  it.each<[string, string[], number]>([
    ['x=abcdef; echo ${x:1} ${x:1:3} ${x: -2} ${x:(-2)} "[${x:10}]" ${x:2:-1}', ['bcdef bcd ef ef [] cde'], 0],
    ['x=abcdef; echo "[${x:2:-5}]" "[${x: -10}]" "[${x:1:0}]" "[${x:a}]"', ['[cdef] [] [] [abcdef]'], 0],
    ['x=abc; echo "[${x:1:}]" "[${unset:1}]" ${x:-1}', ['[] [] abc'], 0],
    ['x=hello; echo ${x/l/L} ${x//l/L} ${x/l} ${x//l}', ['heLlo heLLo helo heo'], 0],
    ['x=hello; p=\'l*\'; echo ${x/$p/X} ${x/"$p"/X}', ['heX hello'], 0],
    ['x=a.b.c; echo ${x//./-}', ['a-b-c'], 0],
    ['x=\'a b\'; echo ${x// /_}', ['a_b'], 0],
    ['x=abc; echo ${x:1:1}${x::2}', ['bab'], 0],
    ['n=1; x=abcd; echo ${x:$n:2} ${x:n+1}', ['bc cd'], 0],
    ['x=bbb; echo "[${x//a*/X}]"', ['[bbb]'], 0],
    ['x=abc; echo "[${x/b/}]"', ['[ac]'], 0],
    ['x=aaa; echo "${x//a/aa}"', ['aaaaaa'], 0],
    ['x=hello; echo ${x/l*/} ${x//[lo]/_}', ['he he___'], 0],
    ['x="a/b/c"; echo ${x//\\//:}', ['a:b:c'], 0],
    ['x=abc; echo ${x/b/"/"}', ['a/c'], 0],
    ['x=abc; r="x y"; echo ${x/b/$r}', ['ax yc'], 0],
    ['x=abc; echo "${x/b/\\}}"', ['a}c'], 0],
    ['x=abcdef; i=2; echo ${x:i:i}', ['cd'], 0],
    ['x=abcdef; echo ${x:$((1+1))}', ['cdef'], 0],
    ['x=a; echo ${x/a/\\\\}', ['\\'], 0],
    ['x=abc; echo "${x/?/X}"', ['Xbc'], 0],
    ['x="*"; echo ${x/\\*/S} ${x/"*"/Q}', ['S Q'], 0],
    ['f=/path/to/file.tar.gz; echo ${f##*/} ${f%%.*} ${f/.tar/}', ['file.tar.gz /path/to/file /path/to/file.gz'], 0],
    ['v=1.2.3; echo ${v//./ }', ['1 2 3'], 0],
    ['url=http://host:8080/p; h=${url#*://}; h=${h%%/*}; echo ${h%:*} ${h#*:}', ['host 8080'], 0],
    ['x=abcdef; echo "${x:1:2}"', ['bc'], 0],
  ])('runs %j as ash does', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode));

  it('replaces in a mebibyte value within the pattern budget, or fails the command with status 2', () => {
    const every = runScript("x=$(printf '%01000d' 0); y=${x//0/ab}; echo ${#y}");
    expect(every.host.lines).toEqual(['2000']);
    const huge = runScript("x=$(printf '%01048000d' 0); y=${x//[!1]/a}; echo \"status $? ${#y}\"");
    expect(huge.host.lines).toEqual(['sh: pattern too complex', 'status 2 0']);
  });

  it.each([
    ['a pattern', 'x=ab; while :; do x=${x//?/$x}; echo ${#x}; done', ['4', '16', '256', '65536']],
    ['a literal', "x=$(printf '%1000s' ''); echo ${#x}; y=${x// /$x$x}; echo ${#y}", ['1000']],
  ])('stops a replacement of %s whose result outgrows a mebibyte before building it', (_, script, lines) => {
    const result = runScript(script);
    expect(result.host.lines).toEqual(lines);
    expect(result.forever?.warning?.message).toBe('a word or variable grew beyond 1 MiB: the simulator stops interpreting here and the container keeps running');
    expect(result.forever?.warning?.offset).toBe(script.indexOf('${x//'));
  });
});

describe("$'...' (ash's bash extension)", () => {
  // Expected lines and status as busybox sh (ash) prints them for the same script.
  it.each<[string, string[], number]>([
    ['echo $\'q\\\'x\'', ['q\'x'], 0],
    ['x=$\'a b\'; echo "[$x]"', ['[a b]'], 0],
    ['echo "$\'no\'"', ['$\'no\''], 0],
    ['echo $\'a\'\'b\'"c"', ['abc'], 0],
    ['echo $\'\\\\\'', ['\\'], 0],
    ['echo $\'\\"\'', ['"'], 0],
    ['x=$\'l1\\nl2\'; echo "$x"', ['l1', 'l2'], 0],
    ['IFS=$\'\\n\'; x=$\'a b\\nc\'; for i in $x; do echo "[$i]"; done', ['[a b]', '[c]'], 0],
  ])('runs %j as ash does', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode));

  it('decodes the escapes busybox decodes, and leaves the others as written', () => {
    // The bytes busybox 1.35 writes for each (`printf %s $'...' | od -c`).
    expect(decodeAnsiC('<\\a\\b\\f\\n\\r\\t\\v>')).toBe('<\x07\b\f\n\r\t\v>');
    expect(decodeAnsiC('\\x41\\101\\e\\E\\?\\c\\u0041\\q')).toBe('AA\\e\\E\\?\\c\\u0041\\q');
    expect(decodeAnsiC('\\1|\\0101|\\x4|\\xZ')).toBe('\x01|\b1|\x04|\\xZ');
    expect(decodeAnsiC('a\\0b')).toBe('ab');
  });
});
