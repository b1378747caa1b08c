import { describe, it, expect } from 'vitest';
import { formatTabbed, getTabwriter } from './tabwriter';

describe('formatTabbed', () => {
  it.each([
    ['aligns a column across consecutive lines', 'Name:\tx\nNamespace:\tdefault\n', 'Name:       x\nNamespace:  default\n'],
    ['leaves the last cell of a line unpadded', 'a\tb\t\n', 'a  b  \n'],
    ['restarts alignment after a line without tabs', 'Long title:\t1\nbreak\nA:\t2\n', 'Long title:  1\nbreak\nA:  2\n'],
    ['aligns deeper columns only within their own block', 'a\tbb\tc\nlonger\tb\tc\nx\ty\n', 'a       bb  c\nlonger  b   c\nx       y\n'],
    ['pads empty cells to the column width', 'Key:\tv\n\tcontinued\n', 'Key:  v\n      continued\n'],
  ])('%s', (_name, input, output) => expect(formatTabbed(input)).toBe(output));

  it('keeps widths across flushes when asked to remember them', () => {
    const remembered: number[] = [];
    const first = formatTabbed('NAME\tSTATUS\tAGE\npod\tInit:0/2\t1s\n', getTabwriter, remembered);
    const second = formatTabbed('pod\tRunning\t9s\n', getTabwriter, remembered);
    expect(first + second).toBe('NAME   STATUS     AGE\npod    Init:0/2   1s\npod    Running    9s\n');
  });
});
