// Command line: `simulate FILE.yaml [--until SECONDS] --json` prints the trace (exit 0),
// or the rejection (exit 1); usage errors and unreadable files exit 2. `render` writes the
// timeline as SVG (src/cli/render.ts); `explain` prints why each change happened (src/cli/explain.ts).
import { readFileSync, writeSync } from 'node:fs';
import { isRejection } from '../scenario/trace';
import { limits } from '../engine/manifest/limits';
import { compactJsonReplacer, compactTrace } from '../engine/compact/compactTrace';
import { simulateScenario } from '../engine/simulate';
import { writeJson } from './writeJson';
import { internalFailure } from './failure';
import { runExplain } from './explain';
import { parseArgs, parseSeconds } from './args';
import { renderFlags, renderOptions, runRender } from './render';
import { takeKubernetesVersion } from './version';

const usage = 'usage: npm run --silent cli -- simulate FILE.yaml [--until SECONDS] [--format 1|2] [--kubernetes-version 1.34|1.35|1.36|1.37] --json\n       npm run --silent cli -- render FILE.yaml --svg OUT.svg [--at 30s | --animate [--duration SECONDS]] [--from 10s] [--to 40s] [--width PX] [--theme light|dark] [--kubernetes-version V]\n       npm run --silent cli -- explain FILE.yaml [--until SECONDS] [--at SECONDS] [--kubernetes-version V] [--json]';

function readText(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  try { return readFileSync(file, 'utf8'); } catch { return undefined; }
}

/** Runs the CLI with its arguments; returns the exit status. */
export function runCli(args: string[], out: (text: string) => void, err: (text: string) => void, write?: (chunk: string) => void): number {
  const [command, ...given] = args;
  // --kubernetes-version works on every command that simulates: it is written into the text's Scenario document.
  const version = takeKubernetesVersion(given);
  if ('error' in version) { err(version.error); return 1; }
  const { rest, apply } = version;
  const read = (file: string | undefined) => { const t = readText(file); return t === undefined ? undefined : apply(t); };
  if (command === 'render') {
    const parsed = parseArgs(rest, renderOptions, renderFlags);
    return runRender(rest, 'file' in parsed && parsed.file !== undefined ? read(parsed.file) : undefined, { out, err });
  }
  if (command === 'explain') return runExplain(rest, read, { out, err });
  if (command !== 'simulate') { err(usage); return 2; }
  let file: string | undefined;
  let until: number | undefined;
  let json = false;
  let format = 1;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === '--json') json = true;
    else if (a === '--format') {
      const v = rest[++i];
      if (v !== '1' && v !== '2') { err(`--format needs 1 (the contract's trace, the default) or 2 (compact, docs/trace-format.md)\n${usage}`); return 2; }
      format = Number(v);
    }
    else if (a === '--until') {
      const v = rest[++i];
      const ms = parseSeconds(v);
      if (ms === undefined || ms <= 0) { err(`--until needs a positive number of seconds\n${usage}`); return 2; }
      // Refused rather than cut to the longest horizon without a word.
      if (ms > limits.horizonMs) { err(`--until must be at most ${limits.horizonMs / 1000} seconds (24h)\n${usage}`); return 2; }
      until = ms;
    } else if (a.startsWith('-')) { err(`unknown option ${a}\n${usage}`); return 2; }
    else if (file === undefined) file = a;
    else { err(`unexpected argument ${a}\n${usage}`); return 2; }
  }
  if (!file || !json) { err(usage); return 2; }
  let text: string;
  try { text = apply(readFileSync(file, 'utf8')); } catch (e) { err(`cannot read ${file}: ${(e as Error).message}`); return 2; }
  let printed: string;
  let status: number;
  try {
    const result = simulateScenario(text, until === undefined ? {} : { until });
    status = isRejection(result) ? 1 : 0;
    // A rejection is the same in both formats.
    if (format === 2 && !isRejection(result)) printed = JSON.stringify(compactTrace(result), compactJsonReplacer);
    else if (write) {
      // Format 1 of a large pod can be longer than one string may be: it is written in pieces.
      writeJson(result, write);
      write('\n');
      return status;
    } else {
      const pieces: string[] = [];
      writeJson(result, (c) => pieces.push(c));
      printed = pieces.join('');
    }
  } catch (e) {
    // A bound the engine missed must still answer in the contract's form, in plain words, never a stack trace.
    printed = JSON.stringify(internalFailure(e), null, 2);
    status = 1;
  }
  out(printed);
  return status;
}

/** Writes to stdout at once, waiting while a pipe is full, so a long trace is never held in memory whole. */
function writeStdout(chunk: string): void {
  let data = Buffer.from(chunk);
  while (data.length > 0) {
    try {
      data = data.subarray(writeSync(1, data));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // The reader went away (`| head`): nothing more to say, as for any command in a pipe.
      if (code === 'EPIPE') process.exit(0);
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

if (process.argv[1]?.endsWith('main.ts') || process.argv[1]?.endsWith('main.js')) {
  process.exitCode = runCli(process.argv.slice(2), (t) => process.stdout.write(`${t}\n`), (t) => process.stderr.write(`${t}\n`), writeStdout);
}
