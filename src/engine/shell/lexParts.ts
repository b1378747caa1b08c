// Small pieces shared by the lexer and the `$` reader.
import type { WordPart } from './ast';

/** A syntax error inside the parser; parseShell turns it into a warning, never lets it escape. */
export class ParseError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** Collects word parts, merging neighbouring literals of the same quoting. */
export class PartsBuilder {
  readonly parts: WordPart[] = [];
  lit(text: string, quoted: boolean): void {
    const last = this.parts[this.parts.length - 1];
    if (last?.kind === 'lit' && last.quoted === quoted) last.text += text;
    else this.parts.push({ kind: 'lit', text, quoted });
  }
}
