// Source positions for field paths: validation errors point at the exact key, list item or value.
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type { SourcePosition } from '../../scenario/trace';
import { segmentKey, type FieldPath } from './path';

/**
 * Finds the position of a path in one YAML document, 1-based; `lines` gives where each line of a
 * scalar's value starts in the source (for warnings inside multi-line scripts).
 */
export type PositionFinder = ((path: FieldPath) => SourcePosition) & { lines?: (path: FieldPath) => SourcePosition[] };

/** 1-based line and column of a character offset. */
export function offsetToPosition(lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset);
  // LineCounter answers line 0 for offsets before its first recorded newline.
  return { line: Math.max(line, 1), column: Math.max(col, 1) };
}

function deref(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function offsetOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

function keyMatches(key: unknown, wanted: string): boolean {
  return isScalar(key) ? String(key.value) === wanted : key === wanted;
}

/**
 * Offset of the node a path names: for a map field its key (so `livenessProbe` errors point at
 * `livenessProbe:`), for a list item the item itself; or the deepest ancestor that exists.
 */
export function locatePath(doc: Document, path: FieldPath): number {
  let node: unknown = doc.contents;
  let best = offsetOf(node) ?? 0;
  for (const segment of path) {
    node = deref(doc, node);
    const key = segmentKey(segment);
    if (isMap(node)) {
      const pair = node.items.find((p) => keyMatches(p.key, String(key)));
      if (!pair) break;
      best = offsetOf(pair.key) ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key];
      if (item === undefined) break;
      best = offsetOf(deref(doc, item)) ?? offsetOf(item) ?? best;
      node = item;
    } else {
      break;
    }
  }
  return best;
}

/** The node a path names exactly, if it exists. */
function nodeAt(doc: Document, path: FieldPath): unknown {
  let node: unknown = doc.contents;
  for (const segment of path) {
    node = deref(doc, node);
    const key = segmentKey(segment);
    if (isMap(node)) node = node.items.find((p) => keyMatches(p.key, String(key)))?.value;
    else if (isSeq(node) && typeof key === 'number') node = node.items[key];
    else return undefined;
  }
  return deref(doc, node);
}

/** Source offsets where the lines of a scalar's value begin (one for a single-line scalar). */
export function scalarLineOffsets(text: string, node: unknown): number[] {
  if (!isScalar(node) || !node.range) return [];
  const [start, end] = node.range;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const offsets: number[] = [];
    let indent = -1;
    for (let lineStart = text.indexOf('\n', start) + 1; lineStart > 0 && lineStart < end; lineStart = text.indexOf('\n', lineStart) + 1) {
      const line = text.slice(lineStart, text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart));
      if (indent < 0 && line.trim() !== '') indent = line.length - line.trimStart().length;
      offsets.push(lineStart + Math.max(0, Math.min(indent, line.length)));
    }
    return offsets;
  }
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
  const offsets = [start + quoted];
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    const rest = text.slice(i + 1, end);
    offsets.push(i + 1 + (rest.length - rest.trimStart().length));
  }
  return offsets;
}

/** Builds the finder for one document: the node at the path, or its deepest existing ancestor. */
export function createPositionFinder(doc: Document, lineCounter: LineCounter, text?: string): PositionFinder {
  const find: PositionFinder = (path) => offsetToPosition(lineCounter, locatePath(doc, path));
  if (text !== undefined) find.lines = (path) => scalarLineOffsets(text, nodeAt(doc, path)).map((o) => offsetToPosition(lineCounter, o));
  return find;
}
