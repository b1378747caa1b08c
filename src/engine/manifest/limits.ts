// Bounds on the size of a scenario, chosen so that the largest one allowed still parses and
// simulates in well under the engine's time budget. Past them the scenario is rejected before any
// work, in the API server's words (`Request entity too large`, `Too many: N: must have at most M items`).
import type { SourcePosition } from '../../scenario/trace';

/** Every size limit, in one place (docs/scenario.md lists them). */
export const limits = {
  /**
   * UTF-8 bytes of the whole text. The API server refuses bodies over 3 MiB; the playground reads
   * far less, so the YAML library (about 150 KB/s on a loaded machine) parses any text in about a second.
   */
  scenarioBytes: 128 * 1024,
  /** Nesting of YAML collections (flow brackets and block indentation together). */
  yamlDepth: 64,
  /** Documents in the text. */
  documents: 500,
  /** Items of any list (env, ports, volumes, events, args, ...). */
  listItems: 1000,
  /** Keys of any map (labels, annotations, ConfigMap data, images, ...). */
  mapKeys: 1000,
  /** Scenario events: each may restart containers, so they cost more than other items. */
  events: 250,
  /** Init containers and containers of the pod together. */
  containers: 500,
  /** The longest horizon, and so the latest `until` or event time (kubelet/timing.ts maxHorizonMs). */
  horizonMs: 24 * 3600_000,
  /** Total size of a pod's annotations (apimachinery's TotalAnnotationSizeLimitB). */
  annotationBytes: 256 * 1024,
} as const;

/** apimachinery's `field.TooMany` detail. */
export function tooMany(actual: number, max: number, what = 'items'): string {
  return `Too many: ${actual}: must have at most ${max} ${what}`;
}

/** apimachinery's `field.TooLong` detail for byte sizes. */
export function tooLong(max: number): string {
  return `Too long: must have at most ${max} bytes`;
}

/** UTF-8 length of a text, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Two bytes up to U+07FF, three beyond, four for a surrogate pair (two code units, so one more byte each).
    if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/** A problem found in the raw text before YAML parsing, with its place. */
export interface TextProblem extends SourcePosition {
  message: string;
}

/** Whether a quote at `i` opens a quoted scalar: only where a value starts (after `: `, `- `, `[`, `{`, `,`, `?` or at a line's start). */
function opensQuote(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || '\n:-[{,?'.includes(text[j] ?? '\n');
}

/**
 * The first place where collections nest deeper than `limits.yamlDepth`, found in one pass over
 * the text: flow brackets outside quoted scalars and comments, plus block indentation levels and
 * `- ` markers. The YAML library recurses per level (and exhausts the stack or memory thousands
 * of levels down), so this runs first.
 */
function findDeepNesting(text: string): TextProblem | undefined {
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  let lineStart = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { line++; lineStart = i + 1; continue; }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (i === lineStart && flow === 0) {
      let j = i;
      while (text[j] === ' ') j++;
      if (text[j] !== '\n' && text[j] !== '\r' && text[j] !== '#' && j < text.length) {
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= j - i) indents.pop();
        indents.push(j - i);
        let dashes = 0;
        while (text[j] === '-' && (text[j + 1] === ' ' || text[j + 1] === '\n')) { dashes++; j += 2; while (text[j] === ' ') j++; }
        if (indents.length + dashes > limits.yamlDepth) return { line, column: j - lineStart + 1, message: depthMessage(line) };
      }
    }
    if (c === '#' && (i === lineStart || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if ((c === '"' || c === "'") && opensQuote(text, i)) quote = c;
    else if (c === '[' || c === '{') {
      if (++flow + indents.length > limits.yamlDepth) return { line, column: i - lineStart + 1, message: depthMessage(line) };
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return undefined;
}

function depthMessage(line: number): string {
  return `line ${line}: collections nest more than ${limits.yamlDepth} levels deep here; the playground reads at most ${limits.yamlDepth} (yaml: exceeded max depth of ${limits.yamlDepth})`;
}

/** The line of the document start marker that opens document number `limits.documents + 1` (the library is slow on thousands of documents). */
function findExcessDocuments(text: string): TextProblem | undefined {
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  let count = text.startsWith('---') ? 0 : 1;
  for (const m of text.matchAll(marker)) {
    if (++count <= limits.documents) continue;
    const line = text.slice(0, m.index).split('\n').length;
    const total = count + [...text.slice(m.index + 3).matchAll(marker)].length;
    return { line, column: 1, message: tooMany(total, limits.documents, 'documents') };
  }
  return undefined;
}

/** Problems of the raw text that stop it before parsing: its size, its number of documents, then its nesting. */
export function checkScenarioText(text: string): TextProblem | undefined {
  if (text.length > limits.scenarioBytes || utf8Length(text) > limits.scenarioBytes) {
    return { line: 1, column: 1, message: `Request entity too large: limit is ${limits.scenarioBytes} (the scenario text is ${utf8Length(text)} bytes)` };
  }
  return findExcessDocuments(text) ?? findDeepNesting(text);
}
