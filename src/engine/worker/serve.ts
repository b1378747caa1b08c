// Answers simulation requests: what the worker runs, and what the in-process simulator of the unit
// tests runs, so both give the page the same answers; the last few texts and models are remembered.
import type { ProgressNote } from '../kubelet/progress';
import { parseScenario, type ParseResult } from '../manifest/parse';
import { analyzeParsed, type AnalysisResult } from '../simulate';
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

/** Answers simulation requests, one at a time; `onProgress` hears where a run is. */
export type RequestServer = (request: SimulateRequest, onProgress?: (note: ProgressNote) => void) => { message: SimulatorMessage; transfer: ArrayBuffer[] };

/**
 * A request server that remembers its last few answers: a text seen before is not parsed again, and
 * a model simulated before (an undo, a return to an example) is not simulated again. A few only, as
 * a trace can be large.
 */
export function createRequestServer(memory = 2): RequestServer {
  const parses = new Map<string, { parsed: ParseResult; key?: string }>();
  const results = new Map<string, AnalysisResult>();
  const remember = <K, V>(map: Map<K, V>, k: K, v: V) => {
    map.delete(k);
    map.set(k, v);
    if (map.size > memory) map.delete(map.keys().next().value as K);
  };
  return (request, onProgress) => {
    const { id } = request;
    try {
      let seen = parses.get(request.text);
      if (!seen) {
        const parsed = parseScenario(request.text);
        // Positions are part of the model and the warnings, so an edit that moves a line re-simulates (the trace cites lines).
        seen = parsed.ok ? { parsed, key: modelKey([parsed.model, parsed.warnings]) } : { parsed };
      }
      remember(parses, request.text, seen);
      const { parsed, key } = seen;
      if (key !== undefined && key === request.shownKey) return { message: { type: 'unchanged', id, key }, transfer: [] };
      const analysis = (key === undefined ? undefined : results.get(key)) ?? analyzeParsed(parsed, onProgress ? { onProgress } : {});
      if (key !== undefined) remember(results, key, analysis);
      const { payload, transfer } = encodeAnalysis(analysis);
      return { message: key === undefined ? { type: 'result', id, payload } : { type: 'result', id, key, payload }, transfer };
    } catch {
      // A JavaScript error is the simulator's bug, not the reader's: its text ("Maximum call stack size
      // exceeded") would say nothing about the scenario, so the page gets plain words instead.
      return { message: { type: 'failed', id, message: 'it hit an internal error on this scenario (a bug in the simulator, not necessarily in the text).' }, transfer: [] };
    }
  };
}

/** Answers one request with nothing remembered. */
export function serveRequest(request: SimulateRequest, onProgress?: (note: ProgressNote) => void): { message: SimulatorMessage; transfer: ArrayBuffer[] } {
  return createRequestServer(0)(request, onProgress);
}
