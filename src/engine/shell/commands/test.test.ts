import { describe, expect, it } from 'vitest';
import { FakeHost, MemoryFs, runScript } from '../testHost';

function status(expression: string): number {
  const fs = new MemoryFs({ '/data/file': 'content', '/data/empty': '' });
  return Number(runScript(`${expression}; echo $?`, new FakeHost(fs)).host.lines.at(-1));
}

describe('test and [', () => {
  it.each<[string, number]>([
    ['[ -f /data/file ]', 0],
    ['[ -f /data ]', 1],
    ['[ -d /data ]', 0],
    ['[ -e /nope ]', 1],
    ['[ -s /data/file ]', 0],
    ['[ -s /data/empty ]', 1],
    ['[ -z "" ]', 0],
    ['[ -n "" ]', 1],
    ['[ abc = abc ]', 0],
    ['[ abc != abc ]', 1],
    ['[ 3 -eq 3 ]', 0],
    ['[ 3 -ne 3 ]', 1],
    ['[ 2 -lt 3 ]', 0],
    ['[ 3 -le 2 ]', 1],
    ['[ 4 -gt 3 ]', 0],
    ['[ 3 -ge 4 ]', 1],
    ['[ ! -f /nope ]', 0],
    ['[ -f /data/file -a -d /data ]', 0],
    ['[ -f /nope -o -d /data ]', 0],
    ['test -d /data', 0],
    ['[ ]', 1],
    ['[ x ]', 0],
    ['[ abc -eq 1 ]', 2],
    ['[ 1 = 1', 2],
  ])('gives %s status %i', (expression, expected) => {
    expect(status(expression)).toBe(expected);
  });
});
