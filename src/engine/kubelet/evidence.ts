// What a container's own shell did: the last command it ran, and runs of the commands that look
// at the world (DNS, HTTP, TCP, files), so a cause can say "nslookup failed until Service X appeared".
import type { CommandEvidence, TraceAttempts } from '../../scenario/trace';
import { commandName } from '../shell/commandNames';
import type { Why } from './causes';
import { formatClock } from './causeText';
import type { SimContext } from './context';
import { resolveName } from './network';
import type { Instance } from './runtime';

const queries = new Set(['nslookup', 'getent', 'wget', 'curl', 'nc', 'ping', 'test', '[']);
const maxCommand = 160;

/** What an exit status means for a command, in plain words. */
export function resultWords(name: string | undefined, args: string[], status: number): string {
  const ok = status === 0;
  switch (name) {
    case 'nslookup': case 'getent': return ok ? 'resolves' : 'can\'t resolve';
    case 'wget': case 'curl': return ok ? 'got a response' : 'failed to connect or fetch';
    case 'nc': return ok ? 'port accepts connections' : 'connection refused';
    case 'ping': return ok ? 'host answers' : 'host unreachable';
    case 'test': case '[': return ok ? 'true' : (args.some((a) => /^-[efdsrwx]$/.test(a)) ? 'false (no such file)' : 'false');
    case 'exit': return `exits the shell with ${status}`;
    case 'sleep': return ok ? 'slept' : 'failed';
    default: return ok ? 'succeeded' : `failed with ${status}`;
  }
}

function clip(text: string): string {
  return text.length > maxCommand ? `${text.slice(0, maxCommand - 1)}…` : text;
}

/**
 * A command line as a cause cites it, at most `maxCommand` characters: `clip(argv.join(' '))`,
 * built from the words' first characters only, so a word of 100 KB costs no more than a short one.
 */
export function commandText(argv: string[]): string {
  let text = '';
  for (let i = 0; i < argv.length && text.length <= maxCommand; i++) {
    const word = argv[i] ?? '';
    // One character more than fits, so a cut word still makes the text too long and clipped.
    const head = word.length > maxCommand ? word.slice(0, maxCommand + 1) : word;
    text = i === 0 ? head : `${text} ${head}`;
  }
  return clip(text);
}

/** The shell tells the kubelet side of a command that ended in a container's main process. */
export function noteCommand(ctx: SimContext, inst: Instance, argv: string[], status: number): void {
  const now = ctx.sched.now;
  // Kept as given and worded only when a cause cites it: most commands are never cited.
  inst.lastArgv = argv;
  inst.lastStatus = status;
  inst.lastAt = now;
  const name = commandName(argv[0] ?? '');
  if (status !== 0 && name !== 'exit') {
    inst.failedArgv = argv;
    inst.failedStatus = status;
    inst.failedAt = now;
  }
  if (name === undefined || !queries.has(name)) return;
  const list = ctx.rec.attempts;
  // A polling loop runs the same argv again and again: compare it before building its text.
  const same = inst.lastQuery;
  if (same && same.status === status && sameArgv(same.argv, argv)) {
    const run = list[same.index];
    if (run) { run.last = now; run.count++; return; }
  }
  const command = commandText(argv);
  const open = inst.openAttempts ??= new Map<string, number>();
  const i = open.get(command);
  const run = i === undefined ? undefined : list[i];
  if (run && run.status === status) {
    run.last = now;
    run.count++;
    inst.lastQuery = { argv, status, index: i as number };
    return;
  }
  if (run && (run.status === 0) !== (status === 0)) inst.flip = { before: run, at: now };
  const next: TraceAttempts = { container: inst.name, command, status, result: resultOf(ctx, name, argv.slice(1), status), from: now, last: now, count: 1 };
  open.set(command, list.length);
  inst.lastQuery = { argv, status, index: list.length };
  list.push(next);
}

/**
 * Whether two command lines are the same, when that is quick to tell: a word longer than a cause
 * cites counts as different, and the caller finds the run by the cited text instead.
 */
function sameArgv(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    if (x.length > maxCommand || x !== b[i]) return false;
  }
  return true;
}

/** The words of the last command worded, per container: a crash loop cites the same command at every exit. */
interface Worded { argv: string[]; status: number; command: string; result: string }

const wordedFor = new WeakMap<SimContext, Map<string, Worded>>();

function evidence(ctx: SimContext, argv: string[] | undefined, status: number | undefined, at: number | undefined, container: string, failed: boolean): CommandEvidence | undefined {
  if (!argv || status === undefined || at === undefined) return undefined;
  let cache = wordedFor.get(ctx);
  if (!cache) { cache = new Map(); wordedFor.set(ctx, cache); }
  const key = failed ? `${container}\u0000failed` : container;
  const hit = cache.get(key);
  if (hit && hit.status === status && sameArgv(hit.argv, argv)) return { command: hit.command, status, result: hit.result, at };
  const name = commandName(argv[0] ?? '');
  const args = argv.slice(1);
  const command = commandText(argv);
  const result = resultOf(ctx, name, args, status);
  // A network command's result names a host that may resolve later: it is worded again each time.
  if (hostOf(name, args) === undefined) cache.set(key, { argv, status, command, result });
  return { command, status, result, at };
}

/** The host a network command talks to (`nc -z HOST PORT`, `wget http://HOST/…`), if it names one. */
function hostOf(name: string | undefined, args: string[]): string | undefined {
  if (name !== 'nc' && name !== 'ping' && name !== 'wget' && name !== 'curl') return undefined;
  const plain = args.filter((a) => !a.startsWith('-'));
  if (name === 'nc' || name === 'ping') return plain[0];
  if (name === 'wget' || name === 'curl') {
    const url = plain.find((a) => /^https?:\/\//.test(a));
    return url?.replace(/^https?:\/\//, '').split(/[/:]/)[0];
  }
  return undefined;
}

/** Like `resultWords`, but a network command whose host does not resolve says so, as busybox prints it. */
function resultOf(ctx: SimContext, name: string | undefined, args: string[], status: number): string {
  if (status !== 0) {
    const host = hostOf(name, args);
    if (host !== undefined && resolveName(ctx, host) === undefined) return `bad address '${host}'`;
  }
  return resultWords(name, args, status);
}

/** The evidence of a program that exited by itself: the last command, and what changed in the world before it. */
export function programExitWhy(ctx: SimContext, inst: Instance, exitCode: number): Why {
  const last = evidence(ctx, inst.lastArgv, inst.lastStatus, inst.lastAt, inst.name, false);
  const what = `its program ended with exit code ${exitCode}`;
  const exited = commandName(inst.lastArgv?.[0] ?? '') === 'exit';
  const failed = exited ? evidence(ctx, inst.failedArgv, inst.failedStatus, inst.failedAt, inst.name, true) : undefined;
  const outcome = !last ? '' : last.status === 0 ? (last.result === 'succeeded' ? 'succeeded' : `succeeded (${last.result})`) : `returned ${last.status} (${last.result})`;
  let text = what;
  if (last && exited) text = `its script ran \`${last.command}\` at ${formatClock(last.at)}${failed ? ` after \`${failed.command}\` failed (${failed.result})` : ''}`;
  else if (last) text = `${what} right after \`${last.command}\` ${outcome} at ${formatClock(last.at)}`;
  const why: Why = { rule: 'exit.program', trigger: { kind: 'program-exit', text, ...(last ? { command: last } : {}) } };
  const flip = inst.flip;
  if (flip && ctx.sched.now - flip.at < 60_000) {
    const b = flip.before;
    const same = last?.command === b.command ? 'it' : `\`${b.command}\``;
    text += `; ${same} had ${b.status === 0 ? 'succeeded' : `failed (${b.result})`} ${b.count === 1 ? 'once, at' : `${b.count} times, from`} ${formatClock(b.from)}${b.count === 1 ? '' : ` to ${formatClock(b.last)}`}`;
    const event = lastScenarioEventBetween(ctx, b.last, flip.at);
    if (event !== undefined) {
      const e = ctx.rec.scenarioEvents[event];
      if (e) text += `, and in between came the scenario event "${e.label}" at ${formatClock(e.t)}`;
      why.trigger.scenarioEvent = event;
    }
    why.trigger.text = text;
  }
  return why;
}

function lastScenarioEventBetween(ctx: SimContext, from: number, to: number): number | undefined {
  const list = ctx.rec.scenarioEvents;
  for (let i = list.length - 1; i >= 0; i--) {
    const e = list[i];
    if (e && e.applied && e.t > from && e.t <= to) return i;
  }
  return undefined;
}
