// Redirections: `>`, `>>`, `<`, `2>&1`, `&>`, here-documents. Files go through the host's fs;
// /dev/null, /dev/stdout, /dev/stderr and PID 1's fds are recognised by name.
import type { Redir } from './ast';
import { expandText } from './expand';
import { FileSink, inputOf, type Io, NULL_SINK, type Sink } from './io';
import { resolvePath, type Run, type ShellState } from './state';

/** The streams after applying `redirs` to `io`, or an exit status when one cannot be opened. */
export function* applyRedirs(state: ShellState, redirs: Redir[], io: Io): Run<Io | number> {
  const current: Io = { ...io };
  for (const redir of redirs) {
    const target = yield* expandText(state, redir.target, io);
    switch (redir.op) {
      case '<<':
        if (redir.fd === 0) Object.assign(current, inputOf(target));
        break;
      case '<': case '<>': {
        const path = resolvePath(state, target);
        const content = path === '/dev/null' ? '' : state.host.fs.read(path);
        if (content === undefined) {
          current.err.write(`sh: can't open '${target}': No such file or directory\n`);
          return 1;
        }
        if (redir.fd === 0) Object.assign(current, inputOf(content));
        break;
      }
      case '>&': case '<&': {
        const source = target === '-' ? NULL_SINK : target === '1' ? current.out : target === '2' ? current.err : undefined;
        if (source !== undefined) setFd(current, redir.fd, source);
        else if (redir.op === '>&' && !/^\d+$/.test(target)) {
          const sink = openOutput(state, target, false, current);
          if (typeof sink === 'number') return sink;
          current.out = sink;
          current.err = sink;
        }
        break;
      }
      case '>': case '>>': case '&>': case '&>>': {
        const sink = openOutput(state, target, redir.op === '>>' || redir.op === '&>>', current);
        if (typeof sink === 'number') return sink;
        if (redir.op.startsWith('&')) {
          current.out = sink;
          current.err = sink;
        } else setFd(current, redir.fd, sink);
        break;
      }
    }
  }
  return current;
}

function setFd(io: Io, fd: number, sink: Sink): void {
  if (fd === 1) io.out = sink;
  else if (fd === 2) io.err = sink;
}

/** Opens (creating or truncating) a file for output, as the shell does before running the command. */
export function openOutput(state: ShellState, target: string, append: boolean, io: Io, offset = 0): Sink | number {
  const path = resolvePath(state, target);
  if (path === '/dev/null') return NULL_SINK;
  if (path === '/dev/stdout' || path === '/proc/self/fd/1') return io.out;
  if (path === '/dev/stderr' || path === '/proc/self/fd/2') return io.err;
  if (path === '/proc/1/fd/1') return state.stdout;
  if (path === '/proc/1/fd/2') return state.stderr;
  const result = state.host.fs.write(path, '', append);
  if (result === 'ok') return new FileSink(state.host.fs, path, offset);
  const reason = result === 'readonly' ? 'Read-only file system' : result === 'isdir' ? 'Is a directory' : result === 'nospace' ? 'No space left on device' : result === 'toolong' ? 'File name too long' : 'nonexistent directory';
  io.err.write(`sh: can't create ${target}: ${reason}\n`);
  return 1;
}
