// Background jobs (`cmd &`). The simulation runs one timeline per container, so a job runs until
// its first wait and is then parked; `wait` resumes it on the shell's own timeline. A job never
// waited for stays parked, which matches what the container shows: PID 1 decides when it ends.
import { ExitSignal, ForeverSignal, LoopSignal } from './signals';
import { type Job, type Run, type ShellState, sleepFor } from './state';
import { BACKGROUND_IGNORED } from './traps';

/** Starts a background job run by `child` (its own process) and records its pid as `$!`. */
export function startJob(state: ShellState, child: ShellState, run: Run): void {
  const pid = state.nextPid++;
  state.lastJob = pid;
  for (const signal of BACKGROUND_IGNORED) child.proc.hardIgnored.add(signal);
  state.jobs.push({ pid, run, proc: child.proc, pending: advance(state, run) });
}

/**
 * `wait [PID]`: resumes the jobs on the shell's timeline until they end; the last one's status.
 * In PID 1 a trapped signal ends the wait at once with 128+N, and its trap action runs next
 * (ash.c › waitcmd: `retval = 128 | pending_sig`).
 */
export function* waitJobs(state: ShellState, pid?: number): Run {
  const jobs = state.jobs.filter((job) => pid === undefined || job.pid === pid);
  if (pid !== undefined && jobs.length === 0) return 127;
  const interruptible = state.proc === state.pid1;
  let status = 0;
  for (const job of jobs) {
    for (;;) {
      const signal = state.proc.pending[0];
      if (signal !== undefined) return 128 + signal;
      const pending = job.pending;
      if (pending.kind === 'done') {
        status = pending.status;
        break;
      }
      if (pending.kind === 'forever') {
        if (!interruptible) throw pending.signal;
        // Blocked for good unless a signal comes: the kubelet resumes the process only then.
        yield pending.signal.warning ? { kind: 'forever', warning: pending.signal.warning, interruptible } : { kind: 'forever', interruptible };
        continue;
      }
      yield* sleepFor(state, pending.until - state.host.now(), interruptible);
      if (state.host.now() >= pending.until) job.pending = advance(state, job.run);
    }
    state.jobs.splice(state.jobs.indexOf(job), 1);
  }
  // ash.c › waitcmd: `wait` without operands returns 0 once every job is done; `wait PID` that job's status.
  return pid === undefined ? 0 : status;
}

function advance(state: ShellState, run: Run): Job['pending'] {
  try {
    const result = run.next();
    if (result.done) return { kind: 'done', status: result.value };
    const effect = result.value;
    if (effect.kind === 'sleep') return { kind: 'sleep', until: state.host.now() + effect.ms };
    return { kind: 'forever', signal: new ForeverSignal(effect.warning) };
  } catch (signal) {
    if (signal instanceof ExitSignal) return { kind: 'done', status: signal.code };
    if (signal instanceof LoopSignal) return { kind: 'done', status: 0 };
    if (signal instanceof ForeverSignal) return { kind: 'forever', signal };
    throw signal;
  }
}
