import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { FieldPath } from './path';
import { createPositionFinder } from './positions';

const text = `spec:
  containers:
  - name: app
    command: ["sh", '-c', run]
    resources:
      limits: {cpu: "1"}
  initContainers: &inits
  - name: init
  other: *inits
`;

function finder(): (path: FieldPath) => { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return createPositionFinder(doc, lineCounter);
}

describe('createPositionFinder', () => {
  it.each<[string, FieldPath, number, number]>([
    ['a map field at its key', ['spec', 'containers'], 2, 3],
    ['a list item at its first character', ['spec', 'containers', 0], 3, 5],
    ['a double-quoted list item at its quote', ['spec', 'containers', 0, 'command', 0], 4, 15],
    ['a single-quoted list item at its quote', ['spec', 'containers', 0, 'command', 1], 4, 21],
    ['a plain list item at its first letter', ['spec', 'containers', 0, 'command', 2], 4, 27],
    ['a map key segment', ['spec', 'containers', 0, 'resources', 'limits', { key: 'cpu' }], 6, 16],
    ['a missing field at its deepest existing ancestor', ['spec', 'containers', 0, 'image'], 3, 5],
    ['an index past the end at the list', ['spec', 'containers', 3, 'name'], 2, 3],
    ['a path through an alias at the anchored node', ['spec', 'other', 0, 'name'], 8, 5],
    ['the empty path at the document start', [], 1, 1],
  ])('finds %s', (_what, path, line, column) => {
    expect(finder()(path)).toEqual({ line, column });
  });
});
