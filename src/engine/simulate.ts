// The engine's one entry point: scenario text in, trace or rejection out.
import type { SimulationResult } from '../scenario/trace';
import { runSimulation, type RunOptions } from './kubelet/simulation';
import type { ScenarioModel } from './manifest/model';
import { parseScenario, type ParseResult } from './manifest/parse';

/** Options of a simulation. */
export type SimulateOptions = RunOptions;

/** A simulation result with the normalized scenario it came from (for the views). */
export interface AnalysisResult {
  result: SimulationResult;
  model?: ScenarioModel;
}

/** Simulates a scenario and keeps its model; the same text always gives the same result. */
export function analyzeScenario(text: string, options: SimulateOptions = {}): AnalysisResult {
  return analyzeParsed(parseScenario(text), options);
}

/** Simulates an already parsed scenario (a caller that compares models before simulating parses once). */
export function analyzeParsed(parsed: ParseResult, options: SimulateOptions = {}): AnalysisResult {
  if (!parsed.ok) return { result: { format: 1, rejected: true, errors: parsed.errors, ...(parsed.warnings.length ? { warnings: parsed.warnings } : {}) } };
  const trace = runSimulation(parsed.model, options);
  if (parsed.warnings.length) trace.warnings = [...parsed.warnings, ...trace.warnings];
  return { result: trace, model: parsed.model };
}

/** Simulates a scenario; the same text always gives the same result. */
export function simulateScenario(text: string, options: SimulateOptions = {}): SimulationResult {
  return analyzeScenario(text, options).result;
}
