// The contract between the container shell subset and the simulation that hosts it.
import type { ParsedText, TextCache } from './parseCache';

/** A container's view of files: its volumes at their mount paths, the rest private to one run. */
export interface ShellFs {
  /** File content, or undefined when there is no such file. */
  read(path: string): string | undefined;
  /** A file's length, or undefined when there is no such file; unlike `read`, not charged as data read. */
  size(path: string): number | undefined;
  /** Writes (or appends to) a file; 'readonly' for read-only mounts, 'nodir' when the parent is missing, 'nospace' when the volume is full, 'toolong' past PATH_MAX. */
  write(path: string, content: string, append: boolean): 'ok' | 'readonly' | 'nodir' | 'isdir' | 'nospace' | 'toolong';
  exists(path: string): boolean;
  isDir(path: string): boolean;
  /** Creates a directory (with parents when asked); false when it cannot. */
  mkdir(path: string, parents: boolean): boolean;
  /** Removes a file or (recursively) a directory; false when absent. */
  remove(path: string): boolean;
  /** Names directly under a directory, sorted. */
  list(path: string): string[];
}

/** What the simulation offers a running script, evaluated at the current simulated instant. */
export interface ShellHost {
  /** Simulated ms now. */
  now(): number;
  /** DNS lookup: the address a name resolves to, or undefined (NXDOMAIN). */
  resolve(name: string): string | undefined;
  /** TCP connect: true when something accepts on host:port now. */
  connect(host: string, port: number): boolean;
  /** HTTP GET: the response, or undefined when the connection fails. */
  httpGet(host: string, port: number, path: string): { status: number; body: string } | undefined;
  /** Starts listening on a port of the pod's network namespace (servers, `nc -l`, `httpd`). */
  listen(port: number): void;
  fs: ShellFs;
  /** A line written to the container's stdout/stderr (its log). */
  log(line: string): void;
  env: Record<string, string>;
  hostname: string;
  /** Told of every simple command once it ends (argv after expansion, exit status): the evidence causes cite. */
  noteCommand?: (argv: string[], status: number) => void;
  /** Pattern work (regex, glob, `${V#p}`) the whole run may still do, shared by every process of the run; absent: each command's own budget only. */
  patternWork?: { left: number };
  /**
   * Told of the data a command goes through beyond the step budget's reach (a long value a word
   * expands to, a script text `eval` or `sh -c` parses), in characters; it stops the process once
   * the whole run has gone through its bound. Absent: no bound beyond each value's own size.
   */
  dataWork?: (units: number) => void;
  /** This run's cache of parsed script texts (see parseCache.ts), shared by its processes; absent: each text is charged and parsed anew or from the shared cache. */
  parsedTexts?: TextCache<ParsedText>;
  /** Steps the busy loops of the whole run may still take (see BUSY_STEPS_PER_RUN); absent: no bound beyond each process's own. */
  busySteps?: { left: number };
  /** A warning that does not stop the program (a command failed on a simulator bound), located by offset in the script. */
  warn?: (warning: ShellWarning) => void;
  /** Told as each simple command starts, before its words are expanded (offset in its script): where a run that never returns was last seen. */
  beginCommand?: (offset: number) => void;
}

/** What a running script asks of simulated time. */
export type ShellEffect =
  /** `interruptible`: the shell waits in the `wait` builtin, which a trapped signal ends at once (resume it early). */
  | { kind: 'sleep'; ms: number; interruptible?: boolean }
  /** The process runs until it is killed (a server, or something the subset cannot interpret); `interruptible` as for sleep. */
  | { kind: 'forever'; warning?: ShellWarning; interruptible?: boolean };

/**
 * How a signal sent to PID 1 lands: 'trap' (queued; its action runs once the foreground command
 * returns, at once when the shell waits interruptibly), 'ignored' (`trap '' SIG`, or inherited
 * as ignored), 'default' (no handler: the kernel ignores it for PID 1 of a PID namespace).
 */
export type SignalOutcome = 'trap' | 'ignored' | 'default';

/** The way into a running container process from outside: send it a signal, read which trap actions ran. */
export interface ShellSignals {
  send(signal: number): SignalOutcome;
  /** Trap actions that ran, oldest first, with the signal and the instant. */
  ran(): readonly { signal: number; action: string; at: number }[];
  /** The trap action for a signal, if PID 1 has one ('' when it ignores it). */
  trapFor(signal: number): string | undefined;
}

/** A remark about a script, located by character offset in the script text. */
export interface ShellWarning {
  message: string;
  offset: number;
}

/** A running process: yields effects, returns its exit code. */
export type ShellProcess = Generator<ShellEffect, number, void>;
