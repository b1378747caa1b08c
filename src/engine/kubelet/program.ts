// What a started container runs: its command and args through the shell subset, or its
// image's default entrypoint from the image table.
import { lookupImage } from '../../scenario/images';
import { runImageDefault } from '../shell/image';
import { runArgv } from '../shell/run';
import type { SimContext } from './context';
import { noteCommand } from './evidence';
import { createHost, environmentsOf, expandReferences, expansionBudget, keepLogLine, warnCutExpansion } from './host';
import { driveProcess, reportWarnings } from './process';
import { watchCommands } from './progress';
import type { Instance } from './runtime';

/** Starts the program of a freshly started instance. */
export function startProgram(ctx: SimContext, inst: Instance): void {
  const spec = inst.spec;
  const { process: env, kubelet } = environmentsOf(ctx, spec);
  const log = (line: string): void => {
    keepLogLine(ctx, spec, line);
    ctx.rec.logs.push({ t: ctx.sched.now, container: spec.name, line });
    ctx.rec.lastChange = ctx.sched.now;
  };
  const host = createHost(ctx, inst, log, env);
  if (ctx.rec.causes.enabled) host.noteCommand = (argv, status) => noteCommand(ctx, inst, argv, status);
  const budget = expansionBudget();
  // ExpandContainerCommandAndArgs: from the variables the kubelet made, not the image's.
  const expand = (args: string[] | undefined) => args?.map((a) => expandReferences(a, kubelet, budget));
  if (spec.command) {
    const argv = [...(expand(spec.command) ?? []), ...(expand(spec.args) ?? [])];
    warnCutExpansion(ctx, spec, budget);
    watchCommands(ctx, inst, host, 'program', argv);
    host.warn = (w) => reportWarnings(ctx, spec, [w], argv);
    const started = runArgv(argv, host);
    reportWarnings(ctx, spec, started.warnings, argv);
    driveProcess(ctx, inst, started.process, argv, started.signals);
    return;
  }
  watchCommands(ctx, inst, host, 'program');
  const entry = lookupImage(spec.image);
  const args = expand(spec.args) ?? [];
  const started = runImageDefault(spec.image, expand(spec.args), host);
  inst.gracefulStop = entry?.behaviour === 'serve' && (!spec.args || entry.entrypoint !== undefined);
  reportWarnings(ctx, spec, started.warnings, args);
  driveProcess(ctx, inst, started.process, args, started.signals);
}
