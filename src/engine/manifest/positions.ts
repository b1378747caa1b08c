// Source positions for field paths: validation errors point at the exact key, list item or value.
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type { SourcePosition } from '../../scenario/trace';
import { segmentKey, type FieldPath } from './path';

/** Finds the position of a path in one YAML document, 1-based. */
export type PositionFinder = (path: FieldPath) => SourcePosition;

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

/** Builds the finder for one document: the node at the path, or its deepest existing ancestor. */
export function createPositionFinder(doc: Document, lineCounter: LineCounter): PositionFinder {
  return (path) => offsetToPosition(lineCounter, locatePath(doc, path));
}
