// Engine figures: the docs example and a 100-container crash-looping pod over one hour,
// each split into parsing (YAML + validation) and simulation.
import { docsExampleYaml } from '../src/scenario/docsExample';
import { runSimulation } from '../src/engine/kubelet/simulation';
import { parseScenario } from '../src/engine/manifest/parse';
import { simulateScenario } from '../src/engine/simulate';
import { isRejection } from '../src/scenario/trace';
import { compactBuffers, compactTrace, type CompactTrace } from '../src/engine/compact/compactTrace';
import { openTrace, readerOf } from '../src/engine/compact/reader';
import { medianMs, report, timeRuns } from './measure';

/** A pod whose containers all crash-loop (exit 1 after a second) under restartPolicy Always. */
export function stressPodYaml(count: number): string {
  const containers = Array.from({ length: count }, (_, i) => `  - { name: c${i}, image: busybox:1.28, command: ['sh', '-c', 'echo start ${i}; sleep 1; exit 1'] }`).join('\n');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: stress\nspec:\n  containers:\n${containers}\n---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  node:\n    cachedImages: [busybox:1.28]\n`;
}

function measure(label: string, yaml: string, until: number | undefined, runs: number, targetMs: number): number {
  const options = until === undefined ? {} : { until };
  const model = () => { const p = parseScenario(yaml); if (!p.ok) throw new Error(`${label} rejected`); return p.model; };
  for (let i = 0; i < Math.min(runs, 20); i++) simulateScenario(yaml, options);
  const parse = medianMs(() => parseScenario(yaml), runs);
  const simulate = medianMs(() => runSimulation(model(), options), runs) - parse;
  const total = timeRuns(() => simulateScenario(yaml, options), runs);
  const result = simulateScenario(yaml, options);
  const bytes = jsonBytes(result);
  const detail = isRejection(result) ? 'rejected' : `${result.snapshots.length} snapshots, ${result.events.length} events, ${result.logs.length} log lines`;
  report(`engine: ${label}, text to trace`, total.median, targetMs, 'ms', `parse ${parse.toFixed(2)} ms + simulate ${simulate.toFixed(2)} ms; trace ${bytes} bytes (${detail})`, total);
  return total.median;
}

/** The length of a value's JSON, counted part by part: a large trace is longer than a string may be. */
function jsonBytes(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + jsonBytes(v) + 1, 1);
  if (value && typeof value === 'object') return Object.entries(value).reduce((n, [k, v]) => n + k.length + 4 + (v === undefined ? 0 : jsonBytes(v)), 1);
  return JSON.stringify(value)?.length ?? 0;
}

/**
 * The trace of the stress case as the worker sends it and the page keeps it (format 2): the heap
 * and buffers it holds (needs --expose-gc), the time to write it, and the trip to the page: a
 * structured clone with its buffers transferred, then opening it. The format 1 trace's clone is
 * printed beside it for comparison.
 */
export function measureTrace(yaml: string, until: number): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const result = simulateScenario(yaml, { until });
  if (isRejection(result)) throw new Error('stress case rejected');
  const keep: CompactTrace[] = [];
  if (gc) {
    // The writer runs a few times first, so the code it compiles is not counted as the trace's; then
    // a few traces are kept and the heap they hold is shared out.
    for (let i = 0; i < 3; i++) compactTrace(result);
    const kept = 3;
    gc(); gc();
    const before = process.memoryUsage();
    for (let i = 0; i < kept; i++) keep.push(compactTrace(result));
    gc(); gc();
    const after = process.memoryUsage();
    const heap = (after.heapUsed - before.heapUsed) / 1e6 / kept;
    const buffers = (after.arrayBuffers - before.arrayBuffers) / 1e6 / kept;
    report('engine: trace of 100 containers x 1 h in memory (format 2)', heap + buffers, 5, 'MB', `heap ${heap.toFixed(2)} MB + typed arrays ${buffers.toFixed(2)} MB`);
  }
  const write = timeRuns(() => compactTrace(result), 9);
  report('engine: writing that trace in format 2 (in the worker, after the run)', write.median, 50, 'ms', '', write);
  const trip = timeRuns(() => {
    const compact = compactTrace(result);
    const t0 = performance.now();
    const moved = structuredClone(compact, { transfer: compactBuffers(compact) });
    readerOf(openTrace(moved))?.snapshots?.get(0);
    return performance.now() - t0;
  }, 9, true);
  report('engine: worker -> page transfer of that trace (clone with transfer, then open)', trip.median, 5, 'ms', '', trip);
  const clone = timeRuns(() => structuredClone(result), 3);
  report('engine: for comparison, a structured clone of the format 1 trace', clone.median, 5, 'ms', '', clone);
}

/**
 * What recording causes costs, text to trace: pairs of runs with and without the recorder, in
 * alternating order, so both see the same machine load; the median of the pairs' ratios is
 * reported with their min and max, and the ratio of the fastest runs of each kind.
 */
function measureCauseCost(label: string, yaml: string, until: number | undefined, pairs: number, reps: number): void {
  const base = until === undefined ? {} : { until };
  // CPU time of this process (GC threads included), not wall time: on a shared machine a run that
  // waits for a core would count the wait.
  const time = (causes: boolean) => {
    const t0 = process.cpuUsage();
    for (let i = 0; i < reps; i++) simulateScenario(yaml, { ...base, causes });
    const used = process.cpuUsage(t0);
    return (used.user + used.system) / 1000 / reps;
  };
  for (let i = 0; i < 3; i++) { time(true); time(false); }
  const ratios: number[] = [];
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const first = i % 2 === 0;
    const a = first ? time(true) : time(false);
    const b = first ? time(false) : time(true);
    const withMs = first ? a : b;
    const withoutMs = first ? b : a;
    on.push(withMs);
    off.push(withoutMs);
    ratios.push(withMs / withoutMs);
  }
  const sorted = (xs: number[]) => [...xs].sort((x, y) => x - y);
  const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)] ?? 0;
  const r = sorted(ratios);
  const result = simulateScenario(yaml, base);
  const causes = isRejection(result) ? 0 : result.causes?.length ?? 0;
  const fastest = (sorted(on)[0] ?? 0) / (sorted(off)[0] ?? 1);
  report(`engine: ${label}, with causes / without`, median(ratios), 1.1, 'x',
    `over ${pairs} pairs of CPU times; median ${median(on).toFixed(2)} ms vs ${median(off).toFixed(2)} ms; fastest runs ${fastest.toFixed(3)}; ${causes} causes`,
    { min: r[0] ?? 0, max: r[r.length - 1] ?? 0 });
}

/** Prints the engine figures. */
export function benchEngine(): void {
  measure('docs example', docsExampleYaml, undefined, 300, 1);
  const hour = measure('100 containers crash-looping for 1 h', stressPodYaml(100), 3600_000, 15, 50);
  const sixHours = timeRuns(() => simulateScenario(stressPodYaml(100), { until: 6 * 3600_000 }), 3);
  report('engine: 100 containers for 6 h / the same for 1 h', sixHours.median / hour, 6.5, 'x', `${sixHours.median.toFixed(0)} ms vs ${hour.toFixed(0)} ms`);
  measure('500 containers crash-looping for 1 h', stressPodYaml(500), 3600_000, 3, 500);
  measureTrace(stressPodYaml(100), 3600_000);
  measureCauseCost('docs example', docsExampleYaml, undefined, 200, 20);
  measureCauseCost('100 containers crash-looping for 1 h', stressPodYaml(100), 3600_000, 30, 1);
}
