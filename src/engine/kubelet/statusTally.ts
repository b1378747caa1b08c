// What the pod-level parts of a status count over its container statuses (getPhase's tallies, the
// names in the ContainersReady and Initialized messages, kubectl's READY, RESTARTS and the STATUS
// reason of the app containers), kept per container and updated for the entries that changed
// since the last status, instead of counted again over every container at each change.
//
// Each entry's share is a set of flags computed from the entry and its spec alone; a status shares
// the entries it did not change with the one before (by reference), so comparing references finds
// the changed ones. Statuses whose lists are not in spec order have no tally, and the callers count
// them whole, as the kubelet's functions do.
import type { ContainerSnapshot } from '../../scenario/trace';
import type { ContainerSpec, PodSpecModel } from '../manifest/model';
import { apiTime } from '../views/clock';
import { compareNames } from '../views/podColumns';
import { stoppedForGood } from './restartRules';

/** getPhase's counters, one flag each. */
export const PENDING_INIT = 1 << 0;
export const PENDING_SIDECAR = 1 << 1;
export const FAILED_INIT = 1 << 2;
export const RUNNING = 1 << 3;
export const WAITING = 1 << 4;
export const STOPPED = 1 << 5;
export const SUCCEEDED = 1 << 6;
export const FINAL = 1 << 7;
/** Named by ContainersReady's message: a sidecar or app container that is not ready. */
export const UNREADY = 1 << 8;
/** Named by Initialized's message: an init container not done (a sidecar not started). */
export const INCOMPLETE = 1 << 9;
/** An app container running or terminated (HasAnyRegularContainerStarted). */
export const APP_STARTED = 1 << 10;
/** An app container kubectl counts in READY. */
export const READY_RUNNING = 1 << 11;
/** An app container whose waiting reason or termination becomes kubectl's STATUS. */
export const SHOWS_REASON = 1 << 12;
const FLAGS = 13;

/** An init container's (or sidecar's) share, as getPhase, GeneratePodInitializedCondition and GenerateContainersReadyCondition read it. */
export function initFlags(pod: PodSpecModel, c: ContainerSpec, s: ContainerSnapshot): number {
  let f = 0;
  if (c.kind === 'init') {
    if (s.state === 'running') f |= PENDING_INIT;
    else if (s.state === 'terminated') { if (s.exitCode !== 0 && stoppedForGood(pod, c, s)) f |= FAILED_INIT; }
    else if (s.lastState) { if (s.lastState.exitCode !== 0 && stoppedForGood(pod, c, s.lastState)) f |= FAILED_INIT; }
    else f |= PENDING_INIT;
    if (!s.ready) f |= INCOMPLETE;
    return f;
  }
  if (s.state === 'running') { if (!s.started) f |= PENDING_SIDECAR; f |= RUNNING; }
  else if (s.state === 'waiting' && !s.lastState) f |= PENDING_SIDECAR | WAITING;
  if (!s.started) f |= INCOMPLETE;
  if (!s.ready) f |= UNREADY;
  return f;
}

/** An app container's share, as getPhase, the conditions and kubectl's printPod read it. */
export function appFlags(pod: PodSpecModel, c: ContainerSpec, s: ContainerSnapshot): number {
  let f = 0;
  if (s.state === 'running') {
    f |= RUNNING | APP_STARTED;
    if (s.ready) f |= READY_RUNNING;
  } else if (s.state === 'terminated') {
    f |= STOPPED | APP_STARTED | SHOWS_REASON;
    if (s.exitCode === 0) f |= SUCCEEDED;
    if (stoppedForGood(pod, c, s)) f |= FINAL;
  } else {
    if (s.lastState) { f |= STOPPED; if (stoppedForGood(pod, c, s.lastState)) f |= FINAL; }
    else f |= WAITING;
    if (s.reason) f |= SHOWS_REASON;
  }
  if (!s.ready) f |= UNREADY;
  return f;
}

/** The tally of one status's container lists. */
export interface StatusTally {
  init: ContainerSnapshot[];
  app: ContainerSnapshot[];
  initBits: Uint16Array;
  appBits: Uint16Array;
  /** How many entries of both lists carry each flag, by bit position. */
  counts: Int32Array;
  /** The app containers' restart counts, summed, and the newest lastState.finishedAt (API seconds, NaN: none) each and at most. */
  appRestarts: number;
  appFinished: Float64Array;
  appLast: number;
  /**
   * The app container with SHOWS_REASON that comes first by name (app.length: none): the API holds
   * app container statuses sorted by name, and printPod's backward walk ends on the first of them.
   */
  reasonIndex: number;
  /** Per app container (spec index), its place by name; and per place, the spec index. */
  rank: Int32Array;
  byName: Int32Array;
  /**
   * The messages that name the UNREADY and the INCOMPLETE entries, in spec order (init containers,
   * then app containers), built when read after a change; and the names of each run of 32 entries,
   * so that a change joins again only the names of its own run.
   */
  text: { unready?: string; incomplete?: string };
  runs: { unready: (string | undefined)[]; incomplete: (string | undefined)[] };
}

/** The number of entries carrying `flag`. */
export function count(t: StatusTally, flag: number): number {
  return t.counts[31 - Math.clz32(flag)] as number;
}

/** The later of two API times, NaN standing for none. */
function later(a: number, b: number): number {
  return Number.isNaN(a) || b > a ? b : a;
}

function finishedOf(s: ContainerSnapshot): number {
  const at = s.lastState?.finishedAt;
  return at === undefined ? NaN : apiTime(at);
}

function add(t: StatusTally, flags: number, sign: number): void {
  for (let f = flags, bit = 0; f !== 0; f >>>= 1, bit++) if (f & 1) (t.counts[bit] as number) += sign;
}

function aligned(specs: ContainerSpec[], list: ContainerSnapshot[]): boolean {
  if (specs.length !== list.length) return false;
  for (let i = 0; i < list.length; i++) if ((list[i] as ContainerSnapshot).name !== (specs[i] as ContainerSpec).name) return false;
  return true;
}

/** The spec indexes of a pod's app containers in the order of their names (the API's containerStatuses order). */
function byNameOrder(names: readonly string[]): Int32Array {
  return Int32Array.from(names.map((_, i) => i).sort((a, b) => compareNames(names[a] as string, names[b] as string)));
}

function build(pod: PodSpecModel, init: ContainerSnapshot[], app: ContainerSnapshot[]): StatusTally {
  const byName = byNameOrder(pod.containers.map((c) => c.name));
  const rank = new Int32Array(byName.length);
  byName.forEach((index, place) => { rank[index] = place; });
  const t: StatusTally = {
    init, app, initBits: new Uint16Array(init.length), appBits: new Uint16Array(app.length), counts: new Int32Array(FLAGS),
    appRestarts: 0, appFinished: new Float64Array(app.length), appLast: NaN, reasonIndex: app.length, rank, byName,
    text: {}, runs: { unready: [], incomplete: [] },
  };
  for (let i = 0; i < init.length; i++) {
    const f = initFlags(pod, pod.initContainers[i] as ContainerSpec, init[i] as ContainerSnapshot);
    t.initBits[i] = f;
    add(t, f, 1);
  }
  for (let i = 0; i < app.length; i++) {
    const s = app[i] as ContainerSnapshot;
    const f = appFlags(pod, pod.containers[i] as ContainerSpec, s);
    t.appBits[i] = f;
    add(t, f, 1);
    t.appRestarts += s.restartCount;
    const at = finishedOf(s);
    t.appFinished[i] = at;
    t.appLast = later(t.appLast, at);
    if (f & SHOWS_REASON && showsFirst(t, i)) t.reasonIndex = i;
  }
  return t;
}

/** Whether app container `i` comes by name before the one whose reason STATUS shows now. */
function showsFirst(t: StatusTally, i: number): boolean {
  return t.reasonIndex >= t.app.length || (t.rank[i] as number) < (t.rank[t.reasonIndex] as number);
}

function changeInit(t: StatusTally, pod: PodSpecModel, i: number, s: ContainerSnapshot): void {
  const was = t.initBits[i] as number;
  const f = initFlags(pod, pod.initContainers[i] as ContainerSpec, s);
  if (f === was) return;
  add(t, was, -1);
  add(t, f, 1);
  t.initBits[i] = f;
  if ((f ^ was) & UNREADY) renamed(t, UNREADY, i);
  if ((f ^ was) & INCOMPLETE) renamed(t, INCOMPLETE, i);
}

function changeApp(t: StatusTally, pod: PodSpecModel, i: number, old: ContainerSnapshot, s: ContainerSnapshot): void {
  const was = t.appBits[i] as number;
  const f = appFlags(pod, pod.containers[i] as ContainerSpec, s);
  t.appRestarts += s.restartCount - old.restartCount;
  const before = t.appFinished[i] as number;
  const at = finishedOf(s);
  if (!Object.is(before, at)) {
    t.appFinished[i] = at;
    if (!Number.isNaN(at) && later(t.appLast, at) === at) t.appLast = at;
    else if (before === t.appLast) {
      let last = NaN;
      for (const v of t.appFinished) last = later(last, v);
      t.appLast = last;
    }
  }
  if (f === was) return;
  add(t, was, -1);
  add(t, f, 1);
  t.appBits[i] = f;
  if ((f ^ was) & UNREADY) renamed(t, UNREADY, t.init.length + i);
  if (f & SHOWS_REASON) { if (showsFirst(t, i)) t.reasonIndex = i; }
  else if (i === t.reasonIndex) {
    let place = (t.rank[i] as number) + 1;
    while (place < t.app.length && !((t.appBits[t.byName[place] as number] as number) & SHOWS_REASON)) place++;
    t.reasonIndex = place < t.app.length ? t.byName[place] as number : t.app.length;
  }
}

const tallies = new WeakMap<PodSpecModel, StatusTally>();

/**
 * The tally of a status's lists, updated from the last one asked for this pod: only the entries that
 * are not the same objects are counted again. Undefined when a list is not in the spec's order.
 */
export function tallyOf(pod: PodSpecModel, init: ContainerSnapshot[], app: ContainerSnapshot[]): StatusTally | undefined {
  const t = tallies.get(pod);
  if (t && t.init === init && t.app === app) return t;
  if (!t || t.init.length !== init.length || t.app.length !== app.length) {
    if (!aligned(pod.initContainers, init) || !aligned(pod.containers, app)) return undefined;
    const fresh = build(pod, init, app);
    tallies.set(pod, fresh);
    return fresh;
  }
  if (t.init !== init) {
    for (let i = 0; i < init.length; i++) {
      const s = init[i] as ContainerSnapshot;
      if (s === t.init[i]) continue;
      if (s.name !== (pod.initContainers[i] as ContainerSpec).name) { tallies.delete(pod); return undefined; }
      changeInit(t, pod, i, s);
    }
    t.init = init;
  }
  if (t.app !== app) {
    for (let i = 0; i < app.length; i++) {
      const s = app[i] as ContainerSnapshot;
      const old = t.app[i] as ContainerSnapshot;
      if (s === old) continue;
      if (s.name !== (pod.containers[i] as ContainerSpec).name) { tallies.delete(pod); return undefined; }
      changeApp(t, pod, i, old, s);
    }
    t.app = app;
  }
  return t;
}

const RUN = 32;

/** Entry `at` (init containers first, then app containers) changed whether its name is in the message of `flag`. */
function renamed(t: StatusTally, flag: number, at: number): void {
  const which = flag === UNREADY ? 'unready' : 'incomplete';
  t.text[which] = undefined;
  t.runs[which][Math.floor(at / RUN)] = undefined;
}

/**
 * `PREFIX: [a b c]` (Go's %s of a string slice) with the names of the entries that carry `flag`
 * (UNREADY: sidecars then app containers; INCOMPLETE: init containers), in spec order.
 */
export function namesText(t: StatusTally, pod: PodSpecModel, flag: number, prefix: string): string {
  const which = flag === UNREADY ? 'unready' : 'incomplete';
  const cached = t.text[which];
  if (cached !== undefined) return cached;
  const size = flag === UNREADY ? t.initBits.length + t.appBits.length : t.initBits.length;
  const runs = t.runs[which];
  const parts: string[] = [];
  for (let r = 0; r * RUN < size; r++) {
    let run = runs[r];
    if (run === undefined) {
      const names: string[] = [];
      for (let at = r * RUN; at < Math.min(size, (r + 1) * RUN); at++) {
        const inInit = at < t.initBits.length;
        const bits = inInit ? t.initBits[at] as number : t.appBits[at - t.initBits.length] as number;
        if (bits & flag) names.push((inInit ? pod.initContainers[at] : pod.containers[at - t.initBits.length])?.name ?? '');
      }
      run = names.join(' ');
      runs[r] = run;
    }
    if (run !== '') parts.push(run);
  }
  const text = `${prefix}: [${parts.join(' ')}]`;
  t.text[which] = text;
  return text;
}

/** Turns the tally off (true) for a test that compares traces counted whole with traces counted per change. */
export function countWhole(on: boolean): void {
  whole = on;
}
let whole = false;

/** The tally to use, or undefined when statuses are to be counted whole. */
export function statusTally(pod: PodSpecModel, init: ContainerSnapshot[], app: ContainerSnapshot[]): StatusTally | undefined {
  return whole ? undefined : tallyOf(pod, init, app);
}
