import { describe, expect, it } from 'vitest';
import { runArgv } from './run';
import { FakeHost, MemoryFs, runScript } from './testHost';

describe('runShell', () => {
  it.each<[string, string[], number]>([
    ['exit 3', [], 3],
    ['false || exit 4', [], 4],
    ['true && exit 5; exit 6', [], 5],
    ['false; echo $?', ['1'], 0],
    ['! false && echo negated', ['negated'], 0],
    ['echo a; echo b', ['a', 'b'], 0],
    ['echo -n a; echo b', ['ab'], 0],
    ['echo -n partial', ['partial'], 0],
    ['echo -e "a\\tb\\nc"', ['a\tb', 'c'], 0],
    ['printf "%s=%d\\n" x 42 y 7', ['x=42', 'y=7'], 0],
    ['printf "%05d|%-3s|%x\\n" 42 ab 255', ['00042|ab |ff'], 0],
    ['X=1; echo "$X ${X} ${Y:-default} ${#X}"', ['1 1 default 1'], 0],
    ['X=abc-def-2; echo ${X##*-} ${X%-*} ${X#abc-}', ['2 abc-def def-2'], 0],
    ['echo "${UNSET:+set}" "${X:=assigned}" $X', [' assigned assigned'], 0],
    ['i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo $i; done', ['1', '2', '3'], 0],
    ['for x in a "b c" d; do echo "[$x]"; done', ['[a]', '[b c]', '[d]'], 0],
    ['for x in 1 2 3 4; do [ $x = 3 ] && break; echo $x; done', ['1', '2'], 0],
    ['for x in 1 2 3; do [ $x = 2 ] && continue; echo $x; done', ['1', '3'], 0],
    ['if [ -f /nope ]; then echo yes; elif [ -z "" ]; then echo elif; else echo no; fi', ['elif'], 0],
    ['X="a b  c"; for w in $X; do echo $w; done', ['a', 'b', 'c'], 0],
    ['set -- one two; echo $# $1 $2', ['2 one two'], 0],
    ['{ echo in group; exit 7; }; echo never', ['in group'], 7],
    ['(exit 9); echo $?', ['9'], 0],
    ['(X=inner); echo "[$X]"', ['[]'], 0],
    ['echo $(echo nested $(echo deeper))', ['nested deeper'], 0],
    ['echo `echo backquoted`', ['backquoted'], 0],
    ['echo $((2 * (3 + 4) % 5)) $((10 / 3)) $((1 < 2))', ['4 3 1'], 0],
    ['set -e; echo before; false; echo after', ['before'], 1],
    ['set -e; if false; then :; fi; false || true; echo survives', ['survives'], 0],
    ['echo one | grep o', ['one'], 0],
    ['printf "a\\nb\\nc\\n" | wc -l', ['3'], 0],
    ['echo hello | grep -q nope', [], 1],
    ['echo out >&2', ['out'], 0],
    ['echo gone > /dev/null; echo kept 2>/dev/null', ['kept'], 0],
    ['cat <<EOF\nhello $HOSTNAME\nEOF', ['hello myapp-pod'], 0],
    ["cat <<'EOF'\nliteral $HOSTNAME\nEOF", ['literal $HOSTNAME'], 0],
    ['date', ['Wed Jan  1 00:00:00 UTC 2025'], 0],
    ['sleep 61; date +%H:%M:%S', ['00:01:01'], 0],
    ['hostname; echo $HOSTNAME', ['myapp-pod', 'myapp-pod'], 0],
    ['case x in x) echo hi;; esac', ['hi'], 0],
    ['exit 300', [], 44],
    ['cat <<-EOF\n\tindented\n\tEOF\necho done', ['indented', 'done'], 0],
    ['echo ~ ~/x "~"', ['/root /root/x ~'], 0],
    ['echo $((1 / 0)); echo never', ['sh: divide by zero'], 2],
    ['echo ${NAME:?is required}; echo never', ['sh: NAME: is required'], 2],
    ['set -- a "b c"; for a in "$@"; do echo "<$a>"; done', ['<a>', '<b c>'], 0],
    ['sleep 2 & pid=$!; wait $pid; echo waited $?', ['waited 0'], 0],
  ])('runs %j', (script, lines, exitCode) => {
    const result = runScript(script);
    expect(result.host.lines).toEqual(lines);
    expect(result.exitCode).toBe(exitCode);
  });

  // `exit` as a command returns with the shell marked as exiting rather than throwing: every list,
  // condition and loop above it must stop there, as ash does.
  it.each<[string, string[], number]>([
    ['if exit 0; then echo body; fi; echo after', [], 0],
    ['if exit 3; then :; else echo else; fi; echo after', [], 3],
    ['if false; then :; elif exit 0; then echo elif; fi; echo after', [], 0],
    ['while exit 0; do echo body; done; echo after', [], 0],
    ['until exit 5; do echo body; done; echo after', [], 5],
    ['for x in a b; do echo $x; exit 6; done; echo after', ['a'], 6],
    ['for i in 1 2; do if [ $i = 2 ]; then exit 8; fi; echo $i; done; echo after', ['1'], 8],
    ['while :; do while :; do exit 7; done; echo inner; done; echo after', [], 7],
    ['while :; do { echo x; exit 2; } > /dev/null; echo looped; done', [], 2],
    ['exit 2 || echo or; echo after', [], 2],
    ['exit 0 && echo and; echo after', [], 0],
    ['{ exit 3; } || echo or; echo after', [], 3],
    ['! exit 1; echo after', [], 1],
    ['set -e; exit 0; echo never', [], 0],
    ['set -e; trap "echo a; echo b" EXIT; exit 3', ['a', 'b'], 3],
    ['X=1 exit 4; echo after', [], 4],
    ['trap "echo bye" EXIT; exit 3; echo after', ['bye'], 3],
    ['trap "echo bye; exit 5" EXIT; exit 3', ['bye'], 5],
    ['trap "echo bye; exit; echo not" EXIT; exit 3', ['bye'], 3],
    ['echo a | exit 3; echo $?', ['3'], 0],
    ['exit 3 & wait $!; echo $?', ['3'], 0],
    ['x=$(echo out; exit 4); echo "$x $?"', ['out 4'], 0],
    ['(for x in 1 2; do exit 6; done; echo inner); echo $?', ['6'], 0],
    ['{ echo kept; exit 0; } 2>/dev/null; echo after', ['kept'], 0],
  ])('stops at exit in %j', (script, lines, exitCode) => {
    const result = runScript(script);
    expect(result.host.lines).toEqual(lines);
    expect(result.exitCode).toBe(exitCode);
  });

  it('yields a sleep effect of 3 600 000 ms for sleep 3600', () => {
    const result = runScript('sleep 3600');
    expect(result.sleeps).toEqual([3_600_000]);
    expect(result.exitCode).toBe(0);
  });

  it.each<[string, number[]]>([
    ['sleep 0.5', [500]],
    ['sleep 1.1', [1100]],
    ['sleep 1m', [60_000]],
    ['sleep 1 2', [3000]],
    ['sleep 0', []],
  ])('sleeps %j as %j', (script, sleeps) => {
    expect(runScript(script).sleeps).toEqual(sleeps);
  });

  it.each(['sleep infinity', 'tail -f /dev/null', 'nc -l -p 8080', 'httpd -f -p 8080'])('runs %j forever without a warning', (script) => {
    const result = runScript(script);
    expect(result.forever).toEqual({ warning: undefined });
  });

  it('cuts off a loop without sleep and reports it at the loop', () => {
    const result = runScript('echo start; while true; do :; done');
    expect(result.forever?.warning).toEqual({
      message: 'loop without sleep cut off after 10000 steps: the container keeps running (busy loop)',
      offset: 12,
    });
    expect(result.host.lines).toEqual(['start']);
  });

  it('lets a loop with sleep run on simulated time', () => {
    const result = runScript('while true; do echo tick; sleep 10; done', new FakeHost(), 50);
    expect(result.stopped).toBe(true);
    expect(result.host.logs.slice(0, 3)).toEqual([{ t: 0, line: 'tick' }, { t: 10_000, line: 'tick' }, { t: 20_000, line: 'tick' }]);
  });

  it('runs forever with the warning when it reaches an unsupported command', () => {
    const result = runScript('echo before; python3 -m http.server; echo after');
    expect(result.host.lines).toEqual(['before']);
    expect(result.forever?.warning).toEqual({ message: 'unsupported command "python3": the container runs forever from here', offset: 13 });
  });

  it('skips an unsupported command on a branch not taken', () => {
    const result = runScript('if false; then python3; fi; echo fine');
    expect(result.exitCode).toBe(0);
    expect(result.host.lines).toEqual(['fine']);
  });

  it('runs a shell script file from a volume', () => {
    const fs = new MemoryFs({ '/scripts/init.sh': '#!/bin/sh\necho "init $1"\nexit 2\n' });
    const result = runScript('/scripts/init.sh arg; echo status $?', new FakeHost(fs));
    expect(result.host.lines).toEqual(['init arg', 'status 2']);
  });

  it('waits for a background job with wait', () => {
    const result = runScript('(sleep 5; echo bg done) & echo fg; wait; echo all done');
    expect(result.host.logs).toEqual([{ t: 0, line: 'fg' }, { t: 5000, line: 'bg done' }, { t: 5000, line: 'all done' }]);
  });

  it('kills a command with timeout', () => {
    const result = runScript('timeout 3 sleep 10; echo $?');
    expect(result.sleeps).toEqual([3000]);
    expect(result.host.lines).toEqual(['143']);
  });

  it('makes redirections permanent with exec', () => {
    const host = new FakeHost(new MemoryFs({ '/logs/.keep': '' }));
    runScript('exec >/logs/out.txt 2>&1; echo one; echo two >&2', host);
    expect(host.fs.read('/logs/out.txt')).toBe('one\ntwo\n');
    expect(host.lines).toEqual([]);
  });

  it('streams a long-running pipeline into tee', () => {
    const host = new FakeHost(new MemoryFs({ '/logs/.keep': '' }));
    const result = runScript('while true; do echo line; sleep 1; done | tee -a /logs/app.log', host, 3);
    expect(result.stopped).toBe(true);
    expect(host.lines).toEqual(['line', 'line', 'line']);
    expect(host.fs.read('/logs/app.log')).toBe('line\nline\nline\n');
  });

  it('flushes a partial line when the process is killed', () => {
    const host = new FakeHost();
    const process = runArgv(['sh', '-c', 'echo -n partial; sleep 100'], host).process;
    process.next();
    process.return(137);
    expect(host.lines).toEqual(['partial']);
  });

  it('traces commands with set -x', () => {
    expect(runScript('set -x; echo hi').host.lines).toEqual(['+ echo hi', 'hi']);
  });
});
