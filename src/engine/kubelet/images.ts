// pkg/kubelet/images/image_manager.go › EnsureImageExists: pull policies, the node's image
// cache, pull failures and the image pull backoff.
import { lookupImage } from '../../scenario/images';
import type { ContainerSpec } from '../manifest/model';
import { formatGoDuration, recordEvent, type SimContext } from './context';
import { delay, type Wait } from './scheduler';
import { timing } from './timing';

/** Why a container could not get its image. */
export interface ImageFailure {
  reason: 'ErrImagePull' | 'ImagePullBackOff' | 'ErrImageNeverPull' | 'InvalidImageName';
  message: string;
}

const validReference = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;

/** The image reference as containerd resolves it (docker.io/library/ prefix for short names). */
export function fullImageName(image: string): string {
  const first = image.split('/')[0] ?? '';
  const hasRegistry = image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  const named = hasRegistry ? image : image.includes('/') ? `docker.io/${image}` : `docker.io/library/${image}`;
  const lastPart = named.split('/').pop() ?? '';
  return lastPart.includes(':') || lastPart.includes('@') ? named : `${named}:latest`;
}

/** Makes sure the container's image is on the node, pulling it if the policy asks. */
export function ensureImage(ctx: SimContext, spec: ContainerSpec): Generator<Wait, ImageFailure | undefined, void> {
  return ensureImageRef(ctx, spec.image, spec.imagePullPolicy, spec);
}

/**
 * EnsureImageExists for one image reference; events go to the container, or to the pod when there
 * is none (an image volume).
 */
export function* ensureImageRef(ctx: SimContext, image: string, policy: ContainerSpec['imagePullPolicy'], spec?: ContainerSpec): Generator<Wait, ImageFailure | undefined, void> {
  if (!validReference.test(image)) {
    const message = `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format`;
    recordEvent(ctx, 'Warning', 'InspectFailed', message, spec);
    return { reason: 'InvalidImageName', message };
  }
  const present = ctx.imagesPresent.has(image);
  if (policy === 'Never' && !present) {
    const message = `Container image "${image}" is not present with pull policy of Never`;
    recordEvent(ctx, 'Warning', 'ErrImageNeverPull', message, spec);
    return { reason: 'ErrImageNeverPull', message };
  }
  if (present && policy !== 'Always') {
    recordEvent(ctx, 'Normal', 'Pulled', `Container image "${image}" already present on machine`, spec);
    return undefined;
  }
  const key = `${ctx.pod.uid}_${image}`;
  if (ctx.pullBackoff.isInBackOffSinceUpdate(key, ctx.sched.now)) {
    const message = `Back-off pulling image "${image}"`;
    recordEvent(ctx, 'Normal', 'BackOff', message, spec);
    // The waiting message carries the last pull error (image_manager.go › prevPullErrMsg).
    const previous = ctx.pullErrors.get(key);
    return { reason: 'ImagePullBackOff', message: previous ? `${message}: ${previous}` : message };
  }
  recordEvent(ctx, 'Normal', 'Pulling', `Pulling image "${image}"`, spec);
  const override = ctx.model.scenario.node.images[image];
  if (override?.pull === 'fail') {
    yield delay(timing.failedPullMs);
    const full = fullImageName(image);
    const ref = full.replace(/:[^:/@]+$/, '');
    const error = `rpc error: code = NotFound desc = failed to pull and unpack image "${full}": failed to resolve reference "${full}": ${ref}: not found`;
    recordEvent(ctx, 'Warning', 'Failed', `Failed to pull image "${image}": ${error}`, spec);
    ctx.pullBackoff.next(key, ctx.sched.now, ctx.sched.now);
    ctx.pullErrors.set(key, `ErrImagePull: ${error}`);
    return { reason: 'ErrImagePull', message: error };
  }
  const ms = present ? timing.repullMs : override?.pullSeconds !== undefined ? Math.round(override.pullSeconds * 1000) : timing.defaultPullMs;
  yield delay(ms);
  ctx.imagesPresent.add(image);
  const size = override?.sizeBytes ?? lookupImage(image)?.sizeBytes ?? 12_582_912;
  const d = formatGoDuration(ms);
  recordEvent(ctx, 'Normal', 'Pulled', `Successfully pulled image "${image}" in ${d} (${d} including waiting). Image size: ${size} bytes.`, spec);
  return undefined;
}
