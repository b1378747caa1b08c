// DNS and TCP commands: nslookup (busybox 1.28's output), getent, nc, httpd, ping.
import { ForeverSignal } from '../signals';
import { type Run, sleepFor } from '../state';
import { lookup, qualifiedName } from './address';
import { type CommandCall, type CommandImpl, fail, parseSupported, unsupportedOption } from './types';

/** The cluster DNS Service as busybox prints it. */
const DNS_LINES = ['Server:    10.96.0.10', 'Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local', ''];

/** nslookup HOST, as busybox 1.28 has it: it takes no options, and another DNS server runs forever. */
function nslookup(call: CommandCall): number {
  const option = call.args.find((a) => a.startsWith('-'));
  if (option !== undefined) throw unsupportedOption(call, option);
  if (call.args.length > 1) throw unsupportedOption(call, `'${call.args[1] ?? ''}' (another DNS server)`);
  const name = call.args[0];
  if (name === undefined) {
    return fail(call, 'BusyBox v1.28.4 (2018-05-22 17:00:17 UTC) multi-call binary.\n\nUsage: nslookup [HOST] [SERVER]\n\nQuery the nameserver for the IP address of the given HOST\noptionally using a specified DNS server');
  }
  call.io.out.write(DNS_LINES.map((l) => `${l}\n`).join(''));
  const ip = lookup(call.state, name);
  if (ip === undefined) return fail(call, `nslookup: can't resolve '${name}'`);
  const fqdn = qualifiedName(call.state, name);
  call.io.out.write(`Name:      ${name}\nAddress 1: ${ip}${fqdn ? ` ${fqdn}` : ''}\n`);
  return 0;
}

function getent(call: CommandCall): number {
  const [database, ...keys] = call.args;
  if (database !== 'hosts' && database !== 'ahosts') return fail(call, `Unknown database: ${database ?? ''}`);
  let status = 0;
  for (const key of keys) {
    const ip = lookup(call.state, key);
    if (ip === undefined) status = 2;
    else call.io.out.write(`${ip.padEnd(15)} ${qualifiedName(call.state, key) ?? key}\n`);
  }
  return status;
}

/** nc [-l] [-p PORT] [-z] [-v] [-n] [-w SECS] [-q SECS]: running a program (-e), UDP and the like run forever. */
function nc(call: CommandCall): number {
  const { flags, values, operands } = parseSupported(call, 'lzvn', 'pwq');
  const { host } = call.state;
  if (flags.has('l')) {
    const port = Number(values.get('p') ?? operands[operands.length - 1]);
    if (!Number.isInteger(port) || port <= 0) return fail(call, 'nc: missing port for -l');
    host.listen(port);
    throw new ForeverSignal();
  }
  const [name, portText] = operands;
  const port = Number(portText ?? values.get('p'));
  if (name === undefined || !Number.isInteger(port) || port <= 0) return fail(call, 'nc: usage: nc [-z] [-v] [-w SEC] HOST PORT');
  const ip = lookup(call.state, name);
  if (ip === undefined) return fail(call, `nc: bad address '${name}'`);
  const open = host.connect(name, port);
  if (flags.has('z')) {
    if (flags.has('v')) call.io.err.write(open ? `${name} (${ip}:${port}) open\n` : `nc: ${name} (${ip}:${port}): Connection refused\n`);
    return open ? 0 : 1;
  }
  if (!open) return fail(call, `nc: can't connect to remote host (${ip}): Connection refused`);
  return 0;
}

/** busybox httpd: listens at once; without -f it daemonizes and the script goes on. */
function httpd(call: CommandCall): number {
  // -h (the document root) and -v change nothing the simulator shows; -d/-e (decoding), -c, -u, -r and the rest run forever.
  const { flags, values } = parseSupported(call, 'fv', 'ph');
  const port = Number((values.get('p') ?? '80').split(':').pop());
  if (!Number.isInteger(port) || port <= 0) return fail(call, `httpd: invalid port '${values.get('p') ?? ''}'`);
  call.state.host.listen(port);
  if (flags.has('f')) throw new ForeverSignal();
  return 0;
}

/**
 * ping [-c N] [-q] [-W SECS]: every resolved address answers at once (the simulator has no ICMP
 * model); without -c it pings until killed. A deadline (-w), sizes and intervals run forever.
 */
function* ping(call: CommandCall): Run {
  const { flags, values, operands } = parseSupported(call, 'q', 'cW');
  const quiet = flags.has('q');
  const name = operands[0];
  if (name === undefined) return fail(call, 'ping: usage: ping [-c COUNT] HOST');
  const count = values.has('c') ? Number(values.get('c')) : Infinity;
  const ip = lookup(call.state, name);
  if (ip === undefined) return fail(call, `ping: bad address '${name}'`);
  call.io.out.write(`PING ${name} (${ip}): 56 data bytes\n`);
  let sent = 0;
  while (sent < count) {
    if (!quiet) call.io.out.write(`64 bytes from ${ip}: seq=${sent} ttl=64 time=0.080 ms\n`);
    sent++;
    if (sent < count) yield* sleepFor(call.state, 1000);
  }
  call.io.out.write(`\n--- ${name} ping statistics ---\n${sent} packets transmitted, ${sent} packets received, 0% packet loss\n`);
  call.io.out.write('round-trip min/avg/max = 0.080/0.080/0.080 ms\n');
  return 0;
}

/** Network commands. */
export const networkCommands: Record<string, CommandImpl> = { nslookup, getent, nc, httpd, ping };
