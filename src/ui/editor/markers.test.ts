import { describe, expect, it } from 'vitest';
import { toMarkerSpecs } from './markers';
import type { EditorDiagnostic } from './types';

const lines = ['apiVersion: v1', 'kind: Pod', 'spec:', '  containers:', '  - name: app', '    image: busybox:1.28', '    imagee: x', ''];
const diag = (d: Partial<EditorDiagnostic>): EditorDiagnostic => ({ severity: 'error', message: 'm', line: 1, column: 1, source: 'engine', ...d });

describe('toMarkerSpecs', () => {
  it('keeps an explicit range', () => {
    const [m] = toMarkerSpecs([diag({ line: 2, column: 7, endLine: 2, endColumn: 10 })], lines);
    expect(m).toMatchObject({ startLineNumber: 2, startColumn: 7, endLineNumber: 2, endColumn: 10, severity: 'error', source: 'engine' });
  });

  it('widens a bare position to the YAML token there, keeping colons inside scalars', () => {
    const [image] = toMarkerSpecs([diag({ line: 6, column: 12 })], lines);
    expect(image).toMatchObject({ startColumn: 12, endColumn: 24 });
    const [key] = toMarkerSpecs([diag({ line: 7, column: 5, severity: 'warning' })], lines);
    expect(key).toMatchObject({ startColumn: 5, endColumn: 11, severity: 'warning' });
  });

  it('marks the line content when the position has no token', () => {
    const [m] = toMarkerSpecs([diag({ line: 5, column: 40 })], lines);
    expect(m).toMatchObject({ startLineNumber: 5, startColumn: 3, endColumn: 14 });
  });

  it('widens to the whole quoted scalar', () => {
    const [m] = toMarkerSpecs([diag({ line: 1, column: 6 })], ['a: b "x y" c', 'b']);
    expect(m).toMatchObject({ startColumn: 6, endColumn: 11 });
  });

  it('clamps positions outside the text', () => {
    const [past] = toMarkerSpecs([diag({ line: 99, column: 99 })], lines);
    expect(past).toMatchObject({ startLineNumber: 8, startColumn: 1, endLineNumber: 8, endColumn: 1 });
    const [before] = toMarkerSpecs([diag({ line: 0, column: -3, endLine: 1, endColumn: 500 })], lines);
    expect(before).toMatchObject({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 15 });
  });

  it('runs an end given without endColumn to the end of that line', () => {
    const [m] = toMarkerSpecs([diag({ line: 3, column: 1, endLine: 4 })], lines);
    expect(m).toMatchObject({ startLineNumber: 3, endLineNumber: 4, endColumn: 14 });
  });

  it('handles an empty text', () => {
    expect(toMarkerSpecs([diag({ line: 3, column: 2 })], [])).toEqual([
      { severity: 'error', message: 'm', source: 'engine', startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 },
    ]);
  });
});
