// The check of the shell's tests whose expected output was recorded from busybox.
import { expect } from 'vitest';
import { type FakeHost, runScript } from '../testHost';

/** Runs a script in the subset and checks that it prints what busybox printed (stdout and stderr, in order) and ends with its status, with no warning. */
export function expectAsBusybox(script: string, lines: string[], exitCode: number, host?: FakeHost): void {
  const result = runScript(script, host);
  expect(result.warnings).toEqual([]);
  expect(result.host.lines).toEqual(lines);
  expect(result.exitCode).toBe(exitCode);
}
