// The pod's QoS class (pkg/apis/core/helper/qos › ComputePodQOS): computed over app, init
// and sidecar containers alike, from cpu and memory only.
import type { ContainerSpec, PodSpecModel } from '../manifest/model';
import { parseQuantity } from '../quantity';

/** A pod QoS class. */
export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

const qosResources = ['cpu', 'memory'] as const;

/** Container requests with the API default applied: a resource with only a limit requests that limit. */
export function defaultedRequests(c: ContainerSpec): Record<string, string> {
  return { ...c.limits, ...c.requests };
}

/** Computes the QoS class as the API server does, over all containers including init containers and sidecars. */
export function podQosClass(pod: PodSpecModel): QosClass {
  const requests = new Map<string, number>();
  const limits = new Map<string, number>();
  let guaranteed = true;
  for (const c of [...pod.containers, ...pod.initContainers]) {
    const req = defaultedRequests(c);
    const limitsFound = new Set<string>();
    for (const name of qosResources) {
      const r = parseQuantity(req[name] ?? '0') ?? 0;
      if (r > 0) requests.set(name, (requests.get(name) ?? 0) + r);
      const l = parseQuantity(c.limits[name] ?? '0') ?? 0;
      if (l > 0) {
        limitsFound.add(name);
        limits.set(name, (limits.get(name) ?? 0) + l);
      }
    }
    if (!limitsFound.has('cpu') || !limitsFound.has('memory')) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, r] of requests) if (limits.get(name) !== r) guaranteed = false;
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}
