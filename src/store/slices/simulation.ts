// The simulation slice: the simulator's answers for the text, applied as they come; keeps the last good trace.
import { isRejection, type SimulationResult } from '../../scenario/trace';
import type { SimulatorAnswer } from '../simulator';
import type { PlaygroundState, SimulationHalt, SimulationSlice } from '../types';

/** The result shown before the first answer: nothing simulated yet, and nothing wrong. */
export const noResult: SimulationResult = { format: 1, rejected: true, errors: [] };

/** The simulation state before the first answer. */
export const initialSimulation: SimulationSlice = { result: noResult, stale: false, errors: [], simulating: true };

/** The state after an answer for the current text; `s` is the state it arrives in. */
export function applyAnswer(s: PlaygroundState, answer: SimulatorAnswer): Partial<PlaygroundState> {
  const done = { simulating: false, halted: undefined };
  switch (answer.kind) {
    case 'result': {
      const { result, model } = answer.analysis;
      // A rejected text keeps the last good trace and model, dimmed.
      if (isRejection(result)) return { ...done, result, stale: true, errors: result.errors };
      return { ...done, result, trace: result, model, stale: false, errors: [], t: Math.max(0, Math.min(s.t, result.horizon)) };
    }
    case 'unchanged':
      // The model equals the one simulated last: its trace stands for this text.
      return s.trace ? { ...done, result: s.trace, stale: false, errors: [] } : done;
    case 'too-slow': {
      const note = answer.note;
      const halted: SimulationHalt = { kind: 'too-slow', budgetMs: answer.budgetMs };
      if (note) {
        Object.assign(halted, { container: note.container, part: note.part, t: note.t });
        if (note.line !== undefined) halted.line = note.line;
        if (note.command !== undefined) halted.command = note.command;
      }
      return { simulating: false, halted, result: noResult, stale: true, errors: [] };
    }
    case 'failed':
      return { simulating: false, halted: { kind: 'failed', message: answer.message }, result: noResult, stale: true, errors: [] };
  }
}
