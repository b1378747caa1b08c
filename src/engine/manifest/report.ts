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
  /** An unknown field (already warned about): kept so a misspelt required field is reported once. */
  unknown?(path: FieldPath): void;
}

interface Entry {
  path: string;
  message: string;
  where: () => SourcePosition;
}

/** Errors and warnings of one parse, in the order they were found. */
export class Report {
  private readonly errorEntries: Entry[] = [];
  private readonly warningEntries: (Omit<Entry, 'path'> & { unknown?: string })[] = [];

  /** A scope for one document; `prefix` names non-Pod documents in paths (`Scenario.spec.events[0]`). */
  scope(find: PositionFinder, prefix = ''): Scope {
    const name = (path: FieldPath): string => {
      const text = formatPath(path);
      return prefix && text ? `${prefix}.${text}` : prefix || text;
    };
    return {
      error: (path, message, at) => this.errorEntries.push({ path: name(path), message, where: () => find(at ?? path) }),
      warn: (message, at) => this.warningEntries.push({ message, where: () => find(at) }),
      unknown: (path) => {
        const last = this.warningEntries[this.warningEntries.length - 1];
        if (last) last.unknown = name(path);
      },
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

  /**
   * A required field reported missing while a near miss of its name sits beside it as an unknown field
   * (`ximage:` for `image:`): kubectl's default strict decoding rejects the text for the unknown field
   * alone, so that one error is reported, at the misspelt key, and the missing field is not.
   */
  private misspelt(): Map<Entry, Omit<Entry, 'path'> & { unknown?: string }> {
    const out = new Map<Entry, Omit<Entry, 'path'> & { unknown?: string }>();
    for (const e of this.errorEntries) {
      if (e.message !== 'Required value') continue;
      const cut = e.path.lastIndexOf('.');
      const parent = e.path.slice(0, cut + 1);
      const field = e.path.slice(cut + 1);
      const w = this.warningEntries.find((x) => x.unknown?.startsWith(parent) && !x.unknown.slice(parent.length).includes('.') && nearMiss(x.unknown.slice(parent.length), field));
      if (w) out.set(e, w);
    }
    return out;
  }

  /** The errors with positions, duplicates removed as field.ErrorList.ToAggregate does. */
  errors(): RejectionError[] {
    const seen = new Set<string>();
    const out: RejectionError[] = [];
    const misspelt = this.misspelt();
    for (const entry of this.errorEntries) {
      const w = misspelt.get(entry);
      const e = w ? { path: '', message: w.message, where: w.where } : entry;
      const { line, column } = e.where();
      const key = `${e.path}\u0000${e.message}\u0000${line}:${column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ path: e.path, message: e.message, line, column });
    }
    return out;
  }

  /** The warnings with positions (an unknown field reported as the error of a misspelt required field is not repeated). */
  warnings(): TraceWarning[] {
    const promoted = new Set(this.misspelt().values());
    return this.warningEntries.filter((w) => !promoted.has(w)).map((w) => ({ message: w.message, ...w.where() }));
  }
}

/** Adapts a scope to decoding: type errors are errors; unknown fields warn as kubectl does, or fail when strict. */
export function decodeSink(scope: Scope, strict: boolean): DecodeSink {
  return {
    typeError: (path, message) => scope.error(path, message),
    unknownField: (path, known) => {
      if (strict) scope.error(path, `Forbidden: unknown field; supported fields: ${known.join(', ')}`);
      else {
        scope.warn(`unknown field "${formatPath(path)}"`, path);
        scope.unknown?.(path);
      }
    },
  };
}

/** True when two field names are at most two single-character edits apart (and not equal). */
function nearMiss(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return (prev[b.length] ?? 3) <= 2;
}
