// Names and URLs as the network commands read them.
import type { ShellState } from '../state';

/** The address `name` stands for: an IPv4 literal, localhost, or the host's DNS answer. */
export function lookup(state: ShellState, name: string): string | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return name;
  if (name === 'localhost') return '127.0.0.1';
  return state.host.resolve(name);
}

/** The fully qualified form of a Service name, using the pod's namespace file when present. */
export function qualifiedName(state: ShellState, name: string): string | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name === 'localhost') return undefined;
  const trimmed = name.replace(/\.$/, '');
  if (trimmed.endsWith('.cluster.local')) return trimmed;
  if (trimmed.endsWith('.svc')) return `${trimmed}.cluster.local`;
  const parts = trimmed.split('.');
  if (parts.length === 2) return `${trimmed}.svc.cluster.local`;
  if (parts.length > 2) return undefined;
  const namespace = state.host.fs.read('/var/run/secrets/kubernetes.io/serviceaccount/namespace')?.trim();
  return namespace ? `${trimmed}.${namespace}.svc.cluster.local` : undefined;
}

/** An http(s) URL's parts. */
export interface Url {
  scheme: string;
  host: string;
  port: number;
  explicitPort: boolean;
  path: string;
}

/** Reads `[scheme://]host[:port][/path]`; undefined without a host. */
export function parseUrl(text: string): Url | undefined {
  const match = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?(?:[^@/]*@)?(\[[^\]]*\]|[^/:?#]*)(?::(\d*))?([/?#].*)?$/s.exec(text);
  if (!match?.[2]) return undefined;
  const scheme = (match[1] ?? 'http').toLowerCase();
  const explicitPort = match[3] !== undefined && match[3] !== '';
  const port = explicitPort ? Number(match[3]) : scheme === 'https' ? 443 : 80;
  const rest = match[4] ?? '/';
  return { scheme, host: match[2], port, explicitPort, path: rest.startsWith('/') ? rest : `/${rest}` };
}

const REASONS: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** The reason phrase of an HTTP status. */
export function reasonPhrase(status: number): string {
  return REASONS[status] ?? '';
}
