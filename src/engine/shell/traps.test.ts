// Traps and kill, against busybox ash (shell/ash.c at the 1.36/1.37 line): trapcmd, dotrap,
// waitcmd (`retval = 128 | pending_sig`), waitforjob (a foreground command is waited out),
// forkchild (clear_traps; background jobs ignore INT and QUIT), libbb/duration.c (sleep restarts
// nanosleep on EINTR, so a trapped signal never cuts a `sleep` short).
import { describe, expect, it } from 'vitest';
import { runArgv } from './run';
import { SIGINT, SIGQUIT, SIGTERM } from './signalNames';
import { FakeHost } from './testHost';
import type { SignalOutcome } from './types';

interface Sent { at: number; signal: number }

/** Drives `sh -c SCRIPT` as the kubelet does: signals are sent at their instants; an interruptible wait is resumed at once. */
function run(script: string, sent: Sent[] = [], maxTime = 600_000): { code?: number; forever: boolean; lines: string[]; outcomes: SignalOutcome[]; end: number; host: FakeHost } {
  const host = new FakeHost();
  const { process, signals } = runArgv(['sh', '-c', script], host);
  const queue = [...sent].sort((a, b) => a.at - b.at);
  const outcomes: SignalOutcome[] = [];
  for (let i = 0; i < 10_000 && host.t <= maxTime; i++) {
    const r = process.next();
    if (r.done) return { code: r.value, forever: false, lines: host.lines, outcomes, end: host.t, host };
    const effect = r.value;
    const wake = effect.kind === 'sleep' ? host.t + effect.ms : Infinity;
    let resumeAt = wake;
    while (queue.length > 0 && (queue[0]?.at ?? Infinity) < resumeAt) {
      const next = queue.shift() as Sent;
      const outcome = signals.send(next.signal);
      outcomes.push(outcome);
      if (outcome === 'trap' && effect.interruptible) resumeAt = Math.max(host.t, next.at);
    }
    if (resumeAt === Infinity) return { forever: true, lines: host.lines, outcomes, end: host.t, host };
    host.t = resumeAt;
  }
  return { forever: true, lines: host.lines, outcomes, end: host.t, host };
}

describe('trap', () => {
  it('runs a TERM handler once the foreground sleep returns, then the exit code is the handler\'s', () => {
    const r = run("trap 'echo got TERM; exit 0' TERM; while true; do sleep 1; done", [{ at: 5_300, signal: SIGTERM }]);
    expect(r).toMatchObject({ code: 0, lines: ['got TERM'], outcomes: ['trap'] });
    expect(r.end).toBe(6_000);
  });

  it('waits out a long foreground sleep before the handler runs (busybox sleep restarts on EINTR)', () => {
    const r = run("trap 'echo bye; exit 3' TERM; sleep 30; echo after", [{ at: 1_000, signal: SIGTERM }]);
    expect(r).toMatchObject({ code: 3, lines: ['bye'] });
    expect(r.end).toBe(30_000);
  });

  it('ends a wait at once with 128+15, then runs the handler', () => {
    const r = run("trap 'echo term; exit 0' TERM; sleep 100 & wait $!; echo never", [{ at: 2_500, signal: SIGTERM }]);
    expect(r).toMatchObject({ code: 0, lines: ['term'] });
    expect(r.end).toBe(2_500);
  });

  it('ends a wait on a job that runs forever (sleep infinity &) at once', () => {
    const r = run("trap 'exit 0' TERM; sleep infinity & wait", [{ at: 4_000, signal: SIGTERM }]);
    expect(r).toMatchObject({ code: 0, forever: false });
    expect(r.end).toBe(4_000);
  });

  it('gives the interrupted wait status 143 to a script whose handler does not exit', () => {
    const r = run("trap 'echo caught' TERM; sleep 100 & wait; echo \"wait=$?\"; exit 5", [{ at: 1_000, signal: SIGTERM }]);
    expect(r).toMatchObject({ code: 5, lines: ['caught', 'wait=143'] });
  });

  it('leaves a signal without a handler to PID 1\'s default: ignored, the script runs on', () => {
    const r = run('sleep 2; echo done', [{ at: 1_000, signal: SIGTERM }]);
    expect(r).toMatchObject({ code: 0, lines: ['done'], outcomes: ['default'] });
  });

  it("ignores a signal trapped with '' and forgets a handler reset with trap -", () => {
    expect(run("trap '' TERM; sleep 2; echo on", [{ at: 1_000, signal: SIGTERM }])).toMatchObject({ lines: ['on'], outcomes: ['ignored'] });
    expect(run("trap 'echo h' TERM; trap - TERM; sleep 2; echo on", [{ at: 1_000, signal: SIGTERM }])).toMatchObject({ lines: ['on'], outcomes: ['default'] });
  });

  it('accepts names with or without SIG, in any case, and the numbers 1, 2, 3 and 15', () => {
    const script = "trap 'echo hup' 1; trap 'echo int' SIGINT; trap 'echo quit' quit; trap 'echo term' 15; sleep 1; sleep 1; sleep 1; sleep 1";
    const r = run(script, [{ at: 100, signal: 1 }, { at: 1_100, signal: SIGINT }, { at: 2_100, signal: SIGQUIT }, { at: 3_100, signal: SIGTERM }]);
    expect(r.lines).toEqual(['hup', 'int', 'quit', 'term']);
  });

  it('lists the traps as ash does, in signal order', () => {
    const r = run("trap 'echo it'\"'\"'s' TERM; trap '' INT; trap 'cleanup' EXIT; trap; trap - EXIT");
    expect(r.lines).toEqual(["trap -- 'cleanup' EXIT", "trap -- '' INT", `trap -- 'echo it'"'"'s' TERM`]);
  });

  it('refuses an unknown signal with status 1', () => {
    const r = run("trap 'echo x' NOPE; echo $?");
    expect(r.lines).toEqual(['sh: trap: NOPE: invalid signal specification', '1']);
  });

  it('runs the EXIT trap on a normal end and on exit, keeping the exit status unless it exits itself', () => {
    expect(run("trap 'echo bye' EXIT; echo work")).toMatchObject({ code: 0, lines: ['work', 'bye'] });
    expect(run("trap 'echo bye $?' EXIT; exit 4")).toMatchObject({ code: 4, lines: ['bye 4'] });
    expect(run("trap 'exit 9' EXIT; exit 4")).toMatchObject({ code: 9 });
    expect(run("trap 'echo got; exit 0' TERM; trap 'echo cleanup' EXIT; while :; do sleep 1; done", [{ at: 500, signal: SIGTERM }]))
      .toMatchObject({ code: 0, lines: ['got', 'cleanup'] });
  });

  it('keeps the status from before the handler for a bare exit inside it', () => {
    const r = run("trap 'echo h; exit' TERM; sleep 100 & wait", [{ at: 10, signal: SIGTERM }]);
    expect(r).toMatchObject({ code: 143, lines: ['h'] });
  });

  it('resets handlers in a subshell, keeps ignored signals ignored', () => {
    const r = run("trap 'echo parent' TERM; trap '' INT; (trap)");
    expect(r.lines).toEqual(["trap -- '' INT"]);
  });

  it('bounds a handler that loops, like any script', () => {
    const r = run("trap 'while :; do :; done' TERM; sleep 100 & wait", [{ at: 10, signal: SIGTERM }]);
    expect(r.forever).toBe(true);
  });

  it('bounds a handler that sends the signal to itself again', () => {
    const r = run("trap 'kill -TERM $$' TERM; sleep 100 & while :; do wait; done", [{ at: 10, signal: SIGTERM }]);
    expect(r.forever).toBe(true);
  });
});

describe('kill', () => {
  it('ends a background job with SIGTERM: wait gives 143', () => {
    expect(run('sleep 100 & pid=$!; kill $pid; wait $pid; echo $?').lines).toEqual(['143']);
    expect(run('sleep 100 & kill -9 $!; wait $!; echo $?').lines).toEqual(['137']);
    expect(run('sleep 100 & kill -s KILL %1; wait; echo $?').lines).toEqual(['0']);
  });

  it('queues the signal for a background subshell that traps it: its handler runs once its sleep returns', () => {
    const r = run("( trap 'echo job got TERM; exit 3' TERM; while :; do sleep 1; done ) & kill $!; wait $!; echo \"job=$?\"");
    expect(r.lines).toEqual(['job got TERM', 'job=3']);
    expect(r.end).toBe(1_000);
  });

  it('leaves a background job alone on SIGINT and SIGQUIT (asynchronous lists ignore them)', () => {
    const r = run('sleep 2 & kill -INT $!; kill -QUIT $!; wait $!; echo $?');
    expect(r.lines).toEqual(['0']);
    expect(r.end).toBe(2_000);
  });

  it('sends the shell its own signal: the handler runs after kill returns', () => {
    expect(run("trap 'echo self; exit 0' TERM; kill -TERM $$; echo never").lines).toEqual(['self']);
    expect(run('kill -TERM $$; echo PID 1 ignores it').lines).toEqual(['PID 1 ignores it']);
  });

  it('reports a pid that is not there, and a bad signal name', () => {
    expect(run('kill 4242; echo $?').lines).toEqual(["sh: can't kill pid 4242: No such process", '1']);
    expect(run('kill -FOO 1; echo $?').lines).toEqual(["sh: bad signal name 'FOO'", '1']);
  });

  it('lists signal names with -l', () => {
    expect(run('kill -l').lines.slice(0, 3)).toEqual([' 1) HUP', ' 2) INT', ' 3) QUIT']);
  });
});

describe('PID 1 from a script file', () => {
  it('keeps the traps of `sh FILE` run as the container argv: that shell is PID 1', () => {
    const host = new FakeHost();
    host.fs.write('/s.sh', "#!/bin/sh\ntrap 'echo file got TERM; exit 0' TERM\nwhile true; do sleep 1; done\n", false);
    const { process, signals } = runArgv(['sh', '/s.sh'], host);
    const first = process.next();
    expect(first.done).toBe(false);
    expect(signals.send(SIGTERM)).toBe('trap');
    host.t += 1_000;
    const end = process.next();
    expect(end).toEqual({ done: true, value: 0 });
    expect(host.lines).toEqual(['file got TERM']);
  });
});
