// wget (busybox's messages) and curl (curl 8's messages and exit codes) over the host's HTTP.
import { openOutput } from '../redirect';
import { resolvePath } from '../state';
import { lookup, parseUrl, reasonPhrase } from './address';
import { unescape } from './text';
import { type CommandCall, type CommandImpl, fail, parseSupported, unsupportedOption } from './types';

const WGET_LONG: Record<string, string> = {
  quiet: 'q', spider: 'spider', 'output-document': 'O', timeout: 'T', tries: 't', 'user-agent': 'U', header: 'H',
  'server-response': 'S', 'no-check-certificate': 'k', continue: 'c', 'directory-prefix': 'P',
};

/**
 * wget [-q] [-O FILE|-] [-P DIR] [-T SECS] [-t N] [-U AGENT] [--header H] [-Y on|off] [-k]
 * [--spider] URL: one URL; -S (server response), -c (continue) and several URLs run forever.
 */
function wget(call: CommandCall): number {
  const { flags, values, operands } = parseSupported(call, 'qk', 'OTtUHPY', WGET_LONG);
  const quiet = flags.has('q');
  if (operands.length > 1) throw unsupportedOption(call, `'${operands[1] ?? ''}' (more than one URL)`);
  const target = operands[0];
  if (target === undefined) return fail(call, 'wget: missing URL');
  const url = parseUrl(target);
  if (!url) return fail(call, `wget: bad address '${target}'`);
  const ip = lookup(call.state, url.host);
  if (ip === undefined) return fail(call, `wget: bad address '${url.host}'`);
  if (!quiet) call.io.err.write(`Connecting to ${url.host}${url.explicitPort ? `:${url.port}` : ''} (${ip}:${url.port})\n`);
  const response = call.state.host.httpGet(url.host, url.port, url.path);
  if (!response) return fail(call, `wget: can't connect to remote host (${ip}): Connection refused`);
  if (response.status >= 400) return fail(call, `wget: server returned error: HTTP/1.1 ${response.status} ${reasonPhrase(response.status)}`);
  if (flags.has('spider')) {
    if (!quiet) call.io.err.write('remote file exists\n');
    return 0;
  }
  const named = values.get('O');
  const prefix = values.get('P');
  const remote = url.path.split(/[?#]/)[0]?.split('/').pop() || 'index.html';
  // -P puts the file in a directory; -O names the file itself, as given.
  const file = named ?? (prefix === undefined ? remote : `${prefix.replace(/\/+$/, '')}/${remote}`);
  if (file === '-') {
    call.io.out.write(response.body);
    return 0;
  }
  if (named === undefined && call.state.host.fs.exists(resolvePath(call.state, file))) {
    return fail(call, `wget: can't open '${file}': File exists`);
  }
  const sink = openOutput(call.state, file, false, call.io, call.offset);
  if (typeof sink === 'number') return sink;
  if (!quiet) call.io.err.write(`saving to '${file}'\n`);
  sink.write(response.body);
  if (!quiet) call.io.err.write(`'${file}' saved\n`);
  return 0;
}

const CURL_LONG: Record<string, string> = {
  silent: 's', 'show-error': 'S', fail: 'f', 'fail-with-body': 'fail-with-body', output: 'o', location: 'L', insecure: 'k',
  'max-time': 'm', head: 'I', include: 'i', verbose: 'v', 'write-out': 'w', request: 'X', header: 'H', data: 'd',
  'data-raw': 'd', 'data-binary': 'd', 'user-agent': 'A', 'remote-name': 'O', 'connect-timeout': '=connect-timeout',
  retry: '=retry', 'retry-delay': '=retry-delay', 'retry-max-time': '=retry-max-time', cacert: '=cacert', url: '=url',
};

/**
 * curl's common options; the simulated servers answer every method alike, so -X, -d and -H change
 * nothing. Verbose output (-v), ranges (-r) and options not listed run forever.
 */
function curl(call: CommandCall): number {
  const { flags, values, operands } = parseSupported(call, 'sSfLkIiO', 'owXHdmAeEu', CURL_LONG);
  const showErrors = !flags.has('s') || flags.has('S');
  const error = (code: number, message: string): number => {
    if (showErrors) call.io.err.write(`curl: (${code}) ${message}\n`);
    writeOut(0);
    return code;
  };
  const writeOut = (status: number): void => {
    const format = values.get('w');
    if (format === undefined) return;
    const code = String(status).padStart(3, '0');
    call.io.out.write(unescape(format.replace(/%\{(http_code|response_code)\}/g, code).replace(/%\{url_effective\}/g, target ?? '')).text);
  };
  const target = values.get('url') ?? operands[0];
  if (target === undefined) {
    return fail(call, "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information", 2);
  }
  const url = parseUrl(target);
  if (!url) return error(3, 'URL rejected: Malformed input to a URL function');
  if (lookup(call.state, url.host) === undefined) return error(6, `Could not resolve host: ${url.host}`);
  const response = call.state.host.httpGet(url.host, url.port, url.path);
  if (!response) return error(7, `Failed to connect to ${url.host} port ${url.port} after 0 ms: Couldn't connect to server`);
  const failing = response.status >= 400 && (flags.has('f') || flags.has('fail-with-body'));
  if (failing && !flags.has('fail-with-body')) {
    if (showErrors) call.io.err.write(`curl: (22) The requested URL returned error: ${response.status}\n`);
    writeOut(response.status);
    return 22;
  }
  const head = `HTTP/1.1 ${response.status} ${reasonPhrase(response.status)}\r\n\r\n`;
  const body = flags.has('I') ? head : (flags.has('i') ? head : '') + response.body;
  const file = values.get('o') ?? (flags.has('O') ? url.path.split('/').pop() || 'index.html' : undefined);
  const sink = file === undefined ? call.io.out : openOutput(call.state, file, false, call.io, call.offset);
  if (typeof sink === 'number') return error(23, `Failure writing output to destination`);
  sink.write(body);
  writeOut(response.status);
  if (!failing) return 0;
  if (showErrors) call.io.err.write(`curl: (22) The requested URL returned error: ${response.status}\n`);
  return 22;
}

/** HTTP clients. */
export const httpCommands: Record<string, CommandImpl> = { wget, curl };
