import { describe, expect, it } from 'vitest';
import { runArgv } from './run';
import { drive, FakeHost, MemoryFs, runScript } from './testHost';
import { expectAsBusybox } from './testing/busybox';

describe('set -u, set -f, set -o pipefail, and new shells', () => {
  // Expected lines (stdout and stderr) and status as busybox sh (ash) prints them for the same script.
  it.each<[string, string[], number]>([
    ['set -u; echo $nope; echo after', ['sh: nope: parameter not set'], 2],
    ['set -u; echo ${nope:-d}; echo ${nope-x} ${nope+y}', ['d', 'x'], 0],
    ['set -u; echo ${#nope}', ['sh: nope: parameter not set'], 2],
    ['set -u; echo "$@"; echo $# ok', ['', '0 ok'], 0],
    ['set -u; echo $1', ['sh: 1: parameter not set'], 2],
    ['set -u; x=; echo "[$x]"', ['[]'], 0],
    ['set -u; echo $((nope + 1))', ['1'], 0],
    ['set -eu; f() { echo $1; }; f', ['sh: 1: parameter not set'], 2],
    ['set -o nounset; echo $z', ['sh: z: parameter not set'], 2],
    ['set -o pipefail; false | true; echo $?', ['1'], 0],
    ['set -o pipefail; true | false | true; echo $?', ['1'], 0],
    ['false | true; echo $?', ['0'], 0],
    ['set -o pipefail; (exit 3) | (exit 4) | true; echo $?', ['4'], 0],
    ['set -euo pipefail; echo ok', ['ok'], 0],
    ['set -f; echo /*', ['/*'], 0],
    ['set -o noglob; echo /t*', ['/t*'], 0],
    ['set +f; echo /tm*', ['/tmp'], 0],
    ['set -u; unset x; echo ${x:+set}; echo end', ['', 'end'], 0],
    ['set -u; set -- a; echo $1 ${2:-none}', ['a none'], 0],
    ['set -e; set -o pipefail; false | true; echo never', [], 1],
    ['set -o pipefail; echo a | grep -q b | cat; echo $?', ['1'], 0],
    ['set -u; for i in 1 2; do echo $i; done; echo $undefined_var', ['1', '2', 'sh: undefined_var: parameter not set'], 2],
    ['x=1; sh -c \'echo "[$x]"\'', ['[]'], 0],
    ['export x=1; sh -c \'echo "[$x]"\'', ['[1]'], 0],
    ['x=1; export x; x=2; sh -c \'echo "[$x]"\'', ['[2]'], 0],
    ['export x; sh -c \'echo "[${x-unset}]"\'', ['[unset]'], 0],
    ['set -e; sh -c \'false; echo still\'; echo after', ['still', 'after'], 0],
    ['printf \'#!/bin/sh\\nfalse; echo still $x\\n\' > /tmp/s.sh; chmod +x /tmp/s.sh; set -e; x=1; /tmp/s.sh; export x; /tmp/s.sh; echo after', ['still', 'still 1', 'after'], 0],
    ['IFS=,; sh -c \'x="a b"; set -- $x; echo $#\'', ['2'], 0],
    ['f() { echo f; }; sh -c \'echo "$0"\' named', ['named'], 0],
    ['y=5 sh -c \'echo "[$y]"\'; echo "[$y]"', ['[5]', '[]'], 0],
    ['sh -c \'echo "[$HOME]"\'', ['[/root]'], 0],
    ['cd /tmp; sh -c pwd', ['/tmp'], 0],
  ])('runs %j as ash does', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode, new FakeHost(new MemoryFs({ '/tmp/.keep': '' }))));

  it('lists the options it models in $-, in ash\'s order, c for a shell started with -c', () => {
    expect(runScript('set -eu; set -f; echo "[$-]"').host.lines).toEqual(['[ufe]']);
    // busybox sh -c 'echo "[$-]"; set -eux; echo "[$-]"; set +x; set -f; echo "[$-]"' prints these (and the trace).
    const host = new FakeHost();
    drive(runArgv(['sh', '-c', 'echo "[$-]"; set -eux; echo "[$-]"; set +x; set -f; echo "[$-]"'], host).process, host);
    expect(host.lines).toEqual(['[c]', "+ echo '[uxce]'", '[uxce]', '+ set +x', '[ucfe]']);
  });

  it('takes -euo pipefail on the shell\'s own command line', () => {
    const result = runScript("sh -euo pipefail -c 'false | true; echo \"st $?\"'; echo \"outer $?\"");
    expect(result.host.lines).toEqual(['outer 1']);
  });
});

describe('eval and .', () => {
  // Expected lines (stdout and stderr) and status as busybox sh (ash) prints them for the same script.
  it.each<[string, string[], number]>([
    ['x=1; eval "echo \\$x"; eval "y=2"; echo $y', ['1', '2'], 0],
    ['eval "false"; echo $?', ['1'], 0],
    ['eval; echo $?', ['0'], 0],
    ['eval "exit 3"; echo no', [], 3],
    ['for i in 1 2; do eval "break"; echo in; done; echo out', ['out'], 0],
    ['cmd="echo a; echo b"; eval $cmd', ['a', 'b'], 0],
    ['eval "echo \\"quoted arg\\""', ['quoted arg'], 0],
    ['printf "z=9\\necho sourced \\$1\\n" > /tmp/src.sh; . /tmp/src.sh; echo $z', ['sourced', '9'], 0],
    ['printf "z=9\\necho sourced \\$1\\n" > /tmp/src.sh; source /tmp/src.sh; echo $z', ['sourced', '9'], 0],
    ['. /tmp/nope.sh; echo after', ['sh: .: can\'t open \'/tmp/nope.sh\': No such file or directory'], 2],
    ['printf "z=9\\necho sourced \\$1\\n" > /tmp/src.sh; set -- a b; . /tmp/src.sh x; echo $1', ['sourced x', 'a'], 0],
    ['eval \'f() { echo from-eval; }\'; f', ['from-eval'], 0],
    ['v=name; eval "$v=value"; echo $name', ['value'], 0],
    ['eval \'echo $#\' ; set -- 1 2; eval \'echo $#\'', ['0', '2'], 0],
  ])('runs %j as ash does', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode, new FakeHost(new MemoryFs({ '/tmp/.keep': '' }))));

  it('reports what eval cannot run at the eval, and stops an eval that evals itself', () => {
    const script = 'echo start; eval "sed -n 1p /etc/hostname"';
    expect(runScript(script).forever?.warning).toEqual({ message: 'unsupported command "sed": the container runs forever from here', offset: script.indexOf('eval') });
    const endless = runScript(`x='eval "$x"'; eval "$x"`);
    expect(endless.forever?.warning?.message).toBe('eval or . nested more than 100 deep (function calls, eval, subshells, $(...) and nested shells together): the simulator stops interpreting here and the container keeps running');
  });
});

describe('set -x', () => {
  // Expected lines (stdout and stderr) and status as busybox sh (ash) prints them for the same script.
  it.each<[string, string[], number]>([
    ['set -x; echo a b "c d" "[x]" "a*b" "it\'s" "" "x=1" "\\$v" "a;b" "a|b" "a&b" "ok-_./:,+@%=" "~" "#h" "a#" "\'a" "a\'" "a\'\'b"', ['+ echo a b \'c d\' \'[x]\' \'a*b\' \'it\'"\'"\'s\'  \'x=1\' \'$v\' \'a;b\' \'a|b\' \'a&b\' \'ok-_./:,+@%=\' \'~\' \'#h\' \'a#\' \'\'"\'"\'a\' \'a\'"\'" \'a\'"\'\'"\'b\'', 'a b c d [x] a*b it\'s  x=1 $v a;b a|b a&b ok-_./:,+@%= ~ #h a# \'a a\' a\'\'b'], 0],
    ['set -x; x=1; y="a b" z=; f() { :; }; f arg; [ -n "$x" ]; cd /tmp; true >/dev/null', ['+ x=1', '+ y=\'a b\' z=', '+ f arg', '+ :', '+ \'[\' -n 1 ]', '+ cd /tmp', '+ true'], 0],
    ['set -x; echo x 2>/dev/null; x=1 echo y; a=1 b="c d"', ['+ echo x', 'x', '+ x=1 echo y', 'y', '+ a=1 b=\'c d\''], 0],
    ['set -x; x=$(echo sub); echo "$x"', ['+ echo sub', '+ x=sub', '+ echo sub', 'sub'], 0],
    ['set -x; for i in 1 2; do echo $i; done', ['+ echo 1', '1', '+ echo 2', '2'], 0],
    ['set -x; if true; then echo t; fi; set +x; echo quiet', ['+ true', '+ echo t', 't', '+ set +x', 'quiet'], 0],
  ])('traces %j as ash does: assignments, then words, quoted where ash quotes them', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode, new FakeHost(new MemoryFs({ '/tmp/.keep': '' }))));
});
