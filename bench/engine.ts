// Engine figures: the docs example and a 100-container crash-looping pod over one hour,
// each split into parsing (YAML + validation) and simulation.
import { docsExampleYaml } from '../src/scenario/docsExample';
import { runSimulation } from '../src/engine/kubelet/simulation';
import { parseScenario } from '../src/engine/manifest/parse';
import { simulateScenario } from '../src/engine/simulate';
import { isRejection } from '../src/scenario/trace';
import { medianMs, report } from './measure';

/** A pod whose containers all crash-loop (exit 1 after a second) under restartPolicy Always. */
export function stressPodYaml(count: number): string {
  const containers = Array.from({ length: count }, (_, i) => `  - { name: c${i}, image: busybox:1.28, command: ['sh', '-c', 'echo start ${i}; sleep 1; exit 1'] }`).join('\n');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: stress\nspec:\n  containers:\n${containers}\n---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  node:\n    cachedImages: [busybox:1.28]\n`;
}

function measure(label: string, yaml: string, until: number | undefined, runs: number, targetMs: number): void {
  const options = until === undefined ? {} : { until };
  const model = () => { const p = parseScenario(yaml); if (!p.ok) throw new Error(`${label} rejected`); return p.model; };
  for (let i = 0; i < Math.min(runs, 20); i++) simulateScenario(yaml, options);
  const parse = medianMs(() => parseScenario(yaml), runs);
  const simulate = medianMs(() => runSimulation(model(), options), runs) - parse;
  const total = medianMs(() => simulateScenario(yaml, options), runs);
  const result = simulateScenario(yaml, options);
  const bytes = JSON.stringify(result).length;
  const detail = isRejection(result) ? 'rejected' : `${result.snapshots.length} snapshots, ${result.events.length} events, ${result.logs.length} log lines`;
  report(`engine: ${label}, text to trace`, total, targetMs, 'ms', `parse ${parse.toFixed(2)} ms + simulate ${simulate.toFixed(2)} ms; trace ${bytes} bytes (${detail})`);
}

/** Prints the engine figures. */
export function benchEngine(): void {
  measure('docs example', docsExampleYaml, undefined, 300, 1);
  measure('100 containers crash-looping for 1 h', stressPodYaml(100), 3600_000, 15, 50);
}
