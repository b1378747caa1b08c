// Collects errors and warnings against the document they belong to; positions are resolved once,
// at the end, from each document's node tree.
import type { RejectionError, SourcePosition, TraceWarning } from '../../scenario/trace';
import type { DecodeSink } from './decode';
import { formatPath, type FieldPath } from './path';
import type { PositionFinder } from './positions';

/** What validation code reports into: errors and warnings addressed by field path within one YAML source. */
export interface Scope {
  /** `path` is the API field path printed; `at` (default `path`) is where it points in the text. */
  error(path: FieldPath, message: string, at?: FieldPath): void;
  warn(message: string, at: FieldPath): void;
}

interface Entry {
  path: string;
  message: string;
  where: () => SourcePosition;
}

/** Errors and warnings of one parse, in the order they were found. */
export class Report {
  private readonly errorEntries: Entry[] = [];
  private readonly warningEntries: Omit<Entry, 'path'>[] = [];

  /** A scope for one document; `prefix` names non-Pod documents in paths (`Scenario.spec.events[0]`). */
  scope(find: PositionFinder, prefix = ''): Scope {
    const name = (path: FieldPath): string => {
      const text = formatPath(path);
      return prefix && text ? `${prefix}.${text}` : prefix || text;
    };
    return {
      error: (path, message, at) => this.errorEntries.push({ path: name(path), message, where: () => find(at ?? path) }),
      warn: (message, at) => this.warningEntries.push({ message, where: () => find(at) }),
    };
  }

  /** An error with a position already known (YAML syntax errors). */
  addError(path: string, message: string, position: SourcePosition): void {
    this.errorEntries.push({ path, message, where: () => position });
  }

  /** A warning with a position already known. */
  addWarning(message: string, position: SourcePosition): void {
    this.warningEntries.push({ message, where: () => position });
  }

  /** True once any error was reported. */
  get hasErrors(): boolean {
    return this.errorEntries.length > 0;
  }

  /** The errors with positions, duplicates removed as field.ErrorList.ToAggregate does. */
  errors(): RejectionError[] {
    const seen = new Set<string>();
    const out: RejectionError[] = [];
    for (const e of this.errorEntries) {
      const { line, column } = e.where();
      const key = `${e.path}\u0000${e.message}\u0000${line}:${column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ path: e.path, message: e.message, line, column });
    }
    return out;
  }

  /** The warnings with positions. */
  warnings(): TraceWarning[] {
    return this.warningEntries.map((w) => ({ message: w.message, ...w.where() }));
  }
}

/** Adapts a scope to decoding: type errors are errors; unknown fields warn as kubectl does, or fail when strict. */
export function decodeSink(scope: Scope, strict: boolean): DecodeSink {
  return {
    typeError: (path, message) => scope.error(path, message),
    unknownField: (path, known) => {
      if (strict) scope.error(path, `Forbidden: unknown field; supported fields: ${known.join(', ')}`);
      else scope.warn(`unknown field "${formatPath(path)}"`, path);
    },
  };
}
