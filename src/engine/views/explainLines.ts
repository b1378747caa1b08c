// `explain` as text: every recorded cause and scenario event, one step per line with its rule
// and trigger, the kubelet's message on an indented second line; with `at`, the narration too.
import type { Trace } from '../../scenario/trace';
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
  (trace.causes ?? []).forEach((c, i) => {
    const lines = [`${stamp(c.t)}  ${c.change} — ${withStop(causeWhy(c))} Rule: ${c.ruleText} [${c.rule}]`];
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
