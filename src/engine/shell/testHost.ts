// A fake ShellHost for tests: an in-memory file system, Services that appear and disappear at
// given times, a clock that advances only when the process sleeps, and a driver loop.
import { parseShell } from './parser';
import { runShell } from './run';
import type { ShellEffect, ShellFs, ShellHost, ShellProcess, ShellWarning } from './types';

/** A Service (or any name) the fake cluster DNS knows, with what it answers. */
export interface FakeService {
  ip: string;
  /** Resolvable from this simulated ms on (default 0). */
  from?: number;
  /** Ports that accept connections (default [80]). */
  ports?: number[];
  /** HTTP answer on its ports (default 200 "ok\n"). */
  http?: { status: number; body: string };
}

/** An in-memory ShellFs; paths under `readOnly` prefixes refuse writes. */
export class MemoryFs implements ShellFs {
  readonly files = new Map<string, string>();
  readonly dirs = new Set<string>(['/']);
  constructor(files: Record<string, string> = {}, private readonly readOnly: string[] = []) {
    for (const [path, content] of Object.entries(files)) {
      this.mkdir(parent(path), true);
      this.files.set(path, content);
    }
  }
  read(path: string): string | undefined {
    return this.files.get(path);
  }
  write(path: string, content: string, append: boolean): 'ok' | 'readonly' | 'nodir' | 'isdir' {
    if (this.readOnly.some((p) => path.startsWith(p))) return 'readonly';
    if (this.dirs.has(path)) return 'isdir';
    if (!this.dirs.has(parent(path))) return 'nodir';
    this.files.set(path, (append ? this.files.get(path) ?? '' : '') + content);
    return 'ok';
  }
  size(path: string): number | undefined {
    return this.files.get(path)?.length;
  }
  exists(path: string): boolean {
    return this.files.has(path) || this.dirs.has(path);
  }
  isDir(path: string): boolean {
    return this.dirs.has(path);
  }
  mkdir(path: string, parents: boolean): boolean {
    if (this.dirs.has(path)) return parents;
    if (this.files.has(path) || this.readOnly.some((p) => path.startsWith(p))) return false;
    if (!this.dirs.has(parent(path)) && !(parents && this.mkdir(parent(path), true))) return false;
    this.dirs.add(path);
    return true;
  }
  remove(path: string): boolean {
    if (this.files.delete(path)) return true;
    if (!this.dirs.has(path) || path === '/') return false;
    for (const p of [...this.files.keys()]) if (p.startsWith(`${path}/`)) this.files.delete(p);
    for (const d of [...this.dirs]) if (d === path || d.startsWith(`${path}/`)) this.dirs.delete(d);
    return true;
  }
  list(path: string): string[] {
    const prefix = path === '/' ? '/' : `${path}/`;
    const names = [...this.files.keys(), ...this.dirs].filter((p) => p !== path && p.startsWith(prefix) && !p.slice(prefix.length).includes('/'));
    return names.map((p) => p.slice(prefix.length)).sort();
  }
}

function parent(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

/** A ShellHost whose clock is `t`, advanced by `drive`. */
export class FakeHost implements ShellHost {
  t = 0;
  readonly logs: { t: number; line: string }[] = [];
  readonly listening = new Set<number>();
  readonly hostname = 'myapp-pod';
  constructor(
    readonly fs: MemoryFs = new MemoryFs(),
    readonly env: Record<string, string> = {},
    private readonly services: Record<string, FakeService> = {},
    private readonly namespace = 'default',
  ) {}
  now(): number {
    return this.t;
  }
  private service(name: string): FakeService | undefined {
    const short = name.replace(new RegExp(`(\\.${this.namespace})?(\\.svc)?(\\.cluster\\.local)?\\.?$`), '');
    const svc = this.services[short];
    return svc && this.t >= (svc.from ?? 0) ? svc : undefined;
  }
  resolve(name: string): string | undefined {
    return this.service(name)?.ip;
  }
  connect(host: string, port: number): boolean {
    if (host === 'localhost' || host === '127.0.0.1') return this.listening.has(port);
    return (this.service(host)?.ports ?? [80]).includes(port) && this.service(host) !== undefined;
  }
  httpGet(host: string, port: number, _path: string): { status: number; body: string } | undefined {
    if (!this.connect(host, port)) return undefined;
    return this.service(host)?.http ?? { status: 200, body: 'ok\n' };
  }
  listen(port: number): void {
    this.listening.add(port);
  }
  log(line: string): void {
    this.logs.push({ t: this.t, line });
  }
  /** The logged lines without times. */
  get lines(): string[] {
    return this.logs.map((l) => l.line);
  }
}

/** How a driven process ended. */
export interface DriveResult {
  exitCode?: number;
  forever?: { warning?: ShellWarning };
  /** The effects' sleeps, in ms. */
  sleeps: number[];
  /** True when the driver stopped at maxEffects or maxTime with the process still running. */
  stopped: boolean;
}

/** Runs a process against `host`, advancing its clock on each sleep, within bounds. */
export function drive(process: ShellProcess, host: FakeHost, maxEffects = 10_000, maxTime = Infinity): DriveResult {
  const sleeps: number[] = [];
  for (let i = 0; i < maxEffects; i++) {
    const result = process.next();
    if (result.done) return { exitCode: result.value, sleeps, stopped: false };
    const effect: ShellEffect = result.value;
    if (effect.kind === 'forever') return { forever: { warning: effect.warning }, sleeps, stopped: false };
    sleeps.push(effect.ms);
    host.t += effect.ms;
    if (host.t > maxTime) break;
  }
  return { sleeps, stopped: true };
}

/** Parses and runs a script against `host` (a fresh FakeHost by default). */
export function runScript(script: string, host = new FakeHost(), maxEffects?: number, maxTime?: number): DriveResult & { host: FakeHost; warnings: ShellWarning[] } {
  const { program, warnings } = parseShell(script);
  return { ...drive(runShell(program, host), host, maxEffects, maxTime), host, warnings };
}
