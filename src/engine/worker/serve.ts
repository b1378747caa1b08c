// Answers one simulation request: what the worker runs, and what the in-process simulator of the
// unit tests runs, so both give the page the same answers.
import type { ProgressNote } from '../kubelet/progress';
import { parseScenario } from '../manifest/parse';
import { analyzeParsed } from '../simulate';
import { encodeAnalysis, type SimulateRequest, type SimulatorMessage } from './protocol';

/** A short name of a normalized model (and its warnings): equal names, same trace. FNV-1a over the JSON in two 32-bit lanes, with its length. */
export function modelKey(value: unknown): string {
  const json = JSON.stringify(value);
  let lo = 0x811c9dc5;
  let hi = 0x050c5d1f;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    lo = Math.imul(lo ^ c, 0x01000193) >>> 0;
    hi = Math.imul(hi ^ c ^ (lo >>> 13), 0x01000193) >>> 0;
  }
  return `${json.length.toString(36)}.${hi.toString(36)}.${lo.toString(36)}`;
}

/** The answer to a request, with the buffers to transfer; `onProgress` hears where the run is. */
export function serveRequest(request: SimulateRequest, onProgress?: (note: ProgressNote) => void): { message: SimulatorMessage; transfer: ArrayBuffer[] } {
  const { id } = request;
  try {
    const parsed = parseScenario(request.text);
    // Positions are part of the model and the warnings, so an edit that moves a line re-simulates (the trace cites lines).
    const key = parsed.ok ? modelKey([parsed.model, parsed.warnings]) : undefined;
    if (key !== undefined && key === request.shownKey) return { message: { type: 'unchanged', id, key }, transfer: [] };
    const analysis = analyzeParsed(parsed, onProgress ? { onProgress } : {});
    const { payload, transfer } = encodeAnalysis(analysis);
    return { message: key === undefined ? { type: 'result', id, payload } : { type: 'result', id, key, payload }, transfer };
  } catch {
    // A JavaScript error is the simulator's bug, not the reader's: its text ("Maximum call stack size
    // exceeded") would say nothing about the scenario, so the page gets plain words instead.
    return { message: { type: 'failed', id, message: 'it hit an internal error on this scenario (a bug in the simulator, not necessarily in the text).' }, transfer: [] };
  }
}
