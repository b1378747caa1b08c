// File commands over the host's file system, with busybox's messages.
import { MAX_TEXT, takeInput, tooLarge } from '../io';
import { formatDate, SIMULATED_EPOCH_MS } from '../dateFormat';
import { resolvePath, type ShellState, tick } from '../state';
import type { ShellFs } from '../types';
import { type CommandCall, type CommandImpl, fail, parseSupported, unsupportedOption } from './types';

function writeError(result: ReturnType<ShellFs['write']>): string {
  return result === 'readonly' ? 'Read-only file system' : result === 'isdir' ? 'Is a directory' : result === 'nospace' ? 'No space left on device' : result === 'toolong' ? 'File name too long' : 'No such file or directory';
}

/** touch [-c] [-a] [-m] [-d DATE] [-t STAMP] [-r FILE]: file times are not modelled, so only creation matters. */
function touch(call: CommandCall): number {
  const { flags, operands } = parseSupported(call, 'cam', 'dtr');
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

/** mkdir [-p] [-m MODE]: modes are not modelled. */
function mkdir(call: CommandCall): number {
  const { flags, operands } = parseSupported(call, 'p', 'm', { parents: 'p', mode: 'm' });
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

/**
 * cat [-nb] [-u]: -n numbers every line, -b the non-empty ones (`%6d` and a tab, counting on
 * across files); -u (unbuffered) changes nothing here. -v, -e, -t and -A run forever.
 */
function cat(call: CommandCall): number {
  const fs = call.state.host.fs;
  const { flags, operands } = parseSupported(call, 'nbu');
  const numbering = flags.has('b') ? 'b' : flags.has('n') ? 'n' : undefined;
  let line = 0;
  const write = (text: string): void => {
    if (!numbering) {
      call.io.out.write(text);
      return;
    }
    for (const piece of text.match(/[^\n]*\n|[^\n]+$/g) ?? []) {
      call.io.out.write(numbering === 'b' && piece === '\n' ? piece : `${String(++line).padStart(6)}\t${piece}`);
    }
  };
  let status = 0;
  for (const arg of operands.length === 0 ? ['-'] : operands) {
    if (arg === '-') {
      write(takeInput(call.io));
      continue;
    }
    const path = resolvePath(call.state, arg);
    if (fs.isDir(path)) status = fail(call, `cat: read error: Is a directory`);
    else {
      const content = fs.read(path);
      // With -n or -b busybox reads through its nl code, whose message names the file alone.
      if (content === undefined) status = fail(call, numbering ? `cat: ${arg}: No such file or directory` : `cat: can't open '${arg}': No such file or directory`);
      else write(content);
    }
  }
  return status;
}

/** rm [-rRf]: -i would ask on a terminal there is none of, and -v runs forever too. */
function rm(call: CommandCall): number {
  const { flags, operands } = parseSupported(call, 'rRf', '', { recursive: 'r', force: 'f' });
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

/**
 * cp [-rRapdPf] and mv [-f]: modes, times and links are not modelled, so -p, -d and -P change
 * nothing and -a is -R; a target directory by -t, no-clobber, interactive or verbose runs forever.
 */
function copyCommand(move: boolean): CommandImpl {
  return (call) => {
    const { flags, operands } = move ? parseSupported(call, 'f', '', { force: 'f' }) : parseSupported(call, 'rRapdPf', '', { recursive: 'R', archive: 'a', force: 'f' });
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

/** The 1 KiB blocks `ls -l`'s total counts for an entry: a 4 KiB block for a directory and for each started 4 KiB of a file. */
function blocks(fs: ShellFs, path: string): number {
  return fs.isDir(path) ? 4 : Math.ceil((fs.size(path) ?? 0) / 4096) * 4;
}

/**
 * ls [-1aAdlLpRr]: one name a line (the output is no terminal), files named on the command line
 * first, then each directory under a `NAME:` header; -l with a `total` of blocks, -R down the
 * tree. Sorting by time or size, columns and other formats run forever.
 */
function ls(call: CommandCall): number {
  const { flags, operands } = parseSupported(call, '1aAdlLpRr');
  const fs = call.state.host.fs;
  const long = flags.has('l');
  const order = (names: string[]): string[] => (flags.has('r') ? [...names].sort().reverse() : [...names].sort());
  const stamp = formatDate(SIMULATED_EPOCH_MS + call.state.host.now(), '%b %e %H:%M');
  const line = (path: string, name: string): string => {
    const dir = fs.isDir(path);
    const shown = flags.has('p') && dir ? `${name}/` : name;
    if (!long) return `${shown}\n`;
    const size = dir ? 4096 : fs.size(path) ?? 0;
    const links = dir ? 2 + fs.list(path).filter((n) => fs.isDir(`${path === '/' ? '' : path}/${n}`)).length : 1;
    return `${dir ? 'drwxr-xr-x' : '-rw-r--r--'}${String(links).padStart(5)} root     root     ${String(size).padStart(9)} ${stamp} ${shown}\n`;
  };
  const child = (path: string, name: string): string => (name === '.' ? path : name === '..' ? path.slice(0, path.lastIndexOf('/')) || '/' : `${path === '/' ? '' : path}/${name}`);
  let status = 0;
  let printed = false;
  const targets = operands.length === 0 ? ['.'] : operands;
  const files: string[] = [];
  const dirs: string[] = [];
  for (const arg of order(targets)) {
    const path = resolvePath(call.state, arg);
    if (!fs.exists(path)) status = fail(call, `ls: ${arg}: No such file or directory`);
    else if (!fs.isDir(path) || flags.has('d')) files.push(arg);
    else dirs.push(arg);
  }
  for (const arg of files) {
    call.io.out.write(line(resolvePath(call.state, arg), arg));
    printed = true;
  }
  const headers = flags.has('R') || targets.length > 1;
  const listDir = (arg: string, path: string): void => {
    tick(call.state, call.offset);
    const names = order(fs.list(path).filter((n) => !n.startsWith('.') || flags.has('a') || flags.has('A')));
    const entries = flags.has('a') ? ['.', '..', ...names] : names;
    if (headers) call.io.out.write(`${printed ? '\n' : ''}${arg}:\n`);
    printed = true;
    if (long) call.io.out.write(`total ${entries.reduce((sum, n) => sum + blocks(fs, child(path, n)), 0)}\n`);
    for (const name of entries) call.io.out.write(line(child(path, name), name));
    if (!flags.has('R')) return;
    for (const name of names) {
      const sub = child(path, name);
      if (fs.isDir(sub)) listDir(`${arg === '/' ? '' : arg.replace(/\/+$/, '')}/${name}`, sub);
    }
  };
  for (const arg of dirs) listDir(arg, resolvePath(call.state, arg));
  return status;
}

/**
 * chmod/chown [-Rf] MODE|OWNER FILE...: permissions are not modelled, so only the operands'
 * existence matters (busybox's -f still reports a missing file). A chmod mode may itself start
 * with `-` (`-x`).
 */
function permissions(name: string): CommandImpl {
  return (call) => {
    let i = 0;
    for (; i < call.args.length; i++) {
      const arg = call.args[i] ?? '';
      if (arg === '--') { i++; break; }
      if (!arg.startsWith('-') || arg === '-' || (name === 'chmod' && /^-[rwxXstugoa]/.test(arg))) break;
      for (const c of arg.slice(1)) {
        if (c !== 'f' && c !== 'R') throw unsupportedOption(call, `-${c}`);
      }
    }
    const operands = call.args.slice(i + 1);
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
