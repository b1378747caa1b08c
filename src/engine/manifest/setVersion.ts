// Reads and sets `spec.kubernetesVersion` of the Scenario document in the scenario text, keeping
// the user's own formatting: the version picker and `--kubernetes-version` both edit the text, so
// the text stays the one source of truth (share links and embeds carry the version with it).
import { isMap, isScalar, LineCounter, parseAllDocuments, type Document } from 'yaml';

function scenarioDocument(docs: Document[]): Document | undefined {
  return docs.find((d) => isMap(d.contents) && d.contents.get('kind') === 'Scenario' && String(d.contents.get('apiVersion')) === 'playground/v1');
}

type Ranged = { range?: [number, number, number] | null } | null | undefined;

function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', Math.max(0, offset - 1));
  return i < 0 ? text.length : i;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The version the text's Scenario document names, as written (`"1.34"`, `1.35`), or undefined. */
export function scenarioKubernetesVersion(text: string): string | undefined {
  // The page asks at every keystroke: a text that never names the field needs no YAML parse (a large pod's takes tens of ms).
  if (!text.includes('kubernetesVersion')) return undefined;
  try {
    const doc = scenarioDocument(parseAllDocuments(text));
    const spec = doc && isMap(doc.contents) ? doc.contents.get('spec', true) : undefined;
    const value = isMap(spec) ? spec.get('kubernetesVersion', true) : undefined;
    if (!isScalar(value) || value.value === null) return undefined;
    // 1.30 written as a number reads as 1.3: keep the digits as written.
    return typeof value.value === 'number' ? (value.source ?? String(value.value)) : String(value.value);
  } catch {
    return undefined;
  }
}

/** The text with `spec.kubernetesVersion: "VERSION"` in its Scenario document, or undefined when the text cannot be edited. */
export function setKubernetesVersion(text: string, version: string): string | undefined {
  try {
    const crlf = text.includes('\r\n');
    const out = setUnsafe(crlf ? text.replace(/\r\n/g, '\n') : text, version);
    return crlf && out !== undefined ? out.replace(/\n/g, '\r\n') : out;
  } catch {
    return undefined;
  }
}

function setUnsafe(text: string, version: string): string | undefined {
  const quoted = JSON.stringify(version);
  const docs = parseAllDocuments(text, { lineCounter: new LineCounter() });
  const list = Array.isArray(docs) ? docs : [];
  if (list.some((d) => d.errors.length > 0)) return undefined;
  const doc = scenarioDocument(list);
  if (!doc || !isMap(doc.contents)) {
    const base = text.length === 0 || text.endsWith('\n') ? text : `${text}\n`;
    return `${base}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  kubernetesVersion: ${quoted}\n`;
  }
  const specPair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'spec');
  const spec = specPair?.value;
  if (isMap(spec) && !spec.flow) {
    const pair = spec.items.find((p) => isScalar(p.key) && p.key.value === 'kubernetesVersion');
    const range = (pair?.value as Ranged)?.range;
    // An existing value is replaced where it stands.
    if (pair && isScalar(pair.value) && range) return `${text.slice(0, range[0])}${quoted}${text.slice(range[1])}`;
    const firstKey = (spec.items[0]?.key as Ranged)?.range;
    if (!pair && firstKey) {
      const lineStart = text.lastIndexOf('\n', firstKey[0] - 1) + 1;
      return `${text.slice(0, lineStart)}${' '.repeat(columnOf(text, firstKey[0]))}kubernetesVersion: ${quoted}\n${text.slice(lineStart)}`;
    }
  }
  // `spec:` with nothing under it: the version goes below the key.
  const keyRange = (specPair?.key as Ranged)?.range;
  if (specPair && keyRange && (spec === null || (isScalar(spec) && spec.value === null))) {
    const at = lineEnd(text, keyRange[1]);
    return `${text.slice(0, at)}\n${' '.repeat(columnOf(text, keyRange[0]) + 2)}kubernetesVersion: ${quoted}${text.slice(at)}`;
  }
  // Anything else (flow style, no spec): rewrite the Scenario document only.
  doc.setIn(['spec', 'kubernetesVersion'], version);
  const [start, , end] = doc.range ?? [0, text.length, text.length];
  return `${text.slice(0, start)}${doc.toString({ flowCollectionPadding: true })}${text.slice(end)}`;
}
