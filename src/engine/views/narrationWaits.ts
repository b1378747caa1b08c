// What each waiting container waits for at an instant, from the trace's `waits`, and what a
// running container keeps checking, from its shell's recorded `attempts` (a polling loop).
import type { ContainerSnapshot, Trace, TraceAttempts } from '../../scenario/trace';
import { snapshotAt } from './snapshots';
import { formatSpan, formatStepTime } from './stepTime';

/** One container that waits at the instant, in plain words. */
export interface NarrationWait {
  container: string;
  /** Since when it waits (or has been polling). */
  since: number;
  /** The whole sentence: "Since 0:01.2, init-mydb waits for init-myservice to exit 0." */
  text: string;
  /** The container it waits on, if any. */
  on?: string;
  /** What the awaited (or the waiting) container's shell keeps trying, if it polls. */
  polling?: string;
}

function containerAt(trace: Trace, name: string, t: number): ContainerSnapshot | undefined {
  const s = snapshotAt(trace, t);
  return s?.initContainers.find((c) => c.name === name) ?? s?.containers.find((c) => c.name === name);
}

function runsOf(trace: Trace, container: string, t: number): TraceAttempts[] {
  return (trace.attempts ?? []).filter((a) => a.container === container && a.from <= t);
}

/**
 * What a running container's shell keeps trying at t, e.g. "runs `nslookup …` every ~2 s: can't
 * resolve since 0:02.8"; undefined when it is not running or ran no recorded command.
 */
export function describePolling(trace: Trace, container: string, t: number): string | undefined {
  return pollingAt(trace, container, t)?.text;
}

function pollingAt(trace: Trace, container: string, t: number): { text: string; since: number } | undefined {
  const c = containerAt(trace, container, t);
  if (c?.state !== 'running') return undefined;
  // The container's current run of attempts: the latest one that began after this instance started.
  const runs = runsOf(trace, container, t).filter((a) => a.last >= (c.startedAt ?? 0) || a.from >= (c.startedAt ?? 0));
  let run: TraceAttempts | undefined;
  for (const a of runs) if (!run || a.from > run.from || (a.from === run.from && a.last > run.last)) run = a;
  if (!run) return undefined;
  const interval = run.count > 1 ? (run.last - run.from) / (run.count - 1) : undefined;
  const ran = `\`${run.command}\``;
  // Still polling if the next try is due no later than one and a half intervals after the last.
  if (interval !== undefined && t <= run.last + interval * 1.5) {
    return { text: `runs ${ran} every ~${formatSpan(interval)}: ${run.result} since ${formatStepTime(run.from)}`, since: run.from };
  }
  const when = Math.min(t, run.last);
  const lastAt = interval === undefined ? run.from : run.from + Math.floor((when - run.from) / interval) * interval;
  return { text: `last ran ${ran} at ${formatStepTime(lastAt)}: ${run.result}`, since: lastAt };
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Every container waiting at t, with what it waits for and, where the awaited container polls, what it tries. */
export function narrateWaits(trace: Trace, t: number): NarrationWait[] {
  const active = (trace.waits ?? []).filter((w) => w.from <= t && (w.to === undefined || t < w.to));
  const out: NarrationWait[] = [];
  const covered = new Set<string>();
  for (const w of active) {
    const subject = w.on ?? w.container;
    // What the awaited container keeps trying is said once, with the first wait on it.
    const polling = covered.has(subject) ? undefined : describePolling(trace, subject, t);
    if (polling) covered.add(subject);
    covered.add(w.container);
    let text = `Since ${formatStepTime(w.from)}, ${w.container} ${w.text}`;
    if (polling) text += `; ${subject === w.container ? 'it' : subject} ${polling}`;
    out.push({ container: w.container, since: w.from, text: sentence(text), ...(w.on ? { on: w.on } : {}), ...(polling ? { polling } : {}) });
  }
  // A running container that polls waits too, for the learner: say what it keeps checking.
  const pollers = [...new Set((trace.attempts ?? []).filter((a) => a.from <= t).map((a) => a.container))];
  for (const name of pollers) {
    if (covered.has(name)) continue;
    const polling = pollingAt(trace, name, t);
    if (!polling) continue;
    out.push({ container: name, since: polling.since, text: sentence(`${name} is running and ${polling.text}`), polling: polling.text });
  }
  return out;
}
