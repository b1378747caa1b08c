// Pipelines. Stages run one after another, each reading the previous one's whole output, except
// trailing line filters (cat, tee, grep) which stream: `while ...; sleep 5; done | tee f` logs as
// it goes, as it would on a node.
import type { ShellCommand } from './ast';
import { makeLineFilter } from './commands/filters';
import { Capture, inputOf, type Io } from './io';
import { ExitSignal, LoopSignal } from './signals';
import { forkState, type Run, type ShellState } from './state';

type RunCommand = (state: ShellState, command: ShellCommand, io: Io) => Run;

/** Runs `a | b | ...`; the status is the last stage's, or with `set -o pipefail` the last one that failed. */
export function* runPipe(state: ShellState, commands: ShellCommand[], io: Io, runCommand: RunCommand): Run {
  const filters = [];
  let out = io.out;
  let last = commands.length - 1;
  for (; last > 0; last--) {
    const command = commands[last];
    const filter = command ? yield* makeLineFilter(state, command, out, io) : undefined;
    if (!filter) break;
    filters.unshift(filter);
    out = filter.sink;
  }
  // The first stage reads the pipeline's own input; each next one what the stage before wrote.
  let input: Pick<Io, 'stdin' | 'consumed'> = { stdin: io.stdin, consumed: io.consumed };
  let status = 0;
  let failed = 0;
  for (let i = 0; i <= last; i++) {
    const command = commands[i];
    if (!command) continue;
    const capture = i < last ? new Capture(command.offset) : undefined;
    status = yield* runStage(state, command, { ...input, out: capture ?? out, err: io.err }, runCommand);
    if (status !== 0) failed = status;
    input = inputOf(capture?.text ?? '');
  }
  for (const filter of filters) {
    status = filter.finish();
    if (status !== 0) failed = status;
  }
  return state.options.pipefail ? failed : status;
}

function* runStage(state: ShellState, command: ShellCommand, io: Io, runCommand: RunCommand): Run {
  try {
    return yield* runCommand(forkState(state), command, io);
  } catch (signal) {
    if (signal instanceof ExitSignal) return signal.code;
    if (signal instanceof LoopSignal) return 0;
    throw signal;
  }
}
