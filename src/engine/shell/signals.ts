// Non-local control flow inside a running script. These are thrown and caught by the interpreter
// only; runShell turns whatever reaches the top into an exit code or a `forever` effect.
import type { ShellWarning } from './types';

/** `exit N` (or a fatal shell error): unwinds to the nearest shell or subshell. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** `return N` inside a function: unwinds to the function call. */
export class ReturnSignal {
  constructor(readonly code: number) {}
}

/** `break N` / `continue N`. */
export class LoopSignal {
  constructor(readonly kind: 'break' | 'continue', readonly levels: number) {}
}

/** The process runs until killed from here on: a server, a busy loop, or something outside the subset. */
export class ForeverSignal {
  constructor(readonly warning?: ShellWarning) {}
}

/**
 * Plain words for an error the engine did not expect, never the JavaScript text ("Maximum call
 * stack size exceeded", "Invalid string length"): what reaches the user is what it means for them.
 */
export function describeInternalError(error: unknown): string {
  const text = error instanceof Error ? error.message : '';
  if (/call stack/i.test(text)) return 'it nests too deeply for the simulator';
  if (/string length|allocation failed|out of memory|array length/i.test(text)) return 'it builds data too large for the simulator';
  return 'the simulator met a case it does not handle';
}
