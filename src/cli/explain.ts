// `explain FILE.yaml [--until S] [--at T] [--json]`: why each change happened, one step per line
// (or as JSON), and with --at the narration of that instant, as the Explanation panel says it.
import { simulateScenario } from '../engine/simulate';
import { explainLines } from '../engine/views/explainLines';
import { narrateAt } from '../engine/views/narration';
import { isRejection, type SimulationResult } from '../scenario/trace';
import { internalFailure } from './failure';
import { parseArgs, parseSeconds as duration } from './args';
import type { CliIo } from './render';

const usage = 'usage: npm run --silent cli -- explain FILE.yaml [--until SECONDS] [--at SECONDS] [--kubernetes-version V] [--json]';


/** Runs `explain` with its arguments (after the word `explain`), reading FILE with `read`; returns the exit status. */
export function runExplain(args: string[], read: (file: string) => string | undefined, io: CliIo): number {
  const parsed = parseArgs(args, ['--until', '--at'], ['--json']);
  if ('error' in parsed) { io.err(`${parsed.error}\n${usage}`); return 2; }
  const { file, values: opts } = parsed;
  const json = parsed.flags.has('--json');
  if (!file) { io.err(usage); return 2; }
  const until = duration(opts['--until']);
  const at = duration(opts['--at']);
  if (opts['--until'] !== undefined && !until) { io.err(`--until needs a positive number of seconds\n${usage}`); return 2; }
  if (opts['--at'] !== undefined && at === undefined) { io.err(`--at needs a number of seconds\n${usage}`); return 2; }
  const text = read(file);
  if (text === undefined) { io.err(`cannot read ${file}`); return 2; }
  let result: SimulationResult;
  try { result = simulateScenario(text, until === undefined ? {} : { until }); } catch (e) { result = internalFailure(e); }
  if (isRejection(result)) {
    if (json) io.out(JSON.stringify(result, null, 2));
    else io.out(result.errors.map((e) => `rejected: line ${e.line}, column ${e.column}: ${e.path ? `${e.path}: ` : ''}${e.message}`).join('\n'));
    return 1;
  }
  // An instant past the end narrates the end: nothing is known beyond the horizon.
  const instant = at === undefined ? undefined : Math.min(at, result.horizon);
  if (!json) {
    io.out(explainLines(result, instant === undefined ? {} : { at: instant }).join('\n'));
    return 0;
  }
  const known = <T extends { t: number }>(list: T[] | undefined) => (list ?? []).filter((x) => instant === undefined || x.t <= instant);
  io.out(JSON.stringify({
    format: result.format,
    pod: result.pod,
    horizon: result.horizon,
    ...(instant === undefined ? {} : { at: instant }),
    causes: known(result.causes),
    scenarioEvents: known(result.scenarioEvents),
    ...(instant === undefined ? {} : { narration: narrateAt(result, instant) }),
  }, null, 2));
  return 0;
}
