// `render FILE.yaml --svg OUT.svg [--at 30s | --animate [--duration 8]] [--from 10s] [--to 40s] [--width PX] [--theme light|dark] [--until SECONDS]`:
// the timeline as a standalone SVG, from the same layout code as the playground, optionally zoomed
// to a window of time as the playground's timeline is; `--animate` makes it play its window with
// CSS animation (no script), so it plays as an image in a README.
import { writeFileSync } from 'node:fs';
import { analyzeScenario, type AnalysisResult } from '../engine/simulate';
import { internalFailure } from './failure';
import { layoutTimeline } from '../render/layoutTimeline';
import { animationTiming, renderAnimatedTimelineSvg } from '../render/animateSvg';
import { renderTimelineSvg } from '../render/renderStaticSvg';
import { formatDuration } from '../render/timeAxis';
import { isRejection } from '../scenario/trace';
import { parseArgs, parseSeconds as duration } from './args';

/** How the render command reports: output, errors, exit status. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const usage = 'usage: npm run --silent cli -- render FILE.yaml --svg OUT.svg [--at 30s | --animate [--duration SECONDS]] [--from 10s] [--to 40s] [--width PX] [--theme light|dark] [--until SECONDS] [--kubernetes-version V]';

/** The render options that take a value. */
export const renderOptions = ['--svg', '--at', '--from', '--to', '--width', '--theme', '--until', '--duration'] as const;
/** The render options that stand alone. */
export const renderFlags = ['--animate'] as const;

/** Runs `render` with its arguments (after the word `render`) on the text of FILE; returns the exit status. */
export function runRender(args: string[], text: string | undefined, io: CliIo): number {
  const parsed = parseArgs(args, renderOptions, renderFlags);
  if ('error' in parsed) { io.err(`${parsed.error}\n${usage}`); return 2; }
  const { file, values: opts } = parsed;
  const animate = parsed.flags.has('--animate');
  const playFor = opts['--duration'] === undefined ? undefined : Number(opts['--duration']);
  const out = opts['--svg'];
  const at = duration(opts['--at']);
  const until = duration(opts['--until']);
  const from = duration(opts['--from']);
  const to = duration(opts['--to']);
  const width = opts['--width'] === undefined ? 1200 : Number(opts['--width']);
  const theme = opts['--theme'] ?? 'light';
  if (!file || !out) { io.err(usage); return 2; }
  // A still playhead and a moving one exclude each other; a play time only means something when it plays.
  if (animate ? opts['--at'] !== undefined : playFor !== undefined) { io.err(`${animate ? '--at draws a still playhead; --animate plays the window' : '--duration needs --animate'}\n${usage}`); return 2; }
  if (playFor !== undefined && !(playFor >= 1 && playFor <= 600)) { io.err(`--duration takes 1 to 600 seconds\n${usage}`); return 2; }
  const badWindow = (opts['--from'] !== undefined && from === undefined) || (opts['--to'] !== undefined && to === undefined)
    || (from !== undefined && to !== undefined && to <= from);
  if (badWindow || (opts['--at'] !== undefined && at === undefined) || (opts['--until'] !== undefined && !until) || !(width >= 320 && width <= 10_000) || (theme !== 'light' && theme !== 'dark')) {
    io.err(`bad option value\n${usage}`);
    return 2;
  }
  if (text === undefined) { io.err(`cannot read ${file}`); return 2; }
  let analysis: AnalysisResult;
  try { analysis = analyzeScenario(text, until === undefined ? {} : { until }); } catch (e) { analysis = { result: internalFailure(e) }; }
  const { result, model } = analysis;
  if (isRejection(result) || !model) {
    io.out(JSON.stringify(result, null, 2));
    return 1;
  }
  // An open end of the window is the start or the end of the trace; the layout clamps the rest.
  const window = from === undefined && to === undefined ? undefined : { from: from ?? 0, to: Math.min(to ?? result.horizon, result.horizon) };
  const layout = layoutTimeline(result, model.pod, { width, ...(window ? { window } : {}) });
  const svg = animate
    ? renderAnimatedTimelineSvg(layout, { theme, ...(playFor === undefined ? {} : { duration: playFor }) })
    : renderTimelineSvg(layout, { theme, ...(at === undefined ? {} : { at: Math.min(at, result.horizon) }) });
  try {
    writeFileSync(out, svg);
  } catch (e) {
    io.err(`cannot write ${out}: ${(e as Error).message}`);
    return 2;
  }
  const shown = window ? `, ${formatDuration(layout.from)} to ${formatDuration(layout.to)} of ${formatDuration(result.horizon)}` : `, ${Math.round(result.horizon / 1000)}s`;
  const plays = animate ? `, plays ${animationTiming(layout, playFor === undefined ? {} : { duration: playFor }).play}s` : '';
  io.err(`wrote ${out} (${svg.length} bytes, ${layout.lanes.length} lanes${shown}${plays})`);
  return 0;
}
