// Env files (KEP-3721, gate EnvFiles): the API server's checks of `env[].valueFrom.fileKeyRef`.
// validation.go › validateFileKeySelector and validateFileKeyRefVolumes; the wording of the
// emptyDir check could not be read at a release tag (docs/semantics.md, "Env files").
import { invalid, notFound, required } from './messages';
import { isEnvVarName } from './names';
import type { FieldPath } from './path';
import type { ContainerV1, PodV1 } from './podShape';
import type { Scope } from './report';

/** A fileKeyRef as decoded (fields unchecked). */
export interface FileKeyRefV1 {
  volumeName?: unknown;
  path?: unknown;
  key?: unknown;
  optional?: unknown;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function validateDescendingPath(value: string, path: FieldPath, scope: Scope): void {
  if (value.startsWith('/')) scope.error(path, invalid(value, 'must be a relative path'));
  if (value.split('/').includes('..')) scope.error(path, invalid(value, "must not contain '..'"));
  else if (value.startsWith('..')) scope.error(path, invalid(value, "must not start with '..'"));
}

/** validateFileKeySelector: key, volumeName and path are required; the key follows env var name rules; the path stays inside the volume. */
export function validateFileKeySelector(ref: FileKeyRefV1, path: FieldPath, scope: Scope): void {
  const key = text(ref.key);
  if (!key) scope.error([...path, 'key'], required());
  else for (const msg of isEnvVarName(key)) scope.error([...path, 'key'], invalid(key, msg));
  if (!text(ref.volumeName)) scope.error([...path, 'volumeName'], required());
  const p = text(ref.path);
  if (!p) scope.error([...path, 'path'], required());
  else validateDescendingPath(p, [...path, 'path'], scope);
  if (ref.optional !== undefined && typeof ref.optional !== 'boolean') scope.error([...path, 'optional'], invalid(String(ref.optional), 'must be a boolean'));
}

function fileKeyRefOf(env: NonNullable<ContainerV1['env']>[number]): FileKeyRefV1 | undefined {
  const ref = (env.valueFrom as { fileKeyRef?: unknown } | undefined)?.fileKeyRef;
  return ref !== null && typeof ref === 'object' ? (ref as FileKeyRefV1) : undefined;
}

/** validateFileKeyRefVolumes: a fileKeyRef must name a volume of the pod, and that volume must be an emptyDir. */
export function validateFileKeyRefVolumes(pod: PodV1, scope: Scope): void {
  const spec = pod.spec ?? {};
  const volumes = spec.volumes ?? [];
  const lists = [['initContainers', spec.initContainers ?? []], ['containers', spec.containers ?? []]] as const;
  for (const [list, containers] of lists) {
    containers.forEach((c, ci) => (c.env ?? []).forEach((env, ei) => {
      const ref = fileKeyRefOf(env);
      const name = text(ref?.volumeName);
      if (!ref || !name) return;
      const at = ['spec', list, ci, 'env', ei, 'valueFrom', 'fileKeyRef', 'volumeName'];
      const volume = volumes.find((v) => v.name === name);
      if (!volume) scope.error(at, notFound(name));
      else if (volume.emptyDir === undefined) scope.error(at, invalid(name, 'must refer to an emptyDir volume'));
    }));
  }
}

/** Whether an env entry's valueFrom names a fileKeyRef (counted as one of its sources). */
export function hasFileKeyRef(from: unknown): boolean {
  const ref = (from as { fileKeyRef?: unknown } | undefined)?.fileKeyRef;
  return ref !== undefined && ref !== null;
}
