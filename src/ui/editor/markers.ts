// Diagnostics from the host become editor markers. Pure (no Monaco) so it is tested in node; the
// editor maps `severity` to Monaco's MarkerSeverity.
import type { EditorDiagnostic } from './types';

/** One marker in 1-based editor coordinates, clamped to the text. */
export interface MarkerSpec {
  severity: EditorDiagnostic['severity'];
  message: string;
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(Math.round(n), lo), hi);

// A YAML plain scalar or key: a colon belongs to it unless a space or flow indicator follows
// (`busybox:1.28` is one token, `imagee:` ends before its colon).
const plainToken = /(?:[^\s,{}[\]:]|:(?=[^\s,{}[\]]))+/y;

/** The 0-based end (exclusive) of the token starting at `start`, or `start` when there is none. */
function tokenEnd(text: string, start: number): number {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    return close < 0 ? text.length : close + 1;
  }
  plainToken.lastIndex = start;
  return plainToken.exec(text) ? plainToken.lastIndex : start;
}

/** The 1-based column range to mark when a diagnostic gives only a start position. */
function widen(text: string, column: number): [number, number] {
  const end = tokenEnd(text, column - 1);
  if (end > column - 1) return [column, end + 1];
  const content = text.trimEnd();
  const first = content.length - content.trimStart().length;
  // Nothing to underline at that column (past the end, on a space): mark the line's content.
  return content ? [first + 1, content.length + 1] : [column, column];
}

/** Converts host diagnostics to markers for `lines` (the model's lines), never out of range. */
export function toMarkerSpecs(diagnostics: readonly EditorDiagnostic[], lines: readonly string[]): MarkerSpec[] {
  const lineCount = Math.max(lines.length, 1);
  const lineText = (line: number) => lines[line - 1] ?? '';
  return diagnostics.map((d) => {
    const startLineNumber = clamp(d.line, 1, lineCount);
    const startText = lineText(startLineNumber);
    let startColumn = clamp(d.column, 1, startText.length + 1);
    let endLineNumber = startLineNumber;
    let endColumn = startColumn;
    if (d.endLine !== undefined || d.endColumn !== undefined) {
      endLineNumber = clamp(d.endLine ?? startLineNumber, startLineNumber, lineCount);
      const endText = lineText(endLineNumber);
      endColumn = clamp(d.endColumn ?? endText.length + 1, 1, endText.length + 1);
      if (endLineNumber === startLineNumber) endColumn = Math.max(endColumn, startColumn);
    }
    if (endLineNumber === startLineNumber && endColumn === startColumn) {
      [startColumn, endColumn] = widen(startText, startColumn);
    }
    return { severity: d.severity, message: d.message, source: d.source, startLineNumber, startColumn, endLineNumber, endColumn };
  });
}
