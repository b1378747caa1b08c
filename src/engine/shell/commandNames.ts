// The commands the shell subset interprets, known to the parser (for static warnings) and to the
// interpreter. A test checks that every name here has an implementation.

/** Every command name the subset runs (after stripping /bin/, /usr/bin/ and similar prefixes). */
export const COMMAND_NAMES: readonly string[] = [
  // control and builtins
  ':', 'true', 'false', 'exit', 'sleep', 'export', 'unset', 'set', 'trap', 'cd', 'pwd', 'wait', 'break',
  'continue', 'exec', 'shift', 'kill', 'sh', 'bash', 'ash', 'dash', 'timeout', 'return', 'local', 'read', 'eval', '.', 'source',
  // text
  'echo', 'printf', '[', 'test', 'seq', 'env', 'printenv', 'hostname', 'date', 'id', 'whoami', 'uname',
  'basename', 'dirname', 'cut', 'tr', 'sort', 'uniq', 'expr',
  // files
  'touch', 'mkdir', 'cat', 'rm', 'cp', 'mv', 'ls', 'chmod', 'chown', 'tee', 'grep', 'head', 'tail', 'wc',
  // network
  'nslookup', 'getent', 'wget', 'curl', 'nc', 'httpd', 'ping',
];

const KNOWN = new Set(COMMAND_NAMES);
const PREFIXES = ['/usr/local/bin/', '/usr/local/sbin/', '/usr/bin/', '/usr/sbin/', '/bin/', '/sbin/'];

/** The subset's name for a command word: `/bin/sleep` is `sleep`; undefined when not supported. */
export function commandName(word: string): string | undefined {
  if (KNOWN.has(word)) return word;
  for (const prefix of PREFIXES) {
    if (word.startsWith(prefix) && KNOWN.has(word.slice(prefix.length))) return word.slice(prefix.length);
  }
  return undefined;
}

/** The warning text for a command outside the subset. */
export function unsupportedCommandMessage(name: string): string {
  return `unsupported command "${name}": the container runs forever from here`;
}
