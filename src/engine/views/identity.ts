// Runtime-assigned identifiers the simulation has no real source for (IPs, container and
// image IDs, the service-account volume name). They are derived from stable inputs so the
// same scenario always prints the same text.
import type { ContainerSnapshot, Snapshot } from '../../scenario/trace';

/** The node's IP shown as hostIP / in describe's Node line. */
export const simulatedHostIp = '172.18.0.2';

/** The pod IP shown once the sandbox has networking. */
export const simulatedPodIp = '10.244.0.12';

// FNV-1a, 32 bit: tiny, deterministic, good enough to make distinct-looking ids.
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A deterministic lowercase hex string of `length` characters derived from `text`. */
export function fakeHex(text: string, length = 64): string {
  let out = '';
  for (let seed = 0; out.length < length; seed++) out += fnv1a(text, seed).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

/** The image reference as containerd reports it: registry and `library/` filled in, `:latest` when untagged. */
export function normalizeImage(image: string): string {
  const slash = image.indexOf('/');
  const first = slash < 0 ? '' : image.slice(0, slash);
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let ref = hasRegistry ? image : `docker.io/${slash < 0 ? 'library/' : ''}${image}`;
  const lastPart = ref.slice(ref.lastIndexOf('/') + 1);
  if (!lastPart.includes(':') && !lastPart.includes('@')) ref += ':latest';
  return ref;
}

/** A fake but stable imageID (`repo@sha256:…`) for an image the node has run. */
export function fakeImageId(image: string): string {
  const ref = normalizeImage(image);
  if (ref.includes('@')) return ref;
  const repo = ref.slice(0, ref.lastIndexOf(':'));
  return `${repo}@sha256:${fakeHex(ref)}`;
}

/** A fake but stable container ID for instance number `instance` of a container. */
export function fakeContainerId(podUid: string, container: string, instance: number): string {
  return `containerd://${fakeHex(`${podUid}/${container}/${instance}`)}`;
}

/** Whether a container status refers to a container the runtime has created (so it has IDs). */
export function hasRuntimeContainer(c: ContainerSnapshot): boolean {
  return c.state !== 'waiting' || c.lastState !== undefined;
}

/** The status.containerID: the running/terminated instance, or the last dead one while waiting to restart. */
export function containerIdOf(podUid: string, c: ContainerSnapshot): string {
  return hasRuntimeContainer(c) ? fakeContainerId(podUid, c.name, c.restartCount) : '';
}

/** The containerID recorded in lastState.terminated (the instance before the current one). */
export function lastStateContainerIdOf(podUid: string, c: ContainerSnapshot): string {
  const instance = c.state === 'waiting' ? c.restartCount : c.restartCount - 1;
  return fakeContainerId(podUid, c.name, Math.max(0, instance));
}

/** Whether the pod has an IP in this snapshot: the sandbox is up or some container has run. */
export function hasPodIp(snapshot: Pick<Snapshot, 'conditions' | 'initContainers' | 'containers'>): boolean {
  if (snapshot.conditions.PodReadyToStartContainers) return true;
  return [...snapshot.initContainers, ...snapshot.containers].some(hasRuntimeContainer);
}

/** The name the ServiceAccount admission plugin gives the projected token volume. */
export function serviceAccountVolumeName(podUid: string): string {
  // Kubernetes uses 5 characters from the alphabet "bcdfghjklmnpqrstvwxz2456789".
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let suffix = '';
  for (let i = 0; i < 5; i++) suffix += alphabet[fnv1a(podUid, 100 + i) % alphabet.length] ?? 'b';
  return `kube-api-access-${suffix}`;
}
