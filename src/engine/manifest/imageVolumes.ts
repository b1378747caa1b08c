// Image volumes (KEP-4639, gate ImageVolume): `volumes[].image`, an OCI image mounted read-only.
// validation.go › validateImageVolumeSource (for a Pod the reference is required), defaults.go ›
// SetDefaults_ImageVolumeSource (the pull policy defaults as a container's does).
import { defaultPullPolicy } from './defaults';
import { notSupported, required } from './messages';
import type { VolumeSpec } from './model';
import type { FieldPath } from './path';
import type { VolumeV1 } from './podShape';
import type { Scope } from './report';

const pullPolicies = ['Always', 'IfNotPresent', 'Never'] as const;

function imageSource(v: VolumeV1): { reference?: unknown; pullPolicy?: unknown } | undefined {
  const source = (v as { image?: unknown }).image;
  return source !== null && typeof source === 'object' ? (source as { reference?: unknown; pullPolicy?: unknown }) : undefined;
}

/** validateImageVolumeSource: a Pod's image volume names its image; the pull policy is one of the three. */
export function validateImageVolumeSource(v: VolumeV1, path: FieldPath, scope: Scope): void {
  const source = imageSource(v) ?? {};
  const reference = typeof source.reference === 'string' ? source.reference.trim() : '';
  if (!reference) scope.error([...path, 'reference'], required());
  const policy = source.pullPolicy;
  if (typeof policy === 'string' && policy && !(pullPolicies as readonly string[]).includes(policy)) {
    scope.error([...path, 'pullPolicy'], notSupported(policy, [...pullPolicies]));
  }
}

/** The model of an image volume, or undefined when the volume has another source. */
export function normalizeImageVolume(v: VolumeV1): VolumeSpec | undefined {
  const source = imageSource(v);
  if (!source) return undefined;
  const reference = typeof source.reference === 'string' ? source.reference.trim() : '';
  const given = typeof source.pullPolicy === 'string' ? source.pullPolicy : '';
  const pullPolicy = (pullPolicies as readonly string[]).includes(given) ? (given as NonNullable<VolumeSpec['pullPolicy']>) : defaultPullPolicy(reference);
  return { name: v.name ?? '', kind: 'image', image: reference, pullPolicy };
}
