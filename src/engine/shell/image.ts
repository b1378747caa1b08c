// A container with no command runs its image's default: the behaviour from the image table, or
// its args through the shell subset when the image has no entrypoint (see src/scenario/images.ts).
import { ForeverSignal } from './signals';
import { type ImageBehaviour, lookupImage } from '../../scenario/images';
import { formatDate, SIMULATED_EPOCH_MS } from './dateFormat';
import { runArgv } from './run';
import type { ShellHost, ShellProcess, ShellSignals, ShellWarning } from './types';

/** A warning about an image default; `argIndex` is set when it concerns one of the args. */
export type ImageWarning = ShellWarning & { argIndex?: number };

/** Runs the default of `image` with the container's `args` (undefined or empty when not set). */
export function runImageDefault(image: string, args: string[] | undefined, host: ShellHost): { process: ShellProcess; warnings: ImageWarning[]; signals?: ShellSignals } {
  const entry = lookupImage(image);
  if (!entry) {
    const message = `image "${image}" is not in the simulator's table: it runs until stopped`;
    return { process: runForever(), warnings: [{ message, offset: 0 }] };
  }
  if (args && args.length > 0) {
    if (!entry.entrypoint) return runArgv(args, host);
    if (entry.program) {
      const prefix = entry.program.length;
      const started = runArgv([...entry.program, ...args], host);
      return { process: started.process, warnings: started.warnings.map((w) => ({ ...w, argIndex: w.argIndex - prefix })), signals: started.signals };
    }
  }
  return { process: runTable(entry, host), warnings: [] };
}

function* runForever(): ShellProcess {
  yield { kind: 'forever' };
  return 137;
}

function* runTable(entry: ImageBehaviour, host: ShellHost): ShellProcess {
  const print = (lines: string[]): void => {
    try {
      for (const line of lines) {
        host.log(line.replace(/\{\{([^}]*)\}\}/g, (_, format: string) => formatDate(SIMULATED_EPOCH_MS + host.now(), format)));
      }
    } catch (signal) {
      // The container's log is full (a long crash loop): its lines are left out, the image behaves as before.
      if (!(signal instanceof ForeverSignal)) throw signal;
    }
  };
  const required = entry.requiredEnv;
  if (required && !required.anyOf.some((name) => (host.env[name] ?? '') !== '')) {
    print(required.logs);
    return required.exitCode;
  }
  print(entry.logs);
  if (entry.behaviour === 'exit') return entry.exitCode ?? 0;
  if (entry.startupMs) yield { kind: 'sleep', ms: entry.startupMs };
  for (const port of entry.ports) host.listen(port);
  print(entry.readyLogs ?? []);
  yield { kind: 'forever' };
  return 137;
}
