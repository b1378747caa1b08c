// How a result of the hostile corpus is judged: its expected outcome, and no JavaScript internals
// anywhere in what the user would read.
import type { SimulationResult } from '../../scenario/trace';
import type { HostileInput } from './corpus';

/** Texts that only a JavaScript error would put in a result: a stack frame, an engine message, a printed object. */
export const leakPattern = /Maximum call stack|toFixed\(\)|Invalid string length|Invalid array length|RangeError|TypeError|ReferenceError|SyntaxError:|\bat [\w.<>$]+ \(|\[object Object\]|is not a function|is not iterable|Cannot read propert/;

/**
 * What is wrong with `result` for `input`, or undefined when it is the outcome expected. `json` is
 * its JSON text, or that text in pieces when it is longer than a string may be.
 */
export function judgeOutcome(input: HostileInput, result: SimulationResult, json: string | Iterable<string>): string | undefined {
  for (const piece of typeof json === 'string' ? [json] : json) {
    const leak = leakPattern.exec(piece);
    if (leak) return `leaks a JavaScript internal: ${leak[0]}`;
  }
  const expect = input.expect;
  if ('rejected' in result) {
    if (expect.kind !== 'rejected') return `rejected, a trace was expected: ${result.errors.map((e) => e.message).join('; ').slice(0, 300)}`;
    const texts = result.errors.map((e) => `${e.path}: ${e.message}`);
    if (!texts.some((t) => expect.message.test(t))) return `rejected, but no error matches ${String(expect.message)}: ${texts.join('; ').slice(0, 300)}`;
    if (result.errors.some((e) => e.line === undefined || e.line < 1)) return 'a rejection without a line';
    return undefined;
  }
  if (expect.kind !== 'trace') return `a trace, a rejection was expected (${String(expect.message)}); warnings: ${result.warnings.map((w) => w.message).join('; ').slice(0, 300)}`;
  if (expect.warning && !result.warnings.some((w) => expect.warning?.test(w.message))) {
    return `no warning matches ${String(expect.warning)}: ${result.warnings.map((w) => w.message).join('; ').slice(0, 300)}`;
  }
  if (expect.log && !result.logs.some((l) => expect.log?.test(l.line))) return `no log line matches ${String(expect.log)}`;
  return undefined;
}
