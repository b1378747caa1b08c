import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, commandName } from './commandNames';
import { COMMANDS } from './commands';

describe('commandName', () => {
  it('has an implementation for every supported name, and no other', () => {
    expect(Object.keys(COMMANDS).sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it.each<[string, string | undefined]>([
    ['sleep', 'sleep'],
    ['/bin/sleep', 'sleep'],
    ['/usr/bin/wget', 'wget'],
    ['/usr/local/bin/curl', 'curl'],
    ['/opt/bin/sleep', undefined],
    ['python3', undefined],
  ])('names %s as %s', (word, expected) => {
    expect(commandName(word)).toBe(expected);
  });
});
