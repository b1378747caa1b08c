// The words of a recorded cause for the tooltip, the pinned card and screen readers: what changed,
// what set it off, the rule, what comes next, and the kubelet's own message as a second line.
import type { TraceCause } from '../scenario/trace';
import { formatInstant } from './timeAxis';

/** One labelled line of an explanation. */
export interface ExplanationLine {
  kind: 'change' | 'why' | 'evidence' | 'rule' | 'next' | 'also';
  /** Short lead word drawn in bold ("Because"), empty for the change itself. */
  lead: string;
  text: string;
}

/** The evidence of the trigger's last shell command, unless the trigger's text already quotes it. */
function evidenceLine(cause: TraceCause): ExplanationLine | undefined {
  const command = cause.trigger.command;
  if (!command || cause.trigger.text.includes(command.command)) return undefined;
  return { kind: 'evidence', lead: 'Last command', text: `${command.command} → ${command.result} (exit ${command.status}, at ${formatInstant(command.at)})` };
}

/** The lines of one cause, plus one line per further cause of the same change (at most two). */
export function causeLines(causes: readonly TraceCause[], indexes: readonly number[]): ExplanationLine[] {
  const first = causes[indexes[0] ?? -1];
  if (!first) return [];
  const lines: ExplanationLine[] = [
    { kind: 'change', lead: '', text: first.change },
    { kind: 'why', lead: 'Because', text: first.trigger.text },
  ];
  const evidence = evidenceLine(first);
  if (evidence) lines.push(evidence);
  lines.push({ kind: 'rule', lead: 'Rule', text: first.ruleText });
  if (first.next) lines.push({ kind: 'next', lead: 'Next', text: first.next.text });
  for (const i of indexes.slice(1, 3)) {
    const more = causes[i];
    if (more) lines.push({ kind: 'also', lead: 'Also', text: `${more.change}: ${more.trigger.text}` });
  }
  return lines;
}

/** The kubelet's own message and the upstream function, as one line for the curious. */
export function causeDetail(cause: TraceCause | undefined): string | undefined {
  const detail = cause?.detail;
  if (!detail) return undefined;
  return detail.message ? `${detail.message} — ${detail.source}` : detail.source;
}

/** All lines as one text, for the live region and accessible names. */
export function linesToSentence(lines: readonly ExplanationLine[]): string {
  return lines.map((l) => {
    const text = /[.!?…]$/.test(l.text) ? l.text : `${l.text}.`;
    return l.lead ? `${l.lead}: ${text}` : text;
  }).join(' ');
}
