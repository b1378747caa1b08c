// Cluster DNS and connections as a container sees them: Services that exist now (the
// `kubernetes` Service always), the pod's own address and the ports its containers listen on.
import type { SimContext } from './context';

/** The pod's IP and the node's, fixed so traces are reproducible. */
export const podIp = '10.244.0.12';
const kubernetesIp = '10.96.0.1';

/** The ClusterIP of a Service: stable per name. */
export function serviceIp(ctx: SimContext, key: string): string {
  const names = ctx.model.services.map((s) => `${s.namespace}/${s.name}`).sort();
  const i = names.indexOf(key) + 10;
  return `10.96.${Math.floor(i / 250)}.${(i % 250) + 2}`;
}

/** Resolves a name as cluster DNS would for a pod in the given namespace. */
export function resolveName(ctx: SimContext, raw: string): string | undefined {
  const name = raw.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost') return '127.0.0.1';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return name;
  const host = ctx.pod.hostname ?? ctx.pod.name;
  if (name === host) return podIp;
  const parts = name.split('.');
  const suffix = parts.slice(2).join('.');
  if (parts.length > 2 && suffix !== 'svc' && suffix !== 'svc.cluster.local') return undefined;
  const [svc, ns = ctx.pod.namespace] = parts;
  if (svc === 'kubernetes' && ns === 'default') return kubernetesIp;
  const key = `${ns}/${svc}`;
  return ctx.services.has(key) ? serviceIp(ctx, key) : undefined;
}

/** True when host:port accepts a TCP connection now. */
export function canConnect(ctx: SimContext, host: string, port: number): boolean {
  const ip = resolveName(ctx, host);
  if (!ip) return false;
  if (ip === kubernetesIp) return port === 443;
  if (ip === '127.0.0.1' || ip === podIp) return listenerOn(ctx, port) !== undefined;
  for (const [key, svc] of ctx.services) {
    if (serviceIp(ctx, key) === ip) return svc.ports.some((p) => p.port === port);
  }
  return false;
}

/** The running container instance that listens on a port of the pod, if any. */
export function listenerOn(ctx: SimContext, port: number) {
  return ctx.runtime.instances.find((i) => i.state === 'running' && (i.listening.get(port) ?? Infinity) <= ctx.sched.now);
}
