// YAML syntax errors in plain words, at the line that is wrong. The `yaml` library reports where
// its parse broke down, which is often the line above the mistake ("Nested mappings are not
// allowed in compact mappings" at the value of `- name:` when the next line is indented too far);
// this module names the mistake and keeps the library's message as the detail.
import { isMap, isScalar, Parser, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import { offsetToPosition } from './positions';
import { excerpt, SourceLines, type SourceLine } from './yamlLines';

/** A syntax problem to report: a sentence starting `line N:`, and where it points. */
export interface YamlProblem {
  message: string;
  line: number;
  column: number;
}

interface Plain {
  line: number;
  column: number;
  text: string;
}

interface Context {
  text: string;
  lines: SourceLines;
  lineCounter: LineCounter;
  doc: Document;
}

const code = (name: string) => `\`${name}\``;

function keysLineUp(line: SourceLine): string {
  return line.dashColumn !== undefined ? "list items' keys must line up" : 'keys of one map must line up';
}

/** `below` sets a key further right than `above`. */
function indentedMore(above: SourceLine, below: SourceLine): Plain {
  const text = `${code(`${below.key ?? ''}:`)} is indented more than ${code(`${above.key ?? ''}:`)} above it; ${keysLineUp(above)}`;
  return { line: below.number, column: below.keyColumn + 1, text };
}

/** A key line that sits left of the key above it without closing any map: a bad indent. */
function misaligned(ctx: Context, line: SourceLine): Plain | undefined {
  if (!line.key) return undefined;
  const above = ctx.lines.previous(line.number);
  if (above?.key && above.keyColumn > line.keyColumn) {
    const text = `${code(`${line.key}:`)} is indented less than ${code(`${above.key}:`)} above it; ${keysLineUp(above)}`;
    return { line: line.number, column: line.keyColumn + 1, text };
  }
  if (above?.key && above.keyColumn < line.keyColumn && above.value) return indentedMore(above, line);
  // Below a script or a list the nearest key says little; name the rule instead.
  return { line: line.number, column: line.keyColumn + 1, text: `${code(`${line.key}:`)} does not line up with the lines above it; keys of one map must start in the same column` };
}

function missingColon(line: SourceLine, column: number): Plain {
  const content = excerpt(line, Math.max(line.keyColumn, column - 1));
  const space = content.indexOf(' ');
  const fix = space > 0 ? `${content.slice(0, space)}: ${content.slice(space + 1).trimStart()}` : `${content}:`;
  return { line: line.number, column: Math.max(line.keyColumn + 1, column), text: `${code(content)} has no ${code(':')} after its key; write ${code(fix)}` };
}

/** A value whose text holds `: `, or a key line followed by a line indented too far. */
function nestedMapping(ctx: Context, line: SourceLine, column: number): Plain | undefined {
  if (line.key && line.value && /:(\s|$)/.test(line.value)) {
    const valueColumn = line.text.indexOf(line.value, line.keyColumn + line.key.length) + 1;
    return { line: line.number, column: valueColumn, text: `the value ${code(line.value)} contains ${code(': ')}, which starts a map; put the value in quotes: ${code(`"${line.value.replace(/"/g, '\\"')}"`)}` };
  }
  if (!line.key) return missingColon(line, column);
  const below = ctx.lines.next(line.number);
  if (below?.key && below.keyColumn > line.keyColumn) return indentedMore(line, below);
  return undefined;
}

function listItem(ctx: Context, line: SourceLine): Plain {
  const dash = line.dashColumn ?? line.indent;
  const item = excerpt(line, dash);
  const other = ctx.lines.previousItem(line.number);
  if (other?.dashColumn !== undefined && other.dashColumn !== dash) {
    const side = dash > other.dashColumn ? 'more' : 'less';
    return { line: line.number, column: dash + 1, text: `the list item ${code(item)} is indented ${side} than ${code(excerpt(other, other.dashColumn))} on line ${other.number}; items of one list must line up` };
  }
  return { line: line.number, column: dash + 1, text: `the list item ${code(item)} stands where a key is expected; indent it under the key of its list` };
}

type QuotedToken = { type: string; offset: number; source: string };
type FlowToken = { type: 'flow-collection'; start: { offset: number; source: string }; end: { source: string }[] };

/** Every CST token of the text, depth first, that `pick` accepts. */
function cstTokens<T>(text: string, pick: (token: Record<string, unknown>) => T | undefined): T[] {
  const out: T[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const token = node as Record<string, unknown>;
      const picked = pick(token);
      if (picked !== undefined) out.push(picked);
      Object.values(token).forEach(walk);
    }
  };
  for (const token of new Parser().parse(text)) walk(token);
  return out;
}

function isUnterminated(token: QuotedToken): boolean {
  const quote = token.type === 'double-quoted-scalar' ? '"' : "'";
  const src = token.source.trimEnd();
  if (src.length < 2 || !src.endsWith(quote)) return true;
  const backslashes = quote === '"' ? /\\*$/.exec(src.slice(0, -1))?.[0].length ?? 0 : 0;
  return backslashes % 2 === 1;
}

function lastBefore<T extends { offset: number }>(tokens: T[], offset: number): T | undefined {
  return tokens.filter((t) => t.offset <= offset).at(-1);
}

function unclosedQuote(ctx: Context, offset: number): Plain | undefined {
  const quoted = cstTokens(ctx.text, (t) =>
    (t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') && typeof t.offset === 'number' && typeof t.source === 'string' ? (t as unknown as QuotedToken) : undefined,
  ).filter(isUnterminated);
  const token = lastBefore(quoted, offset);
  if (!token) return undefined;
  const quote = token.type === 'double-quoted-scalar' ? '"' : "'";
  const { line, column } = offsetToPosition(ctx.lineCounter, token.offset);
  return { line, column, text: `the ${code(quote)} that opens this value is never closed; end the value with ${code(quote)}` };
}

function unclosedFlow(ctx: Context, offset: number): Plain | undefined {
  const open = cstTokens(ctx.text, (t) => (t.type === 'flow-collection' ? (t as unknown as FlowToken) : undefined))
    .filter((t) => !t.end.some((e) => e.source === ']' || e.source === '}'))
    .map((t) => ({ offset: t.start.offset, source: t.start.source }));
  const token = lastBefore(open, offset);
  if (!token) return undefined;
  const { line, column } = offsetToPosition(ctx.lineCounter, token.offset);
  const [close, what] = token.source === '[' ? [']', 'list'] : ['}', 'map'];
  return { line, column, text: `the ${code(token.source)} opened here is never closed; end the ${what} with ${code(close)}` };
}

function duplicateKey(ctx: Context, offset: number, at: Plain): Plain {
  let first: number | undefined;
  let name = '';
  visit(ctx.doc, {
    Map: (_key, map) => {
      const index = map.items.findIndex((p) => isScalar(p.key) && p.key.range?.[0] === offset);
      const dup = map.items[index]?.key;
      if (index < 0 || !isScalar(dup) || !isMap(map)) return undefined;
      name = String(dup.value);
      const earlier = map.items.slice(0, index).find((p) => isScalar(p.key) && String(p.key.value) === name);
      if (isScalar(earlier?.key) && earlier.key.range) first = offsetToPosition(ctx.lineCounter, earlier.key.range[0]).line;
      return visit.BREAK;
    },
  });
  const also = first !== undefined ? ` (first on line ${first})` : '';
  return { ...at, text: `${code(name || 'this key')} is set twice in this map${also}; keep one of them` };
}

function explainOne(ctx: Context, error: YAMLError): Plain | undefined {
  const at = offsetToPosition(ctx.lineCounter, error.pos[0]);
  const here = { ...at, text: '' };
  const line = ctx.lines.at(at.line);
  const { message } = error;
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { ...at, text: 'a tab indents this line; YAML indents with spaces only' };
    case 'DUPLICATE_KEY':
      return duplicateKey(ctx, error.pos[0], here);
    case 'MISSING_CHAR':
      if (/closing .?quote/i.test(message)) return unclosedQuote(ctx, error.pos[0]);
      if (message.startsWith('Sequence item without')) return misaligned(ctx, line);
      if (message.startsWith('Implicit map keys')) return line.dashColumn === at.column - 1 ? listItem(ctx, line) : missingColon(line, at.column);
      return undefined;
    case 'BLOCK_AS_IMPLICIT_KEY':
      return message.startsWith('A block sequence') ? listItem(ctx, line) : nestedMapping(ctx, line, at.column);
    case 'MULTILINE_IMPLICIT_KEY':
      return nestedMapping(ctx, line, at.column);
    case 'BAD_INDENT':
      if (/^Flow (sequence|map)/.test(message)) return unclosedFlow(ctx, error.pos[0]);
      return message.startsWith('All sequence items') && line.dashColumn !== undefined ? listItem(ctx, line) : misaligned(ctx, line);
    case 'UNEXPECTED_TOKEN':
      if (message.includes('block-seq-ind on same line')) return { ...at, text: 'a list cannot start on the same line as its key; put each `- item` on a line of its own, below the key' };
      if (/["']\s*$/.test(line.text.slice(0, at.column - 1))) return { ...at, text: 'text follows the closing quote of this value; put all of the value inside the quotes' };
      return misaligned(ctx, line);
    default:
      return undefined;
  }
}

/**
 * Explains one document's syntax errors. After the first broken structure the parser's further
 * complaints are mostly echoes of it, so only that one is reported (with the library's messages for
 * its line as detail); duplicate keys, which break nothing else, are each reported.
 */
export function explainYamlErrors(text: string, errors: readonly YAMLError[], lineCounter: LineCounter, doc: Document): YamlProblem[] {
  const ctx: Context = { text, lines: new SourceLines(text), lineCounter, doc };
  const lineOf = (e: YAMLError) => offsetToPosition(lineCounter, e.pos[0]).line;
  const problem = (e: YAMLError, details: readonly string[]): YamlProblem => {
    const at = offsetToPosition(lineCounter, e.pos[0]);
    const plain = explainOne(ctx, e) ?? { ...at, text: 'this line cannot be read as YAML' };
    // Two of the library's messages say enough; the rest of a cascade adds only noise.
    const detail = [...new Set(details)].slice(0, 2).join('; ');
    return { message: `line ${plain.line}: ${plain.text} (yaml: ${detail})`, line: plain.line, column: plain.column };
  };
  const out = errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => problem(e, [e.message]));
  const structural = errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  const first = structural[0];
  if (first) out.push(problem(first, structural.filter((e) => lineOf(e) === lineOf(first)).map((e) => e.message)));
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
