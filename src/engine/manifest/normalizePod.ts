// Builds the PodSpecModel from a validated Pod, applying the API server's defaults.
import type { PodSpecModel, VolumeSpec } from './model';
import { resolveGracePeriod } from './defaults';
import { deriveUid } from './identity';
import { normalizeContainer } from './normalizeContainer';
import { normalizeImageVolume } from './imageVolumes';
import type { PodV1, VolumeV1 } from './podShape';
import type { PositionFinder } from './positions';
import { resolveName } from './validateMeta';
import { defaultSettings, type KubernetesSettings } from '../version/versions';

const modelledVolumeKinds = ['emptyDir', 'configMap', 'secret', 'hostPath', 'projected', 'downwardAPI', 'persistentVolumeClaim'] as const;

function normalizeVolume(v: VolumeV1): VolumeSpec {
  const image = normalizeImageVolume(v);
  if (image) return image;
  const kind = modelledVolumeKinds.find((k) => v[k] !== undefined) ?? 'other';
  const ref = kind === 'configMap' ? v.configMap : kind === 'secret' ? v.secret : undefined;
  const source = kind === 'configMap' ? v.configMap?.name : kind === 'secret' ? v.secret?.secretName : undefined;
  return {
    name: v.name ?? '',
    kind,
    ...(source ? { source } : {}),
    ...(ref?.optional !== undefined ? { optional: ref.optional } : {}),
    ...(ref?.items ? { items: ref.items.map((i) => ({ key: i.key ?? '', path: i.path ?? '' })) } : {}),
  };
}

function restartPolicy(value: string | undefined): PodSpecModel['restartPolicy'] {
  return value === 'OnFailure' || value === 'Never' ? value : 'Always';
}

/** Normalizes the pod; `nodeName` is the Scenario's node, used when the pod does not pin one. */
export function normalizePod(pod: PodV1, find: PositionFinder, nodeName: string, _kubernetes: KubernetesSettings = defaultSettings()): PodSpecModel {
  const meta = pod.metadata ?? {};
  const spec = pod.spec ?? {};
  const name = resolveName(meta);
  const namespace = meta.namespace || 'default';
  return {
    name,
    namespace,
    uid: meta.uid || deriveUid(namespace, name),
    labels: { ...(meta.labels ?? {}) },
    annotations: { ...(meta.annotations ?? {}) },
    ...(spec.nodeSelector && Object.keys(spec.nodeSelector).length > 0 ? { nodeSelector: { ...spec.nodeSelector } } : {}),
    ...(spec.tolerations?.length ? { tolerations: spec.tolerations.map((t) => ({ key: t.key ?? '', operator: t.operator ?? '', value: t.value ?? '', effect: t.effect ?? '',
      ...(t.tolerationSeconds !== undefined ? { tolerationSeconds: t.tolerationSeconds } : {}) })) } : {}),
    restartPolicy: restartPolicy(spec.restartPolicy),
    initContainers: (spec.initContainers ?? []).map((c, i) =>
      normalizeContainer(c, c.restartPolicy === 'Always' ? 'sidecar' : 'init', i, ['spec', 'initContainers', i], find),
    ),
    containers: (spec.containers ?? []).map((c, i) => normalizeContainer(c, 'app', i, ['spec', 'containers', i], find)),
    volumes: (spec.volumes ?? []).map(normalizeVolume),
    terminationGracePeriodSeconds: resolveGracePeriod(spec.terminationGracePeriodSeconds),
    ...(spec.activeDeadlineSeconds !== undefined ? { activeDeadlineSeconds: spec.activeDeadlineSeconds } : {}),
    nodeName: spec.nodeName || nodeName,
    // The deprecated `serviceAccount` fills an empty serviceAccountName on conversion.
    serviceAccountName: spec.serviceAccountName || spec.serviceAccount || 'default',
    ...(spec.hostname ? { hostname: spec.hostname } : {}),
    ...(spec.subdomain ? { subdomain: spec.subdomain } : {}),
    overhead: { ...(spec.overhead ?? {}) },
    readinessGates: (spec.readinessGates ?? []).map((g) => g.conditionType ?? '').filter((g) => g !== ''),
    position: find(['kind']),
  };
}
