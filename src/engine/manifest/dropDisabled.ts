// The API server's PrepareForCreate drops fields of a disabled gate before validating
// (pkg/api/pod/util.go › dropDisabledFields): `fileKeyRef` without EnvFiles (dropFileKeyRefInUse),
// image volumes and the mounts of them without ImageVolume (dropImageVolumes). The real API
// server says nothing; the playground warns, so a learner knows why the field has no effect.
import type { KubernetesSettings } from '../version/versions';
import type { PodV1 } from './podShape';
import type { Scope } from './report';

function gateNote(kubernetes: KubernetesSettings, gate: string): string {
  return `the feature gate ${gate} is off in Kubernetes ${kubernetes.version} (spec.node.featureGates can turn it on)`;
}

/** Removes what a disabled gate's field would add, warning at each field removed. */
export function dropDisabledPodFields(pod: PodV1, kubernetes: KubernetesSettings, scope: Scope): void {
  const spec = pod.spec;
  if (!spec) return;
  const lists = [['initContainers', spec.initContainers ?? []], ['containers', spec.containers ?? []]] as const;
  if (!kubernetes.gates.EnvFiles) {
    for (const [list, containers] of lists) containers.forEach((c, ci) => (c.env ?? []).forEach((env, ei) => {
      const from = env.valueFrom as { fileKeyRef?: unknown } | undefined;
      if (from?.fileKeyRef === undefined) return;
      delete from.fileKeyRef;
      scope.warn(`spec.${list}[${ci}].env[${ei}].valueFrom.fileKeyRef: dropped by the API server: ${gateNote(kubernetes, 'EnvFiles')}`, ['spec', list, ci, 'env', ei, 'valueFrom']);
    }));
  }
  if (!kubernetes.gates.ImageVolume && spec.volumes) {
    const dropped = new Set<string>();
    spec.volumes.forEach((v, i) => {
      if ((v as { image?: unknown }).image === undefined) return;
      dropped.add(v.name ?? '');
      scope.warn(`spec.volumes[${i}].image: the volume ${JSON.stringify(v.name ?? '')} and its mounts are dropped by the API server: ${gateNote(kubernetes, 'ImageVolume')}`, ['spec', 'volumes', i]);
    });
    if (dropped.size === 0) return;
    spec.volumes = spec.volumes.filter((v) => !dropped.has(v.name ?? ''));
    for (const [, containers] of lists) for (const c of containers) {
      if (c.volumeMounts) c.volumeMounts = c.volumeMounts.filter((m) => !dropped.has(m.name ?? ''));
    }
  }
}
