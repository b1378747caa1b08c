// What every command prints when the engine throws on a scenario (a case the simulator does not
// handle): the contract's rejection, in plain words, never a stack trace.
import { describeInternalError } from '../engine/shell/signals';
import type { Rejection } from '../scenario/trace';

/** The rejection that stands for an internal error of the engine. */
export function internalFailure(e: unknown): Rejection {
  return { format: 1, rejected: true, errors: [{ path: '', message: `the simulator could not simulate this scenario (${describeInternalError(e)})`, line: 1, column: 1 }] };
}
