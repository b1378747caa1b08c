// The playback slice: playhead, play/pause, speed, stepping from cause to cause.
import type { StateCreator } from 'zustand/vanilla';
import { causeSteps } from '../../engine/views/narration';
import { snapshotCount, snapshotTime } from '../../engine/views/snapshots';
import type { Trace } from '../../scenario/trace';
import type { PlaybackSlice, PlaygroundState } from '../types';
import { quizStopBetween } from './quiz';

/** Speeds offered by the controls. */
export const speeds = [0.5, 1, 2, 4, 8, 16, 32, 64] as const;

/** Times at which anything in the trace changes (snapshots and events), sorted and unique. */
export function changeTimes(state: Pick<PlaygroundState, 'trace'>): number[] {
  const trace = state.trace;
  if (!trace) return [];
  const set = new Set<number>([0, trace.horizon]);
  const n = snapshotCount(trace);
  for (let i = 0; i < n; i++) set.add(snapshotTime(trace, i));
  for (const e of trace.events) set.add(e.t);
  return [...set].sort((a, b) => a - b);
}

const stepLists = new WeakMap<Trace, number[]>();

/** Where ← → stop: the cause steps (with the start and the end), or every change time for a trace without causes. */
export function stepTimes(state: Pick<PlaygroundState, 'trace'>): number[] {
  const trace = state.trace;
  if (!trace?.causes?.length) return changeTimes(state);
  let list = stepLists.get(trace);
  if (!list) {
    list = [...new Set([0, ...causeSteps(trace), trace.horizon])].sort((a, b) => a - b);
    stepLists.set(trace, list);
  }
  return list;
}

const horizonOf = (s: PlaygroundState) => s.trace?.horizon ?? 0;

/** The timeline's zoomed window, or undefined for the whole trace. */
export const selectViewWindow = (s: PlaygroundState) => s.viewWindow;

/** Creates the playback slice. */
export const createPlaybackSlice: StateCreator<PlaygroundState, [], [], PlaybackSlice> = (set, get) => ({
  t: 0,
  playing: false,
  speed: 4,
  // Before the first answer there is no horizon yet: the playhead waits where it is.
  play: () => set((s) => ({ playing: true, t: s.trace && s.t >= horizonOf(s) ? 0 : s.t })),
  pause: () => set({ playing: false }),
  togglePlay: () => (get().playing ? get().pause() : get().play()),
  setSpeed: (speed) => set({ speed }),
  // While the text's answer is awaited, the trace shown may be another text's: its horizon does not bound the playhead (the answer does).
  seek: (t) => set((s) => ({ t: Math.max(0, Math.min(s.trace && !s.simulating ? horizonOf(s) : Infinity, Math.round(t))) })),
  advance: (realMs) => set((s) => {
    if (!s.playing || !s.trace) return {};
    const t = s.t + realMs * s.speed;
    const quizStop = quizStopBetween(s, s.t, Math.min(t, horizonOf(s)));
    if (quizStop) return quizStop;
    return t >= horizonOf(s) ? { t: horizonOf(s), playing: false } : { t };
  }),
  stepChange: (direction) => set((s) => {
    const times = stepTimes(s);
    const t = direction > 0 ? times.find((x) => x > s.t) : [...times].reverse().find((x) => x < s.t);
    return { t: t ?? s.t, playing: false };
  }),
  jumpToStart: () => set({ t: 0, playing: false }),
  jumpToEnd: () => set((s) => ({ t: horizonOf(s), playing: false })),
  setViewWindow: (viewWindow) => set({ viewWindow }),
});
