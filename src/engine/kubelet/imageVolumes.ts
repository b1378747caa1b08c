// Image volumes (KEP-4639): kuberuntime_manager.go › SyncPod calls getImageVolumes at every sync,
// after the sandbox and before any container start: EnsureImageExists for each image volume, its
// events on the pod. toKubeContainerImageVolumes then fails the start of each container that
// mounts a volume whose pull failed ("Error: ErrImagePull" on the container); the others start.
import { atLeast } from '../version/versions';
import type { ContainerSpec } from '../manifest/model';
import { explainContainer, pendingState } from './causes';
import { formatClock } from './causeText';
import { recordEvent, type SimContext } from './context';
import { normalizePath, VolumeStore } from './filesystem';
import { ensureImageRef, type ImageFailure } from './images';
import type { Wait } from './scheduler';

interface VolumePull { image: string; failure?: ImageFailure; at: number }

const pulls = new WeakMap<SimContext, Map<string, VolumePull>>();

/** Image volumes whose pull held up the current sync, until the first container start says so. */
const delays = new WeakMap<SimContext, { names: string[]; from: number; to: number }>();

function pullsOf(ctx: SimContext): Map<string, VolumePull> {
  let map = pulls.get(ctx);
  if (!map) { map = new Map(); pulls.set(ctx, map); }
  return map;
}

/** The image's files from the Scenario's node image table, read-only; an image the table knows no files of mounts empty. */
function imageStore(ctx: SimContext, image: string): VolumeStore {
  const store = new VolumeStore(true);
  for (const [path, content] of Object.entries(ctx.model.scenario.node.images[image]?.files ?? {})) {
    const full = normalizePath(`/${path}`);
    let dir = full.slice(0, full.lastIndexOf('/'));
    while (dir) { store.dirs.add(dir); dir = dir.slice(0, dir.lastIndexOf('/')); }
    store.files.set(full, content);
    store.bytes += content.length;
  }
  return store;
}

/**
 * getImageVolumes: pulls (or finds) every image volume's image, in spec order, before containers
 * start. Before 1.37 at every sync; from 1.37 only in a sync that starts a container (#138655).
 */
export function* pullImageVolumes(ctx: SimContext, startsContainers = true): Generator<Wait, void, void> {
  if (!startsContainers && atLeast(ctx.model.scenario.kubernetes.version, '1.37')) return;
  const map = pullsOf(ctx);
  const from = ctx.sched.now;
  const names: string[] = [];
  for (const v of ctx.pod.volumes) {
    if (v.kind !== 'image' || !v.image) continue;
    const failure = yield* ensureImageRef(ctx, v.image, v.pullPolicy ?? 'IfNotPresent');
    map.set(v.name, { image: v.image, ...(failure ? { failure } : {}), at: ctx.sched.now });
    if (!failure && !ctx.volumes.has(v.name)) ctx.volumes.set(v.name, imageStore(ctx, v.image));
    if (ctx.sched.now > from) names.push(v.name);
  }
  if (names.length > 0) delays.set(ctx, { names, from, to: ctx.sched.now });
  else delays.delete(ctx);
}

/** The first container started after image volumes were pulled in this sync says it waited for them. */
function noteVolumePullDelay(ctx: SimContext, spec: ContainerSpec): void {
  const delay = delays.get(ctx);
  const pending = pendingState(ctx, spec.name);
  if (!delay || pending?.expect !== 'running') return;
  delays.delete(ctx);
  const volumes = delay.names.join(', ');
  const mounts = spec.volumeMounts.some((m) => delay.names.includes(m.name));
  const text = `${pending.trigger.text}; but first the kubelet pulled the image of the image volume ${volumes} (${formatClock(delay.from)} to ${formatClock(delay.to)}), as it does for image volumes at each sync before starting any container${mounts ? '' : `, even one like ${spec.name} that does not mount it`}`;
  explainContainer(ctx, spec.name, 'state', { rule: 'image.volume-pull', trigger: { ...pending.trigger, text } }, 'running');
}

/** The start failure of a container that mounts an image volume whose last pull failed, with its event and cause. */
export function imageVolumeFailure(ctx: SimContext, spec: ContainerSpec): ImageFailure | undefined {
  const map = pulls.get(ctx);
  if (!map) return undefined;
  noteVolumePullDelay(ctx, spec);
  let failed: { name: string; pull: VolumePull; failure: ImageFailure } | undefined;
  for (const m of spec.volumeMounts) {
    const pull = map.get(m.name);
    if (!pull?.failure) continue;
    // One event per failed volume the container mounts; the last failure is the one reported.
    recordEvent(ctx, 'Warning', 'Failed', `Error: ${pull.failure.reason}`, spec);
    failed = { name: m.name, pull, failure: pull.failure };
  }
  if (!failed) return undefined;
  const { name, pull, failure } = failed;
  const text = failure.reason === 'ImagePullBackOff'
    ? `it mounts the image volume ${name}, whose image ${pull.image} failed to pull, and the kubelet does not pull it again before its back-off ends; it starts at the first sync after a pull succeeds`
    : `it mounts the image volume ${name}, and pulling its image ${pull.image} failed at ${formatClock(pull.at)}; the kubelet pulls image volumes again at each sync, after a back-off`;
  explainContainer(ctx, spec.name, 'state', { rule: 'image.volume-pull', message: failure.message, trigger: { kind: 'image', text } }, `waiting:${failure.reason}`);
  return failure;
}
