import { describe, expect, it } from 'vitest';
import { parseShell } from './parser';
import { runScript } from './testHost';
import { expectAsBusybox } from './testing/busybox';

describe('shell functions', () => {
  // Expected lines and status as busybox sh (ash) prints them for the same script.
  it.each<[string, string[], number]>([
    ['f() echo hi; f', ['hi'], 0],
    ['f() { echo "$0 $# $1 $2"; return 3; echo no; }; f a \'b c\'; echo "st $? $#"', ['sh 2 a b c','st 3 0'], 0],
    ['f() { local x=in; y=glob; echo $x; }; x=out; f; echo $x $y', ['in','out glob'], 0],
    ['f() { return; }; false; f; echo $?', ['1'], 0],
    ['f() { false; return; }; f; echo $?', ['1'], 0],
    ['f() { echo $1; }; set -- p q; f z; echo $1', ['z','p'], 0],
    ['function g { echo kw; }; g', ['kw'], 0],
    ['function h() { echo kw2; }; h', ['kw2'], 0],
    ['f() (x=sub; echo $x); x=o; f; echo $x', ['sub','o'], 0],
    ['return 3; echo after', [], 3],
    ['f() { exit 7; }; f; echo no', [], 7],
    ['f() { local x; echo "[$x]"; }; x=out; f; echo $x', ['[]','out'], 0],
    ['f() { local x; x=2; }; x=1; f; echo $x', ['1'], 0],
    ['f() { break; }; for i in 1 2 3; do echo $i; f; done', ['1'], 0],
    ['f() { continue; }; for i in 1 2 3; do f; echo $i; done; echo end', ['end'], 0],
    ['f() { shift; echo "$@"; }; f a b c', ['b c'], 0],
    ['f() { set -- x y; echo $#; }; f a; echo $#', ['2','0'], 0],
    ['f() { return 300; }; f; echo $?', ['44'], 0],
    ['f() { echo a; }; unset f; f', ['a'], 0],
    ['g() { echo g$1; }; f() { g $1; g 2; }; f 1', ['g1','g2'], 0],
    ['f() { echo in; }; x=$(f); echo "got $x"', ['got in'], 0],
    ['f() { echo "$*"; }; f \'a b\' c', ['a b c'], 0],
    ['f() { exit 3; }; (f); echo $?', ['3'], 0],
    ['f() { local a=1 b; echo $a${b:-u}; }; f', ['1u'], 0],
    ['f() { x=5 ; }; x=1 f; echo "[$x]"', ['[]'], 0],
    ['set -e; f() { false; echo no; }; f; echo after', [], 1],
    ['f() { echo $?; }; false; f', ['1'], 0],
    ['f() { return 4; }; if f; then echo y; else echo "n $?"; fi', ['n 4'], 0],
    ['f() { g() { echo inner; }; }; f; g', ['inner'], 0],
    ['f() { echo "$@"; }; f; f \'\'; echo end', ['','','end'], 0],
    ['trap \'echo T\' EXIT; f() { exit 2; }; f', ['T'], 2],
    ['f() { echo a; } >&2; f 2>/dev/null; echo b', ['b'], 0],
    ['echo() { printf \'f:%s\\n\' "$*"; }; echo hi', ['f:hi'], 0],
    ['true() { echo t; return 5; }; true; echo $?', ['t','5'], 0],
    ['f() {\n  echo multi\n  return 0\n}\nf && echo ok', ['multi','ok'], 0],
    ['countdown() { n=$1; while [ $n -gt 0 ]; do echo $n; n=$((n-1)); done; }; countdown 3', ['3','2','1'], 0],
    ['f() { (return 3); echo "after $?"; }; f', ['after 3'], 0],
    ['f() { local x=1; g; }; g() { echo "g sees $x"; }; x=0; f; echo $x', ['g sees 1','0'], 0],
    ['f() { echo $#; }; f "$@"', ['0'], 0],
    ['f() { case $1 in a) return 1;; esac; return 0; }; f a; echo $?; f b; echo $?', ['1','0'], 0],
    ['wait_for() { until [ -f /tmp/nope ]; do return 9; done; }; wait_for; echo $?', ['9'], 0],
    // cat is an applet of the images' busybox: these run it.
    ["f() { echo in; }; f | cat", ['in'], 0],
    ["f() { cat; }; echo piped | f", ['piped'], 0],
  ])('runs %j as ash does', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode));

  it('does not warn about calls to a function the script defines, even before the definition', () => {
    expect(parseShell('wait_for() { until nslookup "$1"; do sleep 2; done; }; wait_for myservice').warnings).toEqual([]);
    expect(parseShell('setup; setup() { mkdir -p /work; }').warnings).toEqual([]);
    expect(parseShell('x=$(helper); helper() { echo 1; }').warnings).toEqual([]);
    expect(parseShell('wait_for myservice').warnings.map((w) => w.message)).toEqual(['unsupported command "wait_for": the container runs forever from here']);
    // With eval or . in the script, a name may be defined at run time: run time tells.
    expect(parseShell('eval "$(cat /defs)"; wait_for myservice').warnings).toEqual([]);
  });

  it('keeps a subshell\'s definitions, and the parent\'s in a new shell, out of reach', () => {
    expect(runScript('(f() { echo in; }); f').forever?.warning?.message).toContain('unsupported command "f"');
    expect(runScript('f() { echo in; }; sh -c f').forever?.warning?.message).toContain('unsupported command "f"');
    expect(runScript('f() { echo in; }; env f').forever?.warning?.message).toContain('unsupported command "f"');
  });

  it('says local is for functions only', () => {
    const result = runScript('local x=1; echo "st $?"');
    expect(result.host.lines).toEqual(['sh: local: not in a function', 'st 2']);
  });

  it('runs a retry by recursion of 90 calls, and stops one that nests past the bound with a warning at its definition', () => {
    const retry = runScript('i=0; f() { i=$((i+1)); if [ $i -lt 90 ]; then sleep 1; f; fi; }; f; echo "done $i"');
    expect(retry.host.lines).toEqual(['done 90']);
    expect(retry.exitCode).toBe(0);
    const script = 'echo start; forever() { sleep 1; forever; }; forever';
    const endless = runScript(script, undefined, 10_000, 3_600_000);
    expect(endless.host.lines).toEqual(['start']);
    expect(endless.forever?.warning).toEqual({ message: 'function forever: calls nested more than 100 deep (function calls, eval, subshells, $(...) and nested shells together): the simulator stops interpreting here and the container keeps running', offset: script.indexOf('forever()') });
  });

  // Levels of every kind count together, so no mix of them runs out of the JavaScript stack: the
  // same bound holds in Node and in a browser worker, whatever their stack sizes.
  it.each<[string, string, number, RegExp]>([
    ['calls through $(...)', 'f() { n=$((n+1)); echo $n >&2; echo $(f); }; f', 50, /^function f: calls nested more than 100 deep/],
    ['calls in subshells', 'f() { n=$((n+1)); echo $n >&2; (f); }; f', 50, /^function f: calls nested more than 100 deep/],
    ['calls through a pipeline', 'f() { n=$((n+1)); echo $n >&2; f | :; }; f', 100, /^function f: calls nested more than 100 deep/],
    ['calls inside 10 brace groups', 'f() { n=$((n+1)); echo $n >&2; { { { { { { { { { { f; }; }; }; }; }; }; }; }; }; }; }; f', 24, /^compound commands \(if, loops, case, \{ \}\) nested more than 256 deep/],
    ['eval inside 20 brace groups', `x='n=$((n+1)); echo $n >&2; ${'{ '.repeat(20)}eval "$x";${' }'.repeat(20)}'; eval "$x"`, 13, /^compound commands .* nested more than 256 deep/],
    ['sh -c inside 60 brace groups', `export S='n=$((n+1)); export n; echo $n >&2; ${'{ '.repeat(60)}sh -c "$S";${' }'.repeat(60)}'; export n; sh -c "$S"`, 5, /^compound commands .* nested more than 256 deep/],
    ['eval through $(...)', `x='n=$((n+1)); echo $n >&2; echo $(eval "$x")'; eval "$x"`, 50, /^(eval or \.|\$\(\.\.\.\)) nested more than 100 deep/],
  ])('stops %s at one bound for all levels', (_, script, levels, message) => {
    const run = runScript(`n=0; ${script}`);
    expect(run.host.lines.at(-1)).toBe(String(levels));
    expect(run.forever?.warning?.message).toMatch(message);
  });
});
