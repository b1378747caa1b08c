// Non-local control flow inside a running script. These are thrown and caught by the interpreter
// only; runShell turns whatever reaches the top into an exit code or a `forever` effect.
import type { ShellWarning } from './types';

/** `exit N` (or a fatal shell error): unwinds to the nearest shell or subshell. */
export class ExitSignal {
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
