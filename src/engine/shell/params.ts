// Parameters: special ones ($?, $#, $1...), variables, and the `${NAME op WORD}` forms.
import type { WordPart } from './ast';
import { removeMatch } from './glob';
import type { Io } from './io';
import { ExitSignal } from './signals';
import type { Run, ShellState } from './state';

/** The value of a parameter, or undefined when it is unset. */
export function paramValue(state: ShellState, name: string): string | undefined {
  switch (name) {
    case '?': return String(state.status);
    case '#': return String(state.positional.length);
    case '$': return '1';
    case '!': return state.lastJob === undefined ? undefined : String(state.lastJob);
    case '0': return state.arg0;
    case '-': return (state.options.errexit ? 'e' : '') + (state.options.xtrace ? 'x' : '');
    case '@': return state.positional.join(' ');
    // "$*" joins with IFS's first character: none when IFS is empty, a space when it is unset.
    case '*': return state.positional.join(state.vars.get('IFS')?.slice(0, 1) ?? ' ');
    default:
      if (/^\d+$/.test(name)) return state.positional[Number(name) - 1];
      return state.vars.get(name);
  }
}

/**
 * Expands a `${...}` part; `expandArg` expands its WORD only when the operator needs it, as a
 * pattern (quoted characters escaped) for `#`, `##`, `%` and `%%`.
 */
export function* paramPart(
  state: ShellState,
  part: Extract<WordPart, { kind: 'param' }>,
  io: Io,
  expandArg: (pattern?: boolean) => Run<string>,
): Run<string> {
  const value = paramValue(state, part.name);
  const empty = value === undefined || value === '';
  switch (part.op) {
    case undefined: return value ?? '';
    case 'length': return String((value ?? '').length);
    case ':-': return empty ? yield* expandArg() : value;
    case '-': return value === undefined ? yield* expandArg() : value;
    case ':+': return empty ? '' : yield* expandArg();
    case '+': return value === undefined ? '' : yield* expandArg();
    case ':=': case '=': {
      if (part.op === ':=' ? !empty : value !== undefined) return value ?? '';
      const assigned = yield* expandArg();
      if (/^[A-Za-z_]/.test(part.name)) state.vars.set(part.name, assigned);
      return assigned;
    }
    case ':?': case '?': {
      if (part.op === ':?' ? !empty : value !== undefined) return value ?? '';
      const message = yield* expandArg();
      io.err.write(`sh: ${part.name}: ${message || 'parameter not set'}\n`);
      throw new ExitSignal(2);
    }
    case '#': case '##': return removeMatch(value ?? '', yield* expandArg(true), false, part.op === '##', state.counter.pattern);
    case '%': case '%%': return removeMatch(value ?? '', yield* expandArg(true), true, part.op === '%%', state.counter.pattern);
  }
}
