// File commands over the host's file system, with busybox's messages.
import { MAX_TEXT, takeInput, tooLarge } from '../io';
import { formatDate, SIMULATED_EPOCH_MS } from '../dateFormat';
import { resolvePath, type ShellState, tick } from '../state';
import type { ShellFs } from '../types';
import { type CommandCall, type CommandImpl, fail, parseOptions } from './types';

function writeError(result: ReturnType<ShellFs['write']>): string {
  return result === 'readonly' ? 'Read-only file system' : result === 'isdir' ? 'Is a directory' : result === 'nospace' ? 'No space left on device' : result === 'toolong' ? 'File name too long' : 'No such file or directory';
}

function touch(call: CommandCall): number {
  const { flags, operands } = parseOptions(call.args, 'dtr');
  const fs = call.state.host.fs;
  let status = 0;
  for (const arg of operands) {
    const path = resolvePath(call.state, arg);
    if (fs.exists(path) || flags.has('c')) continue;
    const result = fs.write(path, '', true);
    if (result !== 'ok') status = fail(call, `touch: ${arg}: ${writeError(result)}`);
  }
  return status;
}

function mkdir(call: CommandCall): number {
  const { flags, operands } = parseOptions(call.args, 'm', { parents: 'p' });
  const fs = call.state.host.fs;
  let status = 0;
  for (const arg of operands) {
    const path = resolvePath(call.state, arg);
    if (fs.exists(path)) {
      if (!flags.has('p') || !fs.isDir(path)) status = fail(call, `mkdir: can't create directory '${arg}': File exists`);
      continue;
    }
    if (fs.mkdir(path, flags.has('p'))) continue;
    const parent = path.slice(0, path.lastIndexOf('/')) || '/';
    const reason = !flags.has('p') && !fs.isDir(parent) ? 'No such file or directory' : 'Read-only file system';
    status = fail(call, `mkdir: can't create directory '${arg}': ${reason}`);
  }
  return status;
}

function cat(call: CommandCall): number {
  const fs = call.state.host.fs;
  const operands = call.args.filter((a) => a === '-' || !a.startsWith('-'));
  let status = 0;
  for (const arg of operands.length === 0 ? ['-'] : operands) {
    if (arg === '-') {
      call.io.out.write(takeInput(call.io));
      continue;
    }
    const path = resolvePath(call.state, arg);
    if (fs.isDir(path)) status = fail(call, `cat: read error: Is a directory`);
    else {
      const content = fs.read(path);
      if (content === undefined) status = fail(call, `cat: can't open '${arg}': No such file or directory`);
      else call.io.out.write(content);
    }
  }
  return status;
}

function rm(call: CommandCall): number {
  const { flags, operands } = parseOptions(call.args, '', { recursive: 'r', force: 'f' });
  const fs = call.state.host.fs;
  const recursive = flags.has('r') || flags.has('R');
  let status = 0;
  for (const arg of operands) {
    const path = resolvePath(call.state, arg);
    if (!fs.exists(path)) {
      if (!flags.has('f')) status = fail(call, `rm: can't remove '${arg}': No such file or directory`);
    } else if (fs.isDir(path) && !recursive) {
      status = fail(call, `rm: '${arg}' is a directory`);
    } else if (!fs.remove(path)) {
      status = fail(call, `rm: can't remove '${arg}': Read-only file system`);
    }
  }
  return status;
}

/** One cp or mv: the directories it created (busybox's ino/dev table), and whether the operand's copy left a recursion out. */
interface CopyRun {
  created: Set<string>;
  incomplete: boolean;
  report: (message: string) => void;
}

/**
 * Copies a file or (when recursive) a directory tree; the error message, or undefined when done.
 * As busybox's copy_file, a source directory this run created itself (`cp -r /tmp /tmp/x`) is
 * reported as a recursion and left out, and the copy goes on with the other entries.
 */
function copy(state: ShellState, from: string, to: string, recursive: boolean, offset: number, run: CopyRun): string | undefined {
  const fs = state.host.fs;
  tick(state, offset);
  if (fs.isDir(from)) {
    if (!recursive) return `omitting directory '${from}'`;
    if (run.created.has(from)) {
      run.report(`recursion detected, omitting directory '${from}'`);
      run.incomplete = true;
      return undefined;
    }
    if (!fs.isDir(to)) {
      if (!fs.mkdir(to, false)) return `can't create directory '${to}'`;
      run.created.add(to);
    }
    for (const name of fs.list(from)) {
      const error = copy(state, `${from === '/' ? '' : from}/${name}`, `${to}/${name}`, true, offset, run);
      if (error) return error;
    }
    return undefined;
  }
  const content = fs.read(from);
  if (content === undefined) return `can't stat '${from}': No such file or directory`;
  if (content.length > MAX_TEXT) throw tooLarge(offset);
  const result = fs.write(to, content, false);
  return result === 'ok' ? undefined : `can't create '${to}': ${writeError(result)}`;
}

function copyCommand(move: boolean): CommandImpl {
  return (call) => {
    const { flags, operands } = parseOptions(call.args, 't');
    const fs = call.state.host.fs;
    const name = move ? 'mv' : 'cp';
    const target = operands.pop();
    if (target === undefined || operands.length === 0) return fail(call, `${name}: missing file operand`);
    const dest = resolvePath(call.state, target);
    if (operands.length > 1 && !fs.isDir(dest)) return fail(call, `${name}: '${target}' is not a directory`);
    let status = 0;
    const run: CopyRun = { created: new Set(), incomplete: false, report: (message) => { status = fail(call, `${name}: ${message}`); } };
    for (const arg of operands) {
      const from = resolvePath(call.state, arg);
      const to = fs.isDir(dest) ? `${dest === '/' ? '' : dest}/${from.split('/').pop() ?? ''}` : dest;
      // rename(2) will not make a directory a subdirectory of itself (EINVAL).
      if (move && fs.isDir(from) && (to === from || to.startsWith(from === '/' ? '/' : `${from}/`))) {
        status = fail(call, `${name}: can't rename '${arg}': Invalid argument`);
        continue;
      }
      run.incomplete = false;
      const error = copy(call.state, from, to, move || flags.has('r') || flags.has('R') || flags.has('a'), call.offset, run);
      if (error) status = fail(call, `${name}: ${error}`);
      else if (move && !run.incomplete) fs.remove(from);
    }
    return status;
  };
}

function ls(call: CommandCall): number {
  const { flags, operands } = parseOptions(call.args);
  const fs = call.state.host.fs;
  const long = flags.has('l');
  const all = flags.has('a') || flags.has('A');
  const stamp = formatDate(SIMULATED_EPOCH_MS + call.state.host.now(), '%b %e %H:%M');
  const line = (path: string, name: string): string => {
    if (!long) return `${name}\n`;
    const dir = fs.isDir(path);
    const size = dir ? 4096 : fs.size(path) ?? 0;
    return `${dir ? 'drwxr-xr-x' : '-rw-r--r--'}    ${dir ? 2 : 1} root     root     ${String(size).padStart(9)} ${stamp} ${name}\n`;
  };
  const targets = operands.length === 0 ? ['.'] : operands;
  let status = 0;
  targets.forEach((arg, i) => {
    const path = resolvePath(call.state, arg);
    if (!fs.exists(path)) {
      status = fail(call, `ls: ${arg}: No such file or directory`);
      return;
    }
    if (!fs.isDir(path) || flags.has('d')) {
      call.io.out.write(line(path, arg));
      return;
    }
    if (targets.length > 1) call.io.out.write(`${i > 0 ? '\n' : ''}${arg}:\n`);
    for (const name of fs.list(path)) {
      if (name.startsWith('.') && !all) continue;
      call.io.out.write(line(`${path === '/' ? '' : path}/${name}`, name));
    }
  });
  return status;
}

/** chmod/chown: permissions are not modelled, so only the operands' existence matters. */
function permissions(name: string): CommandImpl {
  return (call) => {
    const operands = call.args.filter((a) => !a.startsWith('-')).slice(1);
    if (operands.length === 0) return fail(call, `${name}: missing operand`);
    let status = 0;
    for (const arg of operands) {
      if (!call.state.host.fs.exists(resolvePath(call.state, arg))) status = fail(call, `${name}: ${arg}: No such file or directory`);
    }
    return status;
  };
}

/** Commands on files and directories. */
export const fileCommands: Record<string, CommandImpl> = {
  touch,
  mkdir,
  cat,
  rm,
  cp: copyCommand(false),
  mv: copyCommand(true),
  ls,
  chmod: permissions('chmod'),
  chown: permissions('chown'),
};
