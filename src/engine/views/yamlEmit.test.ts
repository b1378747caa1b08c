import { describe, it, expect } from 'vitest';
import { emitYaml } from './yamlEmit';

describe('emitYaml', () => {
  it.each([
    ['plain text', 'Running', 'Running'],
    ['strings that read as booleans', 'True', '"True"'],
    ['strings that read as null', '', '""'],
    ['strings that read as numbers', '0.5', '"0.5"'],
    ['timestamps', '2025-01-01T00:00:00Z', '"2025-01-01T00:00:00Z"'],
    ['text with a colon and space', 'containers with unready status: [app]', "'containers with unready status: [app]'"],
    ['text with a single quote needing quotes', "it's: x", "'it''s: x'"],
    ['text starting with an indicator', '[a]', "'[a]'"],
    ['ids with colons but no spaces', 'containerd://abc', 'containerd://abc'],
    ['IP addresses', '10.244.0.12', '10.244.0.12'],
  ])('writes %s', (_name, value, written) => expect(emitYaml({ v: value })).toBe(`v: ${written}\n`));

  it('writes numbers, booleans and null plainly', () => {
    expect(emitYaml({ a: 0, b: true, c: null })).toBe('a: 0\nb: true\nc: null\n');
  });

  it('sorts keys, writes empty maps as {} and keeps sequences at the key indent', () => {
    expect(emitYaml({ status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'True' }], lastState: {} } })).toBe(
      'status:\n  conditions:\n  - status: "True"\n    type: PodScheduled\n  lastState: {}\n  phase: Pending\n',
    );
  });

  it('folds long plain text at the first space past column 80', () => {
    const message = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen';
    expect(emitYaml({ status: { message } })).toBe(
      '  message: one two three four five six seven eight nine ten eleven twelve thirteen\n    fourteen fifteen sixteen\n'.replace(/^/, 'status:\n'),
    );
  });

  it('writes multi-line text as a literal block', () => {
    expect(emitYaml({ m: 'a\nb' })).toBe('m: |-\n  a\n  b\n');
  });
});
