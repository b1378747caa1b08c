// `explain` as text: every recorded cause and scenario event, one step per line with its rule
// and trigger, the kubelet's message on an indented second line; with `at`, the narration too.
import type { Trace, TraceCause } from '../../scenario/trace';
import { causeDetail, causeWhy, eventText, narrateAt, type Narration } from './narration';
import { formatStepTime } from './stepTime';

/** Options of `explainLines`. */
export interface ExplainOptions {
  /** Only what is known up to this instant (ms), followed by the narration at it. */
  at?: number;
}

const indent = ' '.repeat(8);

function withStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function stamp(t: number): string {
  return formatStepTime(t).padEnd(indent.length - 2);
}

/** The narration of one instant as indented lines: what just happened, who waits for what, what comes next. */
export function narrationLines(n: Narration): string[] {
  const out = [`At ${formatStepTime(n.t)}:`];
  if (!n.explained) out.push('  This trace records no causes, so nothing can be explained.');
  if (n.step === undefined) out.push('  Nothing has happened yet.');
  else {
    out.push(`  Just happened (${formatStepTime(n.step)}):`);
    for (const e of n.events) out.push(`    - Scenario event: ${e.text}`);
    for (const c of n.happened) out.push(`    - ${c.change}: ${withStop(c.why)} Rule: ${c.ruleText}`);
  }
  if (n.waiting.length > 0) {
    out.push('  Waiting:');
    for (const w of n.waiting) out.push(`    - ${w.text}`);
  }
  out.push(n.next.length > 0 ? '  Next:' : '  Next: nothing more is scheduled.');
  for (const x of n.next) out.push(`    - ${x.t === undefined ? '' : `${formatStepTime(x.t)}  `}${x.text}`);
  return out;
}

/** The trace's causes and scenario events in time order, one step per line, optionally cut at `at` and narrated there. */
export function explainLines(trace: Trace, options: ExplainOptions = {}): string[] {
  const at = options.at;
  const items: { t: number; order: number; lines: string[] }[] = [];
  (trace.scenarioEvents ?? []).forEach((e, i) => {
    const where = e.line === undefined ? '' : ` (line ${e.line})`;
    items.push({ t: e.t, order: i, lines: [`${stamp(e.t)}  Scenario event: ${eventText(e)}${where}`] });
  });
  // Scenario events come first at the same instant: they are what sets the causes off.
  const offset = items.length;
  const causes = trace.causes ?? [];
  causes.forEach((c, i) => {
    // Containers that change alike at one instant for one reason (all waiting as the pod is created) are one line.
    const before = causes[i - 1];
    if (before && alike(before, c)) return;
    let change = c.change;
    const group = [c];
    for (let j = i + 1; j < causes.length && alike(c, causes[j] as TraceCause); j++) group.push(causes[j] as TraceCause);
    if (group.length > 1) change = `${listNames(group.map(nameOf))} each ${c.change.slice(nameOf(c).length + 1)}`;
    const lines = [`${stamp(c.t)}  ${change} — ${withStop(causeWhy(c))} Rule: ${c.ruleText} [${c.rule}]`];
    const next = c.next ? ` Next${c.next.t === undefined ? '' : ` (${formatStepTime(c.next.t)})`}: ${c.next.text}` : '';
    if (next) lines[0] += next;
    const detail = causeDetail(c);
    if (detail) lines.push(`${indent}${detail}`);
    items.push({ t: c.t, order: offset + i, lines });
  });
  const known = items.filter((x) => at === undefined || x.t <= at).sort((a, b) => a.t - b.t || a.order - b.order);
  const out = known.flatMap((x) => x.lines);
  if (out.length === 0) out.push('No causes are recorded in this trace.');
  if (at !== undefined) out.push('', ...narrationLines(narrateAt(trace, at)));
  return out;
}

const nameOf = (c: TraceCause): string => c.subject.slice('container:'.length);

/** Two container causes that differ only in the container: same instant, rule, trigger and change. */
function alike(a: TraceCause, b: TraceCause): boolean {
  if (!a.subject.startsWith('container:') || !b.subject.startsWith('container:') || a.t !== b.t || a.rule !== b.rule || a.trigger.text !== b.trigger.text || a.next || b.next) return false;
  return a.change.slice(nameOf(a).length) === b.change.slice(nameOf(b).length);
}

function listNames(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
