// The v1 Pod fields the simulator reads, as decoders. Fields it passes over are listed as `raw`
// so that only genuinely unknown fields draw kubectl's `unknown field` warning.
import { limits } from './limits';
import { bool, int, int32, intOrStr, list, obj, quantity, raw, rawFields, record, str, type Infer } from './decode';

/** ObjectMeta, shared by every Kubernetes object. */
export const objectMeta = obj({
  name: str,
  generateName: str,
  namespace: str,
  uid: str,
  labels: record(str),
  annotations: record(str),
  creationTimestamp: raw,
  deletionGracePeriodSeconds: raw,
  deletionTimestamp: raw,
  finalizers: raw,
  generation: raw,
  managedFields: raw,
  ownerReferences: raw,
  resourceVersion: raw,
  selfLink: raw,
});

const exec = obj({ command: list(str) });
const httpGet = obj({ host: str, httpHeaders: list(obj({ name: str, value: str })), path: str, port: intOrStr, scheme: str });
const tcpSocket = obj({ host: str, port: intOrStr });

const probe = obj({
  exec,
  httpGet,
  tcpSocket,
  grpc: obj({ port: int32, service: str }),
  initialDelaySeconds: int32,
  periodSeconds: int32,
  timeoutSeconds: int32,
  successThreshold: int32,
  failureThreshold: int32,
  terminationGracePeriodSeconds: int,
});

const lifecycleHandler = obj({ exec, httpGet, tcpSocket, sleep: obj({ seconds: int }) });

const container = obj({
  name: str,
  image: str,
  command: list(str),
  args: list(str),
  workingDir: str,
  ports: list(obj({ containerPort: int32, hostPort: int32, hostIP: str, name: str, protocol: str })),
  env: list(obj({ name: str, value: str, valueFrom: obj({ fieldRef: raw, resourceFieldRef: raw, configMapKeyRef: raw, secretKeyRef: raw, fileKeyRef: raw }) })),
  envFrom: list(obj({ prefix: str, configMapRef: obj({ name: str, optional: bool }), secretRef: obj({ name: str, optional: bool }) })),
  resources: obj({ limits: record(quantity), requests: record(quantity), claims: raw }),
  resizePolicy: raw,
  restartPolicy: str,
  restartPolicyRules: raw,
  volumeMounts: list(obj({ name: str, mountPath: str, readOnly: bool, subPath: str, subPathExpr: str, mountPropagation: str, recursiveReadOnly: str })),
  volumeDevices: raw,
  livenessProbe: probe,
  readinessProbe: probe,
  startupProbe: probe,
  lifecycle: obj({ postStart: lifecycleHandler, preStop: lifecycleHandler, stopSignal: str }),
  terminationMessagePath: str,
  terminationMessagePolicy: str,
  imagePullPolicy: str,
  securityContext: raw,
  stdin: bool,
  stdinOnce: bool,
  tty: bool,
});

const keyToPath = obj({ key: str, path: str, mode: int32 });

/** Volume source fields in the order validateVolumeSource checks them. */
export const volumeSourceKeys = [
  'emptyDir', 'hostPath', 'gitRepo', 'gcePersistentDisk', 'awsElasticBlockStore', 'secret', 'nfs', 'iscsi',
  'glusterfs', 'flocker', 'persistentVolumeClaim', 'rbd', 'cinder', 'cephfs', 'quobyte', 'downwardAPI', 'fc',
  'flexVolume', 'configMap', 'azureFile', 'vsphereVolume', 'photonPersistentDisk', 'portworxVolume', 'azureDisk',
  'storageos', 'projected', 'scaleIO', 'csi', 'ephemeral', 'image',
] as const;

const volume = obj({
  name: str,
  emptyDir: obj({ medium: str, sizeLimit: quantity }),
  hostPath: obj({ path: str, type: str }),
  secret: obj({ secretName: str, items: list(keyToPath), defaultMode: int32, optional: bool }),
  configMap: obj({ name: str, items: list(keyToPath), defaultMode: int32, optional: bool }),
  persistentVolumeClaim: obj({ claimName: str, readOnly: bool }),
  ...rawFields([
    'gitRepo', 'gcePersistentDisk', 'awsElasticBlockStore', 'nfs', 'iscsi', 'glusterfs', 'flocker', 'rbd', 'cinder',
    'cephfs', 'quobyte', 'downwardAPI', 'fc', 'flexVolume', 'azureFile', 'vsphereVolume', 'photonPersistentDisk',
    'portworxVolume', 'azureDisk', 'storageos', 'projected', 'scaleIO', 'csi', 'ephemeral', 'image',
  ]),
});

const podSpec = obj({
  containers: list(container, limits.containers),
  initContainers: list(container, limits.containers),
  ephemeralContainers: raw,
  volumes: list(volume),
  restartPolicy: str,
  terminationGracePeriodSeconds: int,
  activeDeadlineSeconds: int,
  nodeName: str,
  serviceAccountName: str,
  serviceAccount: str,
  hostname: str,
  subdomain: str,
  dnsPolicy: str,
  overhead: record(quantity),
  readinessGates: list(obj({ conditionType: str })),
  nodeSelector: record(str),
  tolerations: list(obj({ key: str, operator: str, value: str, effect: str, tolerationSeconds: int })),
  ...rawFields([
    'affinity', 'automountServiceAccountToken', 'dnsConfig', 'enableServiceLinks', 'hostAliases', 'hostIPC',
    'hostNetwork', 'hostPID', 'hostUsers', 'hostnameOverride', 'imagePullSecrets', 'os',
    'preemptionPolicy', 'priority', 'priorityClassName', 'resourceClaims', 'resources',
    'runtimeClassName', 'schedulerName', 'schedulingGates', 'securityContext', 'setHostnameAsFQDN',
    'shareProcessNamespace', 'topologySpreadConstraints',
  ]),
});

/** The Pod: the whole YAML document of kind Pod. */
export const podDocument = obj({ apiVersion: str, kind: str, metadata: objectMeta, spec: podSpec, status: raw });

/** A decoded Pod. */
export type PodV1 = Infer<typeof podDocument>;
/** A decoded PodSpec. */
export type PodSpecV1 = NonNullable<PodV1['spec']>;
/** A decoded Container. */
export type ContainerV1 = Infer<typeof container>;
/** A decoded Probe. */
export type ProbeV1 = Infer<typeof probe>;
/** A decoded lifecycle handler. */
export type LifecycleHandlerV1 = Infer<typeof lifecycleHandler>;
/** Any handler: a probe's (exec, httpGet, tcpSocket, grpc) or a hook's (exec, httpGet, tcpSocket, sleep). */
export type HandlerV1 = Pick<LifecycleHandlerV1, 'exec' | 'httpGet' | 'tcpSocket' | 'sleep'> & Pick<ProbeV1, 'grpc'>;
/** A decoded Volume. */
export type VolumeV1 = Infer<typeof volume>;
/** Decoded ObjectMeta. */
export type ObjectMetaV1 = Infer<typeof objectMeta>;
