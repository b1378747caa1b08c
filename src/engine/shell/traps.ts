// `trap` and `kill`, and how a signal lands on a process (busybox ash: shell/ash.c › trapcmd,
// signal_handler, dotrap; kill_main in procps/kill.c). The trap actions themselves run in
// interpreter.ts › runTraps, after the foreground command returns.
import type { ShellProgram } from './ast';
import { parseShell } from './parser';
import { SIGINT, SIGKILL, SIGQUIT, SIGTERM, signalList, signalName, signalNumber } from './signalNames';
import type { Job, ProcessSignals } from './state';
import type { SignalOutcome, ShellSignals } from './types';
import { type CommandCall, fail } from './commands/types';

/** Signals whose default action is not to end the process (stop, continue, or ignore). */
const NOT_FATAL = new Set([17, 18, 19, 20, 21, 22, 23, 28]);

/**
 * A signal arriving at a process. A handler queues it; an ignored signal is dropped; without a
 * handler the default action applies, which for PID 1 of a PID namespace is to ignore it
 * (the kernel's SIGNAL_UNKILLABLE rule), SIGKILL from inside the namespace included.
 */
export function deliver(proc: ProcessSignals, signal: number): SignalOutcome {
  if (proc.hardIgnored.has(signal)) return 'ignored';
  const trap = signal === SIGKILL ? undefined : proc.traps.get(signal);
  if (trap?.action === '') return 'ignored';
  if (!trap) return 'default';
  proc.pending.push(signal);
  return 'trap';
}

/** PID 1's signals as the kubelet sees them. */
export function signalsOf(proc: ProcessSignals): ShellSignals {
  return {
    send: (signal) => deliver(proc, signal),
    ran: () => proc.ran,
    trapFor: (signal) => proc.traps.get(signal)?.action,
  };
}

/** The parent's view of a signal sent to a background job: it ends (128+N) unless it traps or ignores it. */
function signalJob(job: Job, signal: number): void {
  if (job.pending.kind === 'done' || signal === 0 || NOT_FATAL.has(signal)) return;
  if (deliver(job.proc, signal) !== 'default') return;
  job.pending = { kind: 'done', status: 128 + signal };
  try {
    job.run.return(128 + signal);
  } catch {
    // A job unwinding its own blocks has nothing more to say: it is gone either way.
  }
}

const parsed = new Map<string, ShellProgram>();

/** A trap action parsed once. */
export function trapProgram(action: string): ShellProgram {
  let program = parsed.get(action);
  if (!program) {
    if (parsed.size >= 256) parsed.clear();
    program = parseShell(action).program;
    parsed.set(action, program);
  }
  return program;
}

/** ash's single_quote: '...' around the text, each run of quotes in "...". */
function singleQuote(text: string): string {
  return `'${text.replace(/'+/g, (quotes) => `'"${quotes}"'`)}'`;
}

/** `trap [ACTION] SIGNAL...`, `trap - SIGNAL`, `trap '' SIGNAL`, `trap` (lists as ash does). */
export function trapCommand(call: CommandCall): number {
  const { proc } = call.state;
  let args = call.args[0] === '--' ? call.args.slice(1) : call.args;
  if (args.length === 0) {
    for (const [signal, trap] of [...proc.traps].sort((a, b) => a[0] - b[0])) {
      call.io.out.write(`trap -- ${singleQuote(trap.action)} ${signalName(signal)}\n`);
    }
    return 0;
  }
  let action: string | undefined;
  const first = args[0] ?? '';
  // ash: an action comes first unless the first operand is a number (`trap 15` resets SIGTERM).
  if (args.length > 1 && !/^\d+$/.test(first)) {
    action = first === '-' ? undefined : first;
    args = args.slice(1);
  }
  let status = 0;
  for (const arg of args) {
    const signal = signalNumber(arg);
    if (signal === undefined) {
      status = fail(call, `sh: trap: ${arg}: invalid signal specification`);
      continue;
    }
    // Signals ignored on entry to a non-interactive shell cannot be trapped or reset (POSIX trap).
    if (proc.hardIgnored.has(signal)) continue;
    if (action === undefined) proc.traps.delete(signal);
    else proc.traps.set(signal, { action, offset: call.offset });
  }
  return status;
}

/** `kill [-s SIG | -SIG | -N] PID...`, `kill -l`: the container's PID 1 (`$$`, 1) or the shell's own jobs. */
export function killCommand(call: CommandCall): number {
  const { state } = call;
  let args = call.args;
  let signal = SIGTERM;
  const first = args[0] ?? '';
  if (first === '-l' || first === '-L') {
    for (const line of signalList()) call.io.out.write(`${line}\n`);
    return 0;
  }
  if (first === '-s' || first === '-n') {
    const named = signalNumber(args[1] ?? '');
    if (named === undefined) return fail(call, `sh: bad signal name '${args[1] ?? ''}'`);
    signal = named;
    args = args.slice(2);
  } else if ((first.startsWith('-') && first !== '--' && !/^-\d+$/.test(first)) || (/^-\d+$/.test(first) && args.length > 1)) {
    const named = signalNumber(first.slice(1));
    if (named === undefined) return fail(call, `sh: bad signal name '${first.slice(1)}'`);
    signal = named;
    args = args.slice(1);
  }
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) return fail(call, 'kill: usage: kill [-s SIGNAL | -SIGNAL] PID...');
  let status = 0;
  for (const arg of args) {
    const job = arg.startsWith('%') ? state.jobs[Number(arg.slice(1)) - 1] : state.jobs.find((j) => String(j.pid) === arg);
    if (arg === '1') {
      if (signal !== 0) deliver(state.pid1, signal);
    } else if (arg === '0' || arg === '-1') {
      // The process group (or every process): the shell's jobs and PID 1 itself.
      for (const each of [...state.jobs]) signalJob(each, signal);
      if (signal !== 0) deliver(state.pid1, signal);
    } else if (job) {
      signalJob(job, signal);
    } else if (!/^%?-?\d+$/.test(arg)) {
      status = fail(call, `sh: kill: bad pid '${arg}'`);
    } else {
      status = fail(call, `sh: can't kill pid ${arg}: No such process`);
    }
  }
  return status;
}

/** A background job starts with SIGINT and SIGQUIT ignored (ash.c › forkchild, FORK_BG without job control). */
export const BACKGROUND_IGNORED = [SIGINT, SIGQUIT];
