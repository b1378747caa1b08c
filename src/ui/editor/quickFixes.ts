// Quick fixes for the engine's findings where the intent is clear: a near-miss key ("did you mean
// `image`?") and a missing required field. Pure (no Monaco): the editor turns them into code actions.
import { isMap, isScalar, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { fieldsAt, nearMisses, parseFieldPath, splitKind, type PathStep } from './schemaFields';

/** A text replacement in 1-based editor coordinates. */
export interface TextEditSpec {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  text: string;
}

/** One fix for one diagnostic. */
export interface QuickFix {
  title: string;
  /** The fix to apply with Ctrl+. then Enter when it is the only likely intent. */
  isPreferred: boolean;
  edit: TextEditSpec;
}

/** The part of a diagnostic a fix is computed from. */
export interface FixableDiagnostic {
  message: string;
  line: number;
  column: number;
}

const unknownK8sField = /^unknown field "(.+)"$/;
const unknownStrictField = /^(.+): Forbidden: unknown field; supported fields: (.+)$/;
const requiredField = /^(\S+): Required value$/;

/** Replaces the key at the diagnostic's position with a near-miss field of the same object. */
function renameFixes(d: FixableDiagnostic, lines: readonly string[], path: string, known?: string[]): QuickFix[] {
  const steps = parseFieldPath(path);
  const name = steps.at(-1);
  if (typeof name !== 'string') return [];
  const { kind, steps: inner } = splitKind(steps.slice(0, -1));
  const candidates = nearMisses(name, known ?? fieldsAt(kind, inner));
  const lineText = lines[d.line - 1] ?? '';
  const start = d.column - 1;
  const quote = lineText[start] === '"' || lineText[start] === "'" ? 1 : 0;
  if (!lineText.startsWith(name, start + quote)) return [];
  return candidates.slice(0, 3).map((field, i) => ({
    title: `Did you mean \`${field}\`?`,
    isPreferred: i === 0 && candidates.length === 1,
    edit: { startLineNumber: d.line, startColumn: d.column + quote, endLineNumber: d.line, endColumn: d.column + quote + name.length, text: field },
  }));
}

/** A value that passes validation, for the required fields whose value is plain to guess. */
function placeholder(field: string, parent: readonly PathStep[]): string | undefined {
  const list = parent.at(-2);
  const index = parent.at(-1);
  if (field === 'name' && typeof index === 'number' && (list === 'containers' || list === 'initContainers')) return `${list === 'containers' ? 'app' : 'init'}-${index + 1}`;
  return ({ image: 'busybox:1.28', mountPath: '/data', containerPort: '8080' } as Record<string, string>)[field];
}

function documentAt(text: string, offset: number, lineCounter: LineCounter): Document | undefined {
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, logLevel: 'silent' });
  if ('empty' in docs) return undefined;
  return docs.find((doc) => doc.range[0] <= offset && offset <= doc.range[2]);
}

/** Adds `field: value` to the block map the path's parent names: after its first key when that one fits on its line. */
function addFieldFix(d: FixableDiagnostic, text: string, lines: readonly string[], path: string): QuickFix[] {
  const { steps } = splitKind(parseFieldPath(path));
  const field = steps.at(-1);
  const parent = steps.slice(0, -1);
  if (typeof field !== 'string') return [];
  const value = placeholder(field, parent);
  if (value === undefined) return [];
  const lineCounter = new LineCounter();
  const offset = lines.slice(0, d.line - 1).reduce((n, l) => n + l.length + 1, 0) + d.column - 1;
  const doc = documentAt(text, offset, lineCounter);
  const map: unknown = parent.length ? doc?.getIn(parent, true) : doc?.contents;
  if (!isMap(map) || map.flow || map.has(field)) return [];
  const first = map.items[0];
  const keyStart = isScalar(first?.key) ? first.key.range?.[0] : undefined;
  if (!first || keyStart === undefined) return [];
  const at = lineCounter.linePos(keyStart);
  const indent = ' '.repeat(at.col - 1);
  const added = `${field}: ${value}`;
  const title = `Add the missing \`${added}\``;
  const valueEnd = isScalar(first.value) ? first.value.range?.[1] : undefined;
  const oneLine = valueEnd !== undefined && lineCounter.linePos(valueEnd).line === at.line;
  if (oneLine) {
    const end = (lines[at.line - 1] ?? '').length + 1;
    return [{ title, isPreferred: true, edit: { startLineNumber: at.line, startColumn: end, endLineNumber: at.line, endColumn: end, text: `\n${indent}${added}` } }];
  }
  return [{ title, isPreferred: true, edit: { startLineNumber: at.line, startColumn: at.col, endLineNumber: at.line, endColumn: at.col, text: `${added}\n${indent}` } }];
}

/** The fixes for one diagnostic of `text`; none when the intent is not clear. */
export function quickFixesFor(d: FixableDiagnostic, text: string): QuickFix[] {
  const lines = text.split('\n');
  const k8s = unknownK8sField.exec(d.message);
  if (k8s?.[1]) return renameFixes(d, lines, k8s[1]);
  const strict = unknownStrictField.exec(d.message);
  if (strict?.[1] && strict[2]) return renameFixes(d, lines, strict[1], strict[2].split(', '));
  const required = requiredField.exec(d.message);
  if (required?.[1]) return addFieldFix(d, text, lines, required[1]);
  return [];
}
