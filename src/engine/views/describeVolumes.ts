// The Volumes section of `kubectl describe pod` (describe.go › describeVolumes and the
// print*VolumeSource helpers), plus the token volume that ServiceAccount admission adds.
import type { PodSpecModel, TolerationSpec, VolumeMountSpec, VolumeSpec } from '../manifest/model';
import type { LineWriter } from './describeContainers';
import { serviceAccountVolumeName } from './identity';

/** Where the ServiceAccount admission plugin mounts the token volume. */
export const serviceAccountMountPath = '/var/run/secrets/kubernetes.io/serviceaccount';

/** The token volume and mount admission adds to every container, unless the pod already mounts that path. */
export function admissionTokenVolume(pod: PodSpecModel): { volume: VolumeSpec; mount: VolumeMountSpec } | undefined {
  const all = [...pod.initContainers, ...pod.containers];
  if (all.some((c) => c.volumeMounts.some((m) => m.mountPath === serviceAccountMountPath))) return undefined;
  if (pod.volumes.some((v) => v.name.startsWith('kube-api-access-'))) return undefined;
  const name = serviceAccountVolumeName(pod.uid);
  return { volume: { name, kind: 'projected', source: 'kube-api-access' }, mount: { name, mountPath: serviceAccountMountPath, readOnly: true } };
}

function describeVolume(w: LineWriter, v: VolumeSpec): void {
  switch (v.kind) {
    case 'emptyDir':
      w(2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)");
      w(2, 'Medium:\t');
      w(2, 'SizeLimit:\t<unset>');
      return;
    case 'configMap':
      w(2, 'Type:\tConfigMap (a volume populated by a ConfigMap)');
      w(2, `Name:\t${v.source ?? ''}`);
      w(2, `Optional:\t${v.optional === true}`);
      return;
    case 'secret':
      w(2, 'Type:\tSecret (a volume populated by a Secret)');
      w(2, `SecretName:\t${v.source ?? ''}`);
      w(2, `Optional:\t${v.optional === true}`);
      return;
    case 'hostPath':
      w(2, 'Type:\tHostPath (bare host directory volume)');
      w(2, `Path:\t${v.source ?? ''}`);
      w(2, 'HostPathType:\t<none>');
      return;
    case 'projected':
      w(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)');
      if (v.source === 'kube-api-access') {
        w(2, 'TokenExpirationSeconds:\t3607');
        w(2, 'ConfigMapName:\tkube-root-ca.crt');
        w(2, 'Optional:\tfalse');
        w(2, 'DownwardAPI:\ttrue');
      }
      return;
    case 'downwardAPI':
      w(2, 'Type:\tDownwardAPI (a volume populated by information about the pod)');
      w(2, 'Items:');
      for (const item of v.items ?? []) w(3, `${item.key} -> ${item.path}`);
      return;
    case 'persistentVolumeClaim':
      w(2, 'Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)');
      w(2, `ClaimName:\t${v.source ?? ''}`);
      w(2, 'ReadOnly:\tfalse');
      return;
    case 'image':
      // describe.go › printImageVolumeSource
      w(2, 'Type:\tImage (a container image or OCI artifact)');
      w(2, `Reference:\t${v.image ?? ''}`);
      w(2, `PullPolicy:\t${v.pullPolicy ?? ''}`);
      return;
    default:
      w(1, '<unknown>');
  }
}

/** Writes the Volumes section. */
export function describeVolumes(w: LineWriter, volumes: VolumeSpec[]): void {
  if (volumes.length === 0) {
    w(0, 'Volumes:\t<none>');
    return;
  }
  w(0, 'Volumes:');
  for (const v of volumes) {
    w(1, `${v.name}:`);
    describeVolume(w, v);
  }
}

/** The tolerations DefaultTolerationSeconds admission adds to every pod, in kubectl's sorted order. */
/** The tolerations DefaultTolerationSeconds adds to a pod that does not already tolerate these NoExecute taints. */
const defaultTolerations: TolerationSpec[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', value: '', effect: 'NoExecute', tolerationSeconds: 300 },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', value: '', effect: 'NoExecute', tolerationSeconds: 300 },
];

/**
 * The pod's tolerations as stored (the admission plugin DefaultTolerationSeconds adds each default
 * unless a toleration with its key, or no key, and the effect NoExecute, or none, is there), sorted
 * by key and printed as printTolerationsMultilineWithIndent does.
 */
export function tolerationLines(pod: PodSpecModel): string[] {
  const given = pod.tolerations ?? [];
  const tolerates = (key: string) => given.some((t) => (t.key === key || t.key === '') && (t.effect === 'NoExecute' || t.effect === ''));
  const all = [...given, ...defaultTolerations.filter((d) => !tolerates(d.key))];
  return all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((t) => {
    let line = t.key;
    if (t.value) line += `=${t.value}`;
    if (t.effect) line += `:${t.effect}`;
    // `operator: Exists` with no key and no effect tolerates everything.
    if (t.operator === 'Exists' && !t.value) line += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) line += ` for ${t.tolerationSeconds}s`;
    return line;
  });
}
