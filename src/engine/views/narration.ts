// The narration of a trace at an instant: what just happened and why, what each waiting
// container waits for, and what happens next and when. It only words what the engine recorded
// (causes, scenario events, waits, attempts); it never guesses a cause from the snapshots.
import type { CauseSubject, Trace, TraceCause, TraceScenarioEvent } from '../../scenario/trace';
import { causesAt, latestCauses } from './causeIndex';
import { narrateWaits, type NarrationWait } from './narrationWaits';
import { formatStepTime } from './stepTime';
import { snapshotByIndex } from './snapshots';

export type { NarrationWait } from './narrationWaits';

/** One change at the step, worded for a learner. */
export interface NarratedCause {
  t: number;
  subject: CauseSubject;
  /** "init-myservice exited 0". */
  change: string;
  rule: string;
  ruleText: string;
  /** The trigger in plain words, as recorded. */
  trigger: string;
  /** Why: the trigger with the shell's evidence when the trigger text lacks it. */
  why: string;
  /** For the curious: the kubelet's message and the upstream source, on one line. */
  detail?: string;
}

/** A scenario event at the step. */
export interface NarratedEvent {
  t: number;
  /** "Service myservice created", or with "(no effect)" when it changed nothing. */
  text: string;
}

/** Something that happens after the instant. */
export interface NarrationNext {
  t?: number;
  text: string;
}

/** Everything the Explanation panel says about one instant. */
export interface Narration {
  t: number;
  /** The latest step at or before t; undefined before the first one. */
  step?: number;
  happened: NarratedCause[];
  events: NarratedEvent[];
  waiting: NarrationWait[];
  next: NarrationNext[];
  /** The step's main change and its reason on one line, for the caption over the timeline (without the time). */
  caption: string;
  /** False for a trace without recorded causes (an older format-1 trace). */
  explained: boolean;
}

// Traces are immutable, so their steps are computed once (a scrub narrates many instants).
const stepCache = new WeakMap<Trace, readonly number[]>();

function stepsOf(trace: Trace): readonly number[] {
  let steps = stepCache.get(trace);
  if (!steps) {
    const set = new Set<number>();
    for (const c of trace.causes ?? []) set.add(c.t);
    for (const e of trace.scenarioEvents ?? []) set.add(e.t);
    steps = [...set].sort((a, b) => a - b);
    stepCache.set(trace, steps);
  }
  return steps;
}

/** The sorted distinct instants at which causes or scenario events happen: the steps of ← →. */
export function causeSteps(trace: Trace): number[] {
  return [...stepsOf(trace)];
}

/** The latest step at or before t (binary search), or undefined before the first. */
function stepAt(trace: Trace, t: number): number | undefined {
  const steps = stepsOf(trace);
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((steps[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : steps[lo - 1];
}

/** The trigger of a cause as a sentence, with the last command and its result when the text does not name it. */
export function causeWhy(cause: TraceCause): string {
  const { text, command } = cause.trigger;
  if (!command || text.includes(command.command)) return text;
  return `${text} (last ran \`${command.command}\` at ${formatStepTime(command.at)}: ${command.result})`;
}

/** The kubelet's own message and the upstream function, on one line. */
export function causeDetail(cause: TraceCause): string | undefined {
  const d = cause.detail;
  if (!d) return undefined;
  return d.message ? `kubelet: "${d.message}" (${d.source})` : `upstream: ${d.source}`;
}

/** Words a scenario event. */
export function eventText(e: TraceScenarioEvent): string {
  return e.applied ? e.label : `${e.label} (no effect)`;
}

function narrate(cause: TraceCause): NarratedCause {
  const detail = causeDetail(cause);
  return { t: cause.t, subject: cause.subject, change: cause.change, rule: cause.rule, ruleText: cause.ruleText, trigger: cause.trigger.text, why: causeWhy(cause), ...(detail ? { detail } : {}) };
}

// Containers first: a learner follows containers; conditions and columns follow from them.
const subjectOrder = (s: CauseSubject) => (s.startsWith('container:') ? 0 : s === 'pod' ? 1 : s === 'kubectl' ? 2 : 3);

/** The cause a one-line caption shows: the first container change, else the first change. */
function primary(causes: NarratedCause[]): NarratedCause | undefined {
  return [...causes].sort((a, b) => subjectOrder(a.subject) - subjectOrder(b.subject))[0];
}

/** A next names its container when its own words name none ("migrate: the 20 s back-off ends …"). */
function nextText(trace: Trace, subject: CauseSubject, text: string): string {
  if (!subject.startsWith('container:')) return text;
  const first = snapshotByIndex(trace, 0);
  const names = first ? [...first.initContainers, ...first.containers].map((c) => c.name) : [];
  return names.some((n) => text.includes(n)) ? text : `${subject.slice('container:'.length)}: ${text}`;
}

/** What happens after t: the pending `next` of each subject's latest cause, and the next scenario event. */
function upcoming(trace: Trace, t: number, step: number | undefined): NarrationNext[] {
  const out: NarrationNext[] = [];
  for (const c of latestCauses(trace, t)) {
    if (!c.next) continue;
    // A next without a time is only news right after its cause.
    if (c.next.t === undefined ? c.t !== step : c.next.t <= t) continue;
    const text = nextText(trace, c.subject, c.next.text);
    out.push(c.next.t === undefined ? { text } : { t: c.next.t, text });
  }
  const event = (trace.scenarioEvents ?? []).find((e) => e.t > t);
  if (event) out.push({ t: event.t, text: `Scenario event at ${formatStepTime(event.t)}: ${event.label}.` });
  const seen = new Set<string>();
  return out
    .filter((n) => (seen.has(n.text) ? false : (seen.add(n.text), true)))
    .sort((a, b) => (a.t ?? t) - (b.t ?? t));
}

/** The caption of a step: its main change with the reason, on one line. */
function captionOf(happened: NarratedCause[], events: NarratedEvent[]): string {
  const main = primary(happened);
  return main ? `${main.change}: ${main.trigger}` : events.map((e) => e.text).join('; ');
}

/** Narrates the instant t of a trace. */
export function narrateAt(trace: Trace, t: number): Narration {
  const step = stepAt(trace, t);
  const happened = step === undefined ? [] : causesAt(trace, step).map(narrate)
    .sort((a, b) => subjectOrder(a.subject) - subjectOrder(b.subject));
  const events = step === undefined ? [] : (trace.scenarioEvents ?? []).filter((e) => e.t === step).map((e) => ({ t: e.t, text: eventText(e) }));
  return {
    t,
    ...(step === undefined ? {} : { step }),
    happened,
    events,
    waiting: narrateWaits(trace, t),
    next: upcoming(trace, t, step),
    caption: captionOf(happened, events),
    explained: (trace.causes?.length ?? 0) > 0,
  };
}
