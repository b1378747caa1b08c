// The messages between the page and the simulation worker, in one place. A trace crosses in format 2
// (src/engine/compact): one string and typed arrays whose buffers are transferred, not copied; the
// page reads it through `openTrace`, which builds each part of the trace when a view first asks.
import { isRejection, type Rejection } from '../../scenario/trace';
import { compactBuffers, compactTrace, type CompactTrace } from '../compact/compactTrace';
import { openTrace } from '../compact/reader';
import type { ProgressNote } from '../kubelet/progress';
import type { ScenarioModel } from '../manifest/model';
import type { AnalysisResult } from '../simulate';

/** The page asks for a text's simulation; `shownKey` is the model key of what the page shows, so an unchanged model is not simulated again. */
export interface SimulateRequest {
  type: 'simulate';
  id: number;
  text: string;
  shownKey?: string;
}

/** A simulation result as it crosses to the page. */
export interface EncodedAnalysis {
  result: CompactTrace | Rejection;
  model?: ScenarioModel;
  /**
   * What the worker's boot derived from the trace for the page's views (the timeline's lanes in
   * time, src/render/preparedTransfer.ts), so the page does not walk the trace again. The engine
   * neither writes nor reads it.
   */
  views?: unknown;
}

/** What the worker tells the page. */
export type SimulatorMessage =
  /** Loaded and listening: the watchdog counts a run's time from here. */
  | { type: 'ready' }
  /** Where run `id` is now (a few of these per run, throttled by the worker). */
  | { type: 'progress'; id: number; note: ProgressNote }
  /** The answer to run `id`; `key` names its normalized model (absent for a rejected text). */
  | { type: 'result'; id: number; key?: string; payload: EncodedAnalysis }
  /** Run `id` has the same model as `shownKey`: what the page shows stands (an edit to a comment or to white space). */
  | { type: 'unchanged'; id: number; key: string }
  /** The engine threw on run `id` (a bug in the simulator, not in the scenario). */
  | { type: 'failed'; id: number; message: string };

/** Writes a result for the trip to the page; `transfer` lists buffers to move rather than copy. */
export function encodeAnalysis(analysis: AnalysisResult): { payload: EncodedAnalysis; transfer: ArrayBuffer[] } {
  const model = analysis.model ? { model: analysis.model } : {};
  if (isRejection(analysis.result)) return { payload: { result: analysis.result, ...model }, transfer: [] };
  const compact = compactTrace(analysis.result);
  return { payload: { result: compact, ...model }, transfer: compactBuffers(compact) };
}

/** Reads a result written by `encodeAnalysis`. */
export function decodeAnalysis(payload: EncodedAnalysis): AnalysisResult {
  const result = 'rejected' in payload.result ? payload.result : openTrace(payload.result);
  return payload.model ? { result, model: payload.model } : { result };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Narrows a message event's data to a simulator message; undefined for anything else. */
export function parseSimulatorMessage(data: unknown): SimulatorMessage | undefined {
  if (!isRecord(data) || typeof data.type !== 'string') return undefined;
  if (data.type === 'ready') return { type: 'ready' };
  if (typeof data.id !== 'number') return undefined;
  switch (data.type) {
    case 'progress': return isRecord(data.note) && typeof data.note.container === 'string' ? (data as unknown as SimulatorMessage) : undefined;
    case 'result': return isRecord(data.payload) && isRecord(data.payload.result) ? (data as unknown as SimulatorMessage) : undefined;
    case 'unchanged': return typeof data.key === 'string' ? (data as unknown as SimulatorMessage) : undefined;
    case 'failed': return typeof data.message === 'string' ? (data as unknown as SimulatorMessage) : undefined;
    default: return undefined;
  }
}

/** Narrows a message event's data to a request; undefined for anything else. */
export function parseSimulateRequest(data: unknown): SimulateRequest | undefined {
  if (!isRecord(data) || data.type !== 'simulate' || typeof data.id !== 'number' || typeof data.text !== 'string') return undefined;
  const request: SimulateRequest = { type: 'simulate', id: data.id, text: data.text };
  if (typeof data.shownKey === 'string') request.shownKey = data.shownKey;
  return request;
}
