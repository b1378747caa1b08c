// Runs a container's program against simulated time and records how it ends.
import { describeInternalError } from '../shell/signals';
import type { ShellEffect, ShellProcess, ShellSignals, ShellWarning } from '../shell/types';
import type { ContainerSpec } from '../manifest/model';
import { explainContainer, recording, type Why } from './causes';
import type { SimContext } from './context';
import { programExitWhy } from './evidence';
import type { Instance } from './runtime';
import { timing } from './timing';

/** Stops an instance: it is exited from now on, and whoever waits on it is woken; `why` defaults to its program's own exit. */
export function exitInstance(ctx: SimContext, inst: Instance, exitCode: number, reason?: string, why?: Why): void {
  if (inst.state === 'exited') return;
  if (recording(ctx)) explainContainer(ctx, inst.name, 'state', why ?? programExitWhy(ctx, inst, exitCode), 'terminated');
  inst.state = 'exited';
  inst.exitCode = exitCode;
  inst.reason = reason ?? (exitCode === 0 ? 'Completed' : 'Error');
  inst.finishedAt = ctx.sched.now;
  inst.startedAt ??= ctx.sched.now;
  inst.token++;
  inst.listening.clear();
  const waiters = inst.onExit;
  inst.onExit = [];
  for (const w of waiters) w();
  ctx.runtimeChanged();
}

/** A warning in the trace, once per message and place. */
export function addWarning(ctx: SimContext, message: string, position?: { line: number; column: number }): void {
  const w = ctx.rec.warnings;
  if (w.some((x) => x.message === message && x.line === position?.line && x.column === position?.column)) return;
  w.push(position ? { message, line: position.line, column: position.column } : { message });
}

/** Maps a warning at `offset` inside command/args item `argIndex` to a place in the scenario text. */
export function warningPosition(spec: ContainerSpec, argIndex: number, offset: number, value: string): { line: number; column: number } {
  const lines = spec.argLines?.[argIndex];
  const before = value.slice(0, Math.max(0, offset));
  const lineIndex = before.split('\n').length - 1;
  const column = before.length - (before.lastIndexOf('\n') + 1);
  const start = lines?.[Math.min(lineIndex, lines.length - 1)];
  if (start) return { line: start.line, column: start.column + column };
  const p = spec.argPositions[argIndex] ?? spec.position;
  return { line: p.line, column: p.column };
}

/** Reports warnings of a program, prefixed with the container's name; `argv` is what it runs. */
export function reportWarnings(ctx: SimContext, spec: ContainerSpec, warnings: (ShellWarning & { argIndex?: number })[], argv: string[]): void {
  for (const w of warnings) {
    const message = `container "${spec.name}": ${w.message}`;
    // A warning found when the script was parsed is not repeated when the process reaches the place.
    if (w.argIndex === undefined && ctx.rec.warnings.some((x) => x.message === message)) continue;
    const argIndex = w.argIndex ?? scriptIndex(argv);
    const pos = argIndex === undefined ? spec.position : warningPosition(spec, argIndex, w.offset, argv[argIndex] ?? '');
    addWarning(ctx, message, pos);
  }
}

/** The argv element holding the script of `sh -c SCRIPT`, if any. */
export function scriptIndex(argv: string[]): number | undefined {
  const c = argv.indexOf('-c');
  return c >= 0 && c + 1 < argv.length ? c + 1 : argv.length > 0 ? 0 : undefined;
}

/**
 * Drives a running instance's process from a moment after its start; it exits with the code the
 * program returns. A trapped signal resumes a shell that waits interruptibly (the `wait` builtin)
 * at once; any other wait is let run to its end, as a shell waits out its foreground command.
 */
export function driveProcess(ctx: SimContext, inst: Instance, proc: ShellProcess, argv: string[], signals?: ShellSignals): void {
  const token = inst.token;
  let wake = 0;
  let interruptible = false;
  const schedule = (ms: number): void => {
    const id = ++wake;
    ctx.sched.at(ctx.sched.now + ms, () => { if (id === wake) step(); });
  };
  const step = (): void => {
    if (inst.token !== token || inst.state !== 'running') return;
    interruptible = false;
    let r: IteratorResult<ShellEffect, number>;
    try {
      r = proc.next();
    } catch (err) {
      addWarning(ctx, `container "${inst.name}": the simulator could not run this program (${describeInternalError(err)}); it keeps running`, inst.spec.position);
      return;
    }
    if (r.done) { exitInstance(ctx, inst, r.value, undefined, inst.stopWhy?.(r.value)); return; }
    const effect = r.value;
    interruptible = effect.interruptible === true;
    if (effect.kind === 'sleep') schedule(Math.max(0, Math.round(effect.ms)));
    else if (effect.warning) reportWarnings(ctx, inst.spec, [effect.warning], argv);
  };
  inst.signals = signals && {
    send: (signal) => {
      const outcome = signals.send(signal);
      if (outcome === 'trap' && interruptible && inst.token === token) {
        interruptible = false;
        schedule(0);
      }
      return outcome;
    },
    ranSince: (signal, since) => [...signals.ran()].reverse().find((r) => r.signal === signal && r.at >= since)?.action,
    trapFor: (signal) => signals.trapFor(signal),
  };
  schedule(timing.processStartMs);
}
