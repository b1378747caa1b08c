// Effective pod requests and limits (component-helpers/resource › PodRequests, PodLimits;
// kubelet-semantics.md §11): app containers add up, sidecars add up and stay running
// under later init containers, and the pod needs the larger of the two plus overhead.
import type { ContainerKind, PodSpecModel } from '../manifest/model';
import { formatQuantity, parseQuantity } from '../quantity';
import { defaultedRequests } from './qos';

/** One container's contribution to a resource. */
export interface ResourceRow {
  container: string;
  kind: ContainerKind | 'overhead';
  requests?: string;
  limits?: string;
}

/** The effective request and limit of one resource, with the per-container values behind it. */
export interface EffectiveResource {
  resource: string;
  requests?: string;
  limits?: string;
  rows: ResourceRow[];
}

/** Options for effectiveResources. */
export interface EffectiveResourcesOptions {
  /** Use the pre-sidecar formula max(max(init), sum(app)), treating sidecars as plain init containers. */
  legacy?: boolean;
}

type Amounts = Map<string, number>;

function amounts(list: Record<string, string>): Amounts {
  const out: Amounts = new Map();
  for (const [name, raw] of Object.entries(list)) {
    const milli = parseQuantity(raw);
    if (milli !== undefined) out.set(name, milli);
  }
  return out;
}

const add = (into: Amounts, from: Amounts): void => from.forEach((v, k) => into.set(k, (into.get(k) ?? 0) + v));
const maxInto = (into: Amounts, from: Amounts): void => from.forEach((v, k) => into.set(k, Math.max(into.get(k) ?? v, v)));

// aggregateContainerResourcesByFn: missing entries contribute nothing (not zero, not "infinite").
function aggregate(pod: PodSpecModel, pick: (c: PodSpecModel['containers'][number]) => Amounts, legacy: boolean): Amounts {
  const result: Amounts = new Map();
  for (const c of pod.containers) add(result, pick(c));
  const sidecarSum: Amounts = new Map();
  const initPeak: Amounts = new Map();
  for (const c of pod.initContainers) {
    const own = pick(c);
    if (c.kind === 'sidecar' && !legacy) {
      add(result, own);
      add(sidecarSum, own);
      maxInto(initPeak, sidecarSum);
    } else {
      const combined: Amounts = new Map(own);
      if (!legacy) add(combined, sidecarSum);
      maxInto(initPeak, combined);
    }
  }
  maxInto(result, initPeak);
  return result;
}

/** Per resource, the pod's effective requests and limits as the scheduler and kubelet compute them, formatted like kubectl. */
export function effectiveResources(pod: PodSpecModel, options: EffectiveResourcesOptions = {}): EffectiveResource[] {
  const legacy = options.legacy ?? false;
  const requests = aggregate(pod, (c) => amounts(defaultedRequests(c)), legacy);
  const limits = aggregate(pod, (c) => amounts(c.limits), legacy);
  const overhead = amounts(pod.overhead);
  // Overhead is added to every request, but only to limits that exist (PodLimits).
  add(requests, overhead);
  overhead.forEach((v, k) => {
    const limit = limits.get(k);
    if (limit !== undefined) limits.set(k, limit + v);
  });

  const all = [...pod.initContainers, ...pod.containers];
  const names = new Set([...requests.keys(), ...limits.keys()]);
  return [...names].sort().map((resource) => {
    const format = (milli: number | undefined): string | undefined => (milli === undefined ? undefined : formatQuantity(milli, resource));
    const rows: ResourceRow[] = all.map((c) => row(c.name, c.kind, format(amounts(defaultedRequests(c)).get(resource)), format(amounts(c.limits).get(resource))));
    if (overhead.has(resource)) rows.push(row('overhead', 'overhead', format(overhead.get(resource)), undefined));
    return { resource, ...optional('requests', format(requests.get(resource))), ...optional('limits', format(limits.get(resource))), rows };
  });
}

function row(container: string, kind: ResourceRow['kind'], requests: string | undefined, limits: string | undefined): ResourceRow {
  return { container, kind, ...optional('requests', requests), ...optional('limits', limits) };
}

// Keeps absent values absent rather than present-but-undefined.
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
