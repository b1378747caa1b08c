// The simulation slice: re-simulates whenever the text changes; keeps the last good trace.
import { analyzeScenario } from '../../engine/simulate';
import { isRejection } from '../../scenario/trace';
import type { PlaygroundState, SimulationSlice } from '../types';

/** The simulation state for a text, given the state before (for the last good trace). */
export function simulateText(text: string, before?: Pick<PlaygroundState, 'trace' | 'model'>): SimulationSlice {
  const { result, model } = analyzeScenario(text);
  if (isRejection(result)) {
    const kept: SimulationSlice = { result, stale: true, errors: result.errors };
    if (before?.trace) kept.trace = before.trace;
    if (before?.model) kept.model = before.model;
    return kept;
  }
  const next: SimulationSlice = { result, trace: result, stale: false, errors: [] };
  if (model) next.model = model;
  return next;
}
