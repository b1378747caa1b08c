// Linux signal numbers and names, as busybox's get_signum reads them (libbb/u_signal_names.c): a
// number, or a name with or without SIG, in any case; EXIT is 0 for `trap`.

/** Linux signal names by number (x86 and arm numbering; 0 is the shell's EXIT pseudo-signal). */
const NAMES: readonly string[] = [
  'EXIT', 'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE',
  'ALRM', 'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM',
  'PROF', 'WINCH', 'POLL', 'PWR', 'SYS',
];

/** NSIG on Linux: signal numbers a shell accepts are below it. */
const NSIG = 65;

/** SIGKILL, which nothing can catch or ignore. */
export const SIGKILL = 9;

/** SIGTERM, the default stop signal. */
export const SIGTERM = 15;

/** SIGINT and SIGQUIT: a background job of a non-interactive shell starts with them ignored. */
export const SIGINT = 2;
export const SIGQUIT = 3;

/** The number of a signal given as `15`, `TERM`, `SIGTERM` or `sigterm`; undefined when unknown. */
export function signalNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n < NSIG ? n : undefined;
  }
  const name = text.toUpperCase().replace(/^SIG/, '');
  if (name === 'IO') return 29;
  if (name === 'IOT') return 6;
  const index = NAMES.indexOf(name);
  if (index >= 0) return index;
  const rt = /^RTMIN(?:\+(\d+))?$|^RTMAX(?:-(\d+))?$/.exec(name);
  if (!rt) return undefined;
  const n = rt[0].startsWith('RTMIN') ? 34 + Number(rt[1] ?? 0) : 64 - Number(rt[2] ?? 0);
  return n >= 34 && n < NSIG ? n : undefined;
}

/** The short name of a signal number (`TERM`), as `trap` and `kill -l` print it. */
export function signalName(n: number): string {
  return NAMES[n] ?? (n >= 34 && n < NSIG ? `RTMIN+${n - 34}` : String(n));
}

/** Every signal `kill -l` lists, as busybox prints them (`%2u) %s`). */
export function signalList(): string[] {
  return NAMES.slice(1).map((name, i) => `${String(i + 1).padStart(2)}) ${name}`);
}
