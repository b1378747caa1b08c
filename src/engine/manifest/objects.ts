// Service, ConfigMap and Secret documents: decoding shapes, the cheap part of their API
// validation, and the reduced models name resolution and volumes need.
import type { ConfigDataModel, ServicePortSpec, ServiceSpecModel } from './model';
import { decodeBase64, decodeUtf8 } from './base64';
import { bool, int32, intOrStr, list, obj, raw, record, setEntry, str, type DecodeSink, type Infer } from './decode';
import { duplicate, invalid, notSupported, required } from './messages';
import { isConfigMapKey, isDNS1123Label, isPortNum, nameIsDNS1035Label, nameIsDNSSubdomain } from './names';
import { objectMeta } from './podShape';
import type { PositionFinder } from './positions';
import type { Scope } from './report';
import { validatePortNumOrName } from './validateHandlers';
import { resolveName, validateObjectMeta } from './validateMeta';

const servicePort = obj({ name: str, protocol: str, port: int32, targetPort: intOrStr, nodePort: int32, appProtocol: str });

/** A v1 Service; the spec is open because most of its fields do not matter here. */
export const serviceDocument = obj({
  apiVersion: str,
  kind: str,
  metadata: objectMeta,
  spec: obj({ ports: list(servicePort), clusterIP: str, type: str, selector: record(str) }, true),
  status: raw,
});

/** A v1 ConfigMap. */
export const configMapDocument = obj({ apiVersion: str, kind: str, metadata: objectMeta, data: record(str), binaryData: record(str), immutable: bool });

/** A v1 Secret. */
export const secretDocument = obj({ apiVersion: str, kind: str, metadata: objectMeta, data: record(str), stringData: record(str), type: str, immutable: bool });

type ServiceV1 = Infer<typeof serviceDocument>;
type ConfigMapV1 = Infer<typeof configMapDocument>;
type SecretV1 = Infer<typeof secretDocument>;

/** ValidateService, reduced to names, type and ports. */
export function validateService(svc: ServiceV1, scope: Scope): void {
  validateObjectMeta(svc.metadata, nameIsDNS1035Label, scope);
  const spec = svc.spec ?? {};
  const type = spec.type || 'ClusterIP';
  const types = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
  if (!types.includes(type)) scope.error(['spec', 'type'], notSupported(type, types));
  const ports = spec.ports ?? [];
  if (ports.length === 0 && spec.clusterIP !== 'None' && type !== 'ExternalName') scope.error(['spec', 'ports'], required());
  const names = new Set<string>();
  ports.forEach((p, i) => {
    const at = ['spec', 'ports', i];
    if (ports.length > 1 && !p.name) scope.error([...at, 'name'], required());
    else if (p.name) {
      for (const msg of isDNS1123Label(p.name)) scope.error([...at, 'name'], invalid(p.name, msg));
      if (names.has(p.name)) scope.error([...at, 'name'], duplicate(p.name));
      names.add(p.name);
    }
    for (const msg of isPortNum(p.port ?? 0)) scope.error([...at, 'port'], invalid(p.port ?? 0, msg));
    const protocol = p.protocol || 'TCP';
    if (!['SCTP', 'TCP', 'UDP'].includes(protocol)) scope.error([...at, 'protocol'], notSupported(protocol, ['SCTP', 'TCP', 'UDP']));
    // An unset (or zero) targetPort defaults to the port.
    if (p.targetPort !== undefined && p.targetPort !== 0) validatePortNumOrName(p.targetPort, [...at, 'targetPort'], scope);
  });
}

function decodeBinary(bag: 'data' | 'binaryData', entries: Record<string, string>, sink: DecodeSink): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(entries)) {
    const result = decodeBase64(value);
    if (result.ok) setEntry(out, key, decodeUtf8(result.bytes));
    else sink.typeError([bag, { key }], invalid(value, `illegal base64 data at input byte ${result.badIndex}`));
  }
  return out;
}

/** Secret data as text: `data` base64-decoded (a bad value fails decoding, as in the API server), `stringData` over it. */
export function decodeSecretData(secret: SecretV1, sink: DecodeSink): Record<string, string> {
  return { ...decodeBinary('data', secret.data ?? {}, sink), ...(secret.stringData ?? {}) };
}

/** ConfigMap data as text: `data`, plus `binaryData` base64-decoded. */
export function decodeConfigMapData(cm: ConfigMapV1, sink: DecodeSink): Record<string, string> {
  return { ...(cm.data ?? {}), ...decodeBinary('binaryData', cm.binaryData ?? {}, sink) };
}

/** ValidateConfigMap / ValidateSecret: names and keys. */
export function validateConfigData(doc: ConfigMapV1 | SecretV1, scope: Scope): void {
  validateObjectMeta(doc.metadata, nameIsDNSSubdomain, scope);
  const binary = 'binaryData' in doc ? (doc.binaryData ?? {}) : {};
  const bags: [string, Record<string, string>][] = [
    ['data', doc.data ?? {}],
    ['binaryData', binary],
    ['stringData', 'stringData' in doc ? (doc.stringData ?? {}) : {}],
  ];
  for (const [bag, entries] of bags) {
    for (const key of Object.keys(entries)) {
      for (const msg of isConfigMapKey(key)) scope.error([bag, { key }], invalid(key, msg));
      if (bag === 'data' && Object.hasOwn(binary, key)) scope.error([bag, { key }], invalid(key, 'duplicate of key present in binaryData'));
    }
  }
}

/** The Service model. */
export function normalizeService(svc: ServiceV1, find: PositionFinder): ServiceSpecModel {
  const ports: ServicePortSpec[] = (svc.spec?.ports ?? []).map((p) => ({
    port: p.port ?? 0,
    targetPort: p.targetPort === undefined || p.targetPort === 0 ? (p.port ?? 0) : p.targetPort,
    protocol: p.protocol || 'TCP',
    ...(p.name ? { name: p.name } : {}),
  }));
  return {
    name: resolveName(svc.metadata),
    namespace: svc.metadata?.namespace || 'default',
    ports,
    ...(svc.spec?.clusterIP ? { clusterIP: svc.spec.clusterIP } : {}),
    position: find(['kind']),
  };
}

/** The ConfigMap or Secret model, with data already decoded. */
export function normalizeConfigData(
  kind: 'ConfigMap' | 'Secret',
  doc: ConfigMapV1 | SecretV1,
  data: Record<string, string>,
  find: PositionFinder,
): ConfigDataModel {
  const binaryKeys = 'binaryData' in doc ? Object.keys(doc.binaryData ?? {}) : [];
  return { kind, name: resolveName(doc.metadata), namespace: doc.metadata?.namespace || 'default', data, ...(binaryKeys.length ? { binaryKeys } : {}), position: find(['kind']) };
}
