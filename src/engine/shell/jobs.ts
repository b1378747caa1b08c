// Background jobs (`cmd &`). The simulation runs one timeline per container, so a job runs until
// its first wait and is then parked; `wait` resumes it on the shell's own timeline. A job never
// waited for stays parked, which matches what the container shows: PID 1 decides when it ends.
import { ExitSignal, ForeverSignal, LoopSignal } from './signals';
import { type Job, type Run, type ShellState, sleepFor } from './state';

/** Starts a background job and records its pid as `$!`. */
export function startJob(state: ShellState, run: Run): void {
  const pid = state.nextPid++;
  state.lastJob = pid;
  state.jobs.push({ pid, run, pending: advance(state, run) });
}

/** `wait [PID]`: resumes the jobs on the shell's timeline until they end; the last one's status. */
export function* waitJobs(state: ShellState, pid?: number): Run {
  const jobs = state.jobs.filter((job) => pid === undefined || job.pid === pid);
  if (pid !== undefined && jobs.length === 0) return 127;
  let status = 0;
  for (const job of jobs) {
    for (;;) {
      const pending = job.pending;
      if (pending.kind === 'done') {
        status = pending.status;
        break;
      }
      if (pending.kind === 'forever') throw pending.signal;
      yield* sleepFor(state, pending.until - state.host.now());
      job.pending = advance(state, job.run);
    }
    state.jobs.splice(state.jobs.indexOf(job), 1);
  }
  return status;
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
