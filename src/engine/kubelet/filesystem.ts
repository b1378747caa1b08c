// Files as a container sees them: pod volumes at their mount paths (emptyDir shared and kept
// for the pod's lifetime, ConfigMap/Secret/service-account read-only), the rest private to one run.
import type { ShellFs } from '../shell/types';
import type { Instance } from './runtime';

/** Files of one volume, paths relative to the volume root ("/a/b"). */
export class VolumeStore {
  files = new Map<string, string>();
  dirs = new Set<string>(['/']);
  /** Bytes of all its files, bounded by MAX_VOLUME_BYTES. */
  bytes = 0;
  constructor(readonly readOnly: boolean) {}
}

/** Bytes one volume (or one container's private files) may hold: an emptyDir fills up like a small disk. */
export const MAX_VOLUME_BYTES = 16 * 1024 * 1024;

/** Linux's PATH_MAX: longer paths fail with ENAMETOOLONG, so `mkdir -p` of 50 000 levels stops early. */
export const MAX_PATH = 4096;

/** A mounted volume inside one container. */
export interface Mount {
  path: string;
  store: VolumeStore;
  readOnly: boolean;
}

/** Directories every image has. */
const baseDirs = ['/', '/bin', '/etc', '/home', '/root', '/tmp', '/usr', '/usr/bin', '/usr/share', '/usr/local', '/var', '/var/run', '/var/log', '/var/tmp', '/opt', '/srv', '/mnt', '/run', '/proc', '/dev', '/sys'];

/** Normalizes an absolute or relative path ("." and ".." resolved, no trailing slash). */
export function normalizePath(path: string, cwd = '/'): string {
  // Most paths are already normal: absolute, no empty, `.` or `..` part, no trailing slash.
  if (isNormal(path)) return path;
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}

function isNormal(path: string): boolean {
  if (path.charCodeAt(0) !== 47) return false;
  if (path.length === 1) return true;
  if (path.charCodeAt(path.length - 1) === 47) return false;
  return !path.includes('//') && !path.includes('/./') && !path.includes('/../') && !path.endsWith('/.') && !path.endsWith('/..');
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Prepares an instance's private directories (base dirs and the parents of its mount paths). */
export function initPrivateDirs(inst: Instance, mounts: Mount[]): void {
  for (const d of baseDirs) inst.dirs.add(d);
  for (const m of mounts) {
    let p = parentOf(m.path);
    while (p !== '/') { inst.dirs.add(p); p = parentOf(p); }
  }
}

const privateUsages = new WeakMap<Instance, { bytes: number }>();

/** The byte count of an instance's private files (its writable layer). */
function privateBytes(inst: Instance): { bytes: number } {
  let usage = privateUsages.get(inst);
  if (!usage) {
    usage = { bytes: 0 };
    for (const v of inst.files.values()) usage.bytes += v.length;
    privateUsages.set(inst, usage);
  }
  return usage;
}

/**
 * Charged for the data a process's commands go through, in characters: a file's content when it is
 * read, and a weight per entry of the volume a directory listing scans (more for a deeper directory). Throws once the run has none left.
 */
export type DataWork = (units: number) => void;

/**
 * What scanning one entry of a volume for a listing (`ls`, a glob) costs, in characters read; each
 * entry also costs three times the length of the directory's path, which its key is compared with (a
 * character compared takes 2 to 3 ns, one read about 1 ns).
 */
export const LIST_ENTRY_WORK = 512;

/** The ShellFs of one container instance; `charge`, when given, is told of the data its reads and listings go through. */
export function createContainerFs(inst: Instance, mounts: Mount[], cwd = '/', charge?: DataWork): ShellFs {
  const sorted = [...mounts].sort((a, b) => b.path.length - a.path.length);
  const privateUsage = privateBytes(inst);
  const locate = (raw: string): { files: Map<string, string>; dirs: Set<string>; rel: string; readOnly: boolean; usage: { bytes: number } } => {
    const p = normalizePath(raw, cwd);
    for (const m of sorted) {
      if (p === m.path || p.startsWith(`${m.path}/`)) {
        const rel = p === m.path ? '/' : p.slice(m.path.length);
        return { files: m.store.files, dirs: m.store.dirs, rel, readOnly: m.readOnly || m.store.readOnly, usage: m.store };
      }
    }
    return { files: inst.files, dirs: inst.dirs, rel: p, readOnly: false, usage: privateUsage };
  };
  const isMountPoint = (raw: string) => sorted.some((m) => m.path === normalizePath(raw, cwd));
  return {
    read: (path) => {
      const l = locate(path);
      const content = l.files.get(l.rel);
      if (charge && content !== undefined) charge(content.length);
      return content;
    },
    size: (path) => { const l = locate(path); return l.files.get(l.rel)?.length; },
    exists: (path) => { const l = locate(path); return l.files.has(l.rel) || l.dirs.has(l.rel) || isMountPoint(path); },
    isDir: (path) => { const l = locate(path); return l.dirs.has(l.rel) || isMountPoint(path); },
    write: (path, content, append) => {
      const l = locate(path);
      if (l.rel.length > MAX_PATH) return 'toolong';
      if (l.dirs.has(l.rel)) return 'isdir';
      if (l.readOnly) return 'readonly';
      if (!l.dirs.has(parentOf(l.rel))) return 'nodir';
      const before = l.files.get(l.rel) ?? '';
      const grow = append ? content.length : content.length - before.length;
      if (l.usage.bytes + grow > MAX_VOLUME_BYTES) return 'nospace';
      l.usage.bytes += grow;
      l.files.set(l.rel, append ? before + content : content);
      return 'ok';
    },
    mkdir: (path, parents) => {
      const l = locate(path);
      if (l.rel.length > MAX_PATH) return false;
      if (l.readOnly) return false;
      if (l.files.has(l.rel)) return false;
      if (l.dirs.has(l.rel)) return parents;
      if (!parents && !l.dirs.has(parentOf(l.rel))) return false;
      let p = l.rel;
      while (!l.dirs.has(p)) { l.dirs.add(p); p = parentOf(p); }
      return true;
    },
    remove: (path) => {
      const l = locate(path);
      if (l.readOnly) return false;
      const removed = l.files.get(l.rel);
      if (removed !== undefined) { l.usage.bytes -= removed.length; l.files.delete(l.rel); return true; }
      if (!l.dirs.has(l.rel) || l.rel === '/') return false;
      const prefix = `${l.rel}/`;
      for (const [k, v] of [...l.files]) if (k.startsWith(prefix)) { l.usage.bytes -= v.length; l.files.delete(k); }
      for (const d of [...l.dirs]) if (d === l.rel || d.startsWith(prefix)) l.dirs.delete(d);
      return true;
    },
    list: (path) => {
      const l = locate(path);
      const prefix = l.rel === '/' ? '/' : `${l.rel}/`;
      charge?.((l.files.size + l.dirs.size) * (LIST_ENTRY_WORK + 3 * prefix.length));
      const names = new Set<string>();
      const add = (k: string) => {
        if (k === l.rel || !k.startsWith(prefix)) return;
        const end = k.indexOf('/', prefix.length);
        names.add(end < 0 ? k.slice(prefix.length) : k.slice(prefix.length, end));
      };
      for (const k of l.files.keys()) add(k);
      for (const k of l.dirs) add(k);
      names.delete('');
      return [...names].sort();
    },
  };
}
