// A port of the column layout of Go's text/tabwriter (left-aligned, space padding), which
// kubectl uses for both `describe` and `get`. Cells are tab-terminated; the last cell of a
// line never takes part in alignment, and a column's width is set per block of consecutive
// lines that have that column.

/** Tabwriter parameters that matter for space-padded, left-aligned output. */
export interface TabwriterOptions {
  minwidth: number;
  padding: number;
}

/** The settings of kubectl describe's tabbedString: tabwriter.Init(buf, 0, 8, 2, ' ', 0). */
export const describeTabwriter: TabwriterOptions = { minwidth: 0, padding: 2 };

/** The settings of kubectl get's table printer: minwidth 6, padding 3 (plus RememberWidths). */
export const getTabwriter: TabwriterOptions = { minwidth: 6, padding: 3 };

// Go counts runes, not UTF-16 code units.
const cellWidth = (cell: string): number => [...cell].length;

function renderLine(cells: string[], widths: number[]): string {
  let out = '';
  cells.forEach((cell, j) => {
    const width = widths[j];
    out += width === undefined ? cell : cell + ' '.repeat(Math.max(0, width - cellWidth(cell)));
  });
  return out;
}

/** Lays out lines already split into cells; `remembered` carries column widths across flushes (kubectl's RememberWidths). */
export function layoutCells(lines: string[][], options: TabwriterOptions, remembered?: number[]): string[] {
  const out: string[] = lines.map((cells) => cells.join(''));
  const widths: number[] = [];
  const write = (from: number, to: number): void => {
    for (let i = from; i < to; i++) out[i] = renderLine(lines[i] ?? [], widths);
  };
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let start = line0;
    for (let i = line0; i < line1; i++) {
      if (column >= (lines[i]?.length ?? 0) - 1) continue;
      write(start, i);
      let width = options.minwidth;
      let end = i;
      for (; end < line1; end++) {
        const cells = lines[end] ?? [];
        if (column >= cells.length - 1) break;
        width = Math.max(width, cellWidth(cells[column] ?? '') + options.padding);
      }
      if (remembered) {
        width = Math.max(width, remembered[column] ?? 0);
        remembered[column] = width;
      }
      widths.push(width);
      format(i, end);
      widths.pop();
      start = end;
      i = end - 1;
    }
    write(start, line1);
  };
  format(0, lines.length);
  return out;
}

/** Formats tab-separated text (one flush of a Go tabwriter); a trailing newline is kept. */
export function formatTabbed(text: string, options: TabwriterOptions = describeTabwriter, remembered?: number[]): string {
  if (text === '') return '';
  const rows = text.split('\n');
  const trailingNewline = rows[rows.length - 1] === '';
  if (trailingNewline) rows.pop();
  const laidOut = layoutCells(rows.map((row) => row.split('\t')), options, remembered);
  return laidOut.join('\n') + (trailingNewline ? '\n' : '');
}
