// Adds a timed event to the scenario text, keeping the user's own formatting: a new line in
// `spec.events` of the Scenario document, or a new Scenario document when there is none.
import { isMap, isScalar, isSeq, LineCounter, parse, parseAllDocuments, type Document } from 'yaml';

function scenarioDocument(docs: Document[]): Document | undefined {
  return docs.find((d) => isMap(d.contents) && d.contents.get('kind') === 'Scenario' && String(d.contents.get('apiVersion')) === 'playground/v1');
}

function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', Math.max(0, offset - 1));
  return i < 0 ? text.length : i;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The position just after a map key's line, and the column the key starts at. */
function keyLine(text: string, key: unknown): { end: number; column: number } | undefined {
  const range = (key as { range?: [number, number, number] } | undefined)?.range;
  if (!range) return undefined;
  return { end: lineEnd(text, range[1]), column: columnOf(text, range[0]) };
}

/**
 * Returns the text with `{ at: …, … }` (given as a flow mapping body, e.g. `at: 30s, apply: Service/db`)
 * added, or undefined when the Scenario document is not in a shape this can edit.
 */
export function appendScenarioEvent(text: string, body: string): string | undefined {
  try {
    // Work on LF text; give CRLF text its line endings back.
    const crlf = text.includes('\r\n');
    const out = appendUnsafe(crlf ? text.replace(/\r\n/g, '\n') : text, body);
    return crlf && out !== undefined ? out.replace(/\n/g, '\r\n') : out;
  } catch {
    return undefined;
  }
}

function appendUnsafe(text: string, body: string): string | undefined {
  const item = `{ ${body} }`;
  const docs = parseAllDocuments(text, { lineCounter: new LineCounter() });
  const list = Array.isArray(docs) ? docs : [];
  const doc = scenarioDocument(list);
  if (!doc || !isMap(doc.contents)) {
    const base = text.length === 0 || text.endsWith('\n') ? text : `${text}\n`;
    return `${base}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  events:\n  - ${item}\n`;
  }
  if (doc.errors.length > 0) return undefined;
  const specPair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'spec');
  const spec = specPair?.value;
  // `spec:` with nothing under it: add the events below the key.
  if (specPair && (spec === null || (isScalar(spec) && spec.value === null))) {
    const k = keyLine(text, specPair.key);
    if (!k) return undefined;
    const indent = ' '.repeat(k.column + 2);
    return `${text.slice(0, k.end)}\n${indent}events:\n${indent}- ${item}${text.slice(k.end)}`;
  }
  const eventsPair = isMap(spec) ? spec.items.find((p) => isScalar(p.key) && p.key.value === 'events') : undefined;
  const events = eventsPair?.value;
  // `events:` with nothing under it: the first item goes below the key.
  if (eventsPair && (events === null || (isScalar(events) && events.value === null))) {
    const k = keyLine(text, eventsPair.key);
    if (!k) return undefined;
    return `${text.slice(0, k.end)}\n${' '.repeat(k.column)}- ${item}${text.slice(k.end)}`;
  }
  if (isSeq(events) && !events.flow && events.items.length > 0) {
    const first = events.items[0] as { range?: [number, number, number] } | undefined;
    const last = events.items[events.items.length - 1] as { range?: [number, number, number] } | undefined;
    if (first?.range && last?.range) {
      const dash = text.lastIndexOf('-', first.range[0]);
      const indent = ' '.repeat(columnOf(text, dash));
      const at = lineEnd(text, last.range[1]);
      return `${text.slice(0, at)}\n${indent}- ${item}${text.slice(at)}`;
    }
  }
  if (isMap(spec) && !spec.flow && !events && spec.items.length > 0 && spec.range) {
    const firstKey = spec.items[0]?.key as { range?: [number, number, number] } | undefined;
    const indent = ' '.repeat(columnOf(text, firstKey?.range?.[0] ?? spec.range[0]));
    const at = lineEnd(text, spec.range[1]);
    return `${text.slice(0, at)}\n${indent}events:\n${indent}- ${item}${text.slice(at)}`;
  }
  // Anything else (flow style, empty lists, no spec): rewrite the Scenario document only.
  const existing = isMap(spec) ? spec.get('events', true) : undefined;
  doc.setIn(['spec', 'events', isSeq(existing) ? existing.items.length : 0], doc.createNode(parse(item) as unknown));
  const [start, , end] = doc.range ?? [0, text.length, text.length];
  return `${text.slice(0, start)}${doc.toString({ flowCollectionPadding: true })}${text.slice(end)}`;
}
