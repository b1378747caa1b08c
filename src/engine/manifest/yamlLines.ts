// A line-by-line view of YAML text for explaining syntax errors: where a line's key starts, what
// that key is, and its neighbours. Heuristic on purpose: it only runs once the parser has already
// found an error, to say in plain words which line is wrong.

/** One line of the source, 1-based, with its structure as far as indentation shows it. */
export interface SourceLine {
  number: number;
  text: string;
  /** 0-based column where the line's content starts. */
  indent: number;
  /** 0-based column after the leading spaces and any `- ` list markers: where a key would start. */
  keyColumn: number;
  /** 0-based column of the last `-` list marker, if the line starts a list item. */
  dashColumn?: number;
  /** The key this line sets (`image` for `  - image: x`), if it sets one. */
  key?: string;
  /** The text after the key's colon, trimmed, if the line sets a key. */
  value?: string;
}

const keyPattern = /^("[^"]*"|'[^']*'|[^\s#'"[\]{},:][^#:]*?)\s*:(?=\s|$)/;

/** Reads one line's indentation, list markers and key. */
export function readLine(text: string, number: number): SourceLine {
  const indent = text.length - text.replace(/^ */, '').length;
  let keyColumn = indent;
  let dashColumn: number | undefined;
  while (text[keyColumn] === '-' && (keyColumn + 1 === text.length || text[keyColumn + 1] === ' ')) {
    dashColumn = keyColumn;
    keyColumn += 1;
    while (text[keyColumn] === ' ') keyColumn += 1;
  }
  const out: SourceLine = { number, text, indent, keyColumn };
  if (dashColumn !== undefined) out.dashColumn = dashColumn;
  const match = keyPattern.exec(text.slice(keyColumn));
  if (match?.[1]) {
    out.key = match[1].replace(/^["']|["']$/g, '');
    out.value = text.slice(keyColumn + match[0].length).replace(/\s+#.*$/, '').trim();
  }
  return out;
}

/** The source split into lines (1-based access), tolerant of CRLF. */
export class SourceLines {
  private readonly texts: string[];

  constructor(text: string) {
    this.texts = text.split('\n').map((l) => l.replace(/\r$/, ''));
  }

  /** Line `n` (1-based); an empty line past the end. */
  at(n: number): SourceLine {
    return readLine(this.texts[n - 1] ?? '', n);
  }

  /** True for a line with something other than spaces or a comment. */
  hasContent(n: number): boolean {
    const t = (this.texts[n - 1] ?? '').trim();
    return t !== '' && !t.startsWith('#');
  }

  /** The nearest line above `n` with content. */
  previous(n: number): SourceLine | undefined {
    for (let i = n - 1; i >= 1; i--) if (this.hasContent(i)) return this.at(i);
    return undefined;
  }

  /** The nearest line below `n` with content. */
  next(n: number): SourceLine | undefined {
    for (let i = n + 1; i <= this.texts.length; i++) if (this.hasContent(i)) return this.at(i);
    return undefined;
  }

  /** The nearest line above `n` that starts a list item. */
  previousItem(n: number): SourceLine | undefined {
    for (let i = n - 1; i >= 1; i--) {
      const line = this.at(i);
      if (this.hasContent(i) && line.dashColumn !== undefined) return line;
    }
    return undefined;
  }
}

/** The line's content from its key on, shortened for a message. */
export function excerpt(line: SourceLine, from = line.indent): string {
  const text = line.text.slice(from).replace(/\s+#.*$/, '').trim();
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
