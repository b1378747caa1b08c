// Container lists (validation.go: validateContainerCommon, validateContainers,
// validateInitContainers, validateContainerPorts, ValidateEnv, ValidateVolumeMounts, checkHostPortConflicts).
import { duplicate, forbidden, invalid, notFound, notSupported, required } from './messages';
import { isDNS1123Label, isEnvVarName, isPortName, isPortNum, isQualifiedName, nameIsDNSSubdomain, splitSubscript } from './names';
import type { FieldPath } from './path';
import type { ContainerV1 } from './podShape';
import type { Scope } from './report';
import { hasFileKeyRef, validateFileKeySelector, type FileKeyRefV1 } from './envFiles';
import { validateProbesAndLifecycle } from './validateHandlers';
import { validateContainerRestart, validateSidecarRules } from './restartRules';
import { defaultSettings, type KubernetesSettings } from '../version/versions';
import { validateResources } from './validateResources';

const forbiddenForInit = 'may not be set for init containers without restartPolicy=Always';

function validatePorts(c: ContainerV1, path: FieldPath, scope: Scope): void {
  const names = new Set<string>();
  (c.ports ?? []).forEach((port, i) => {
    const at = [...path, 'ports', i];
    if (port.name) {
      const msgs = isPortName(port.name);
      for (const msg of msgs) scope.error([...at, 'name'], invalid(port.name, msg));
      if (msgs.length === 0 && names.has(port.name)) scope.error([...at, 'name'], duplicate(port.name));
      names.add(port.name);
    }
    if (!port.containerPort) scope.error([...at, 'containerPort'], required());
    else for (const msg of isPortNum(port.containerPort)) scope.error([...at, 'containerPort'], invalid(port.containerPort, msg));
    if (port.hostPort) for (const msg of isPortNum(port.hostPort)) scope.error([...at, 'hostPort'], invalid(port.hostPort, msg));
    const protocol = port.protocol || 'TCP';
    if (!['SCTP', 'TCP', 'UDP'].includes(protocol)) scope.error([...at, 'protocol'], notSupported(protocol, ['SCTP', 'TCP', 'UDP']));
  });
}

/** The field paths an env var's fieldRef may name (validEnvDownwardAPIFieldPathExpressions), sorted as the API lists them. */
const envFieldPaths = ['metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs'];

/** The paths ConvertDownwardAPIFieldLabel knows at all (pkg/apis/core/pods/helpers.go); `spec.host` is an old name of spec.nodeName. */
const downwardLabels = new Set(['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.restartPolicy',
  'spec.serviceAccountName', 'spec.schedulerName', 'status.phase', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs']);

/** validateObjectFieldSelector for an env var (apiVersion defaults to v1 before validation). */
function validateObjectFieldSelector(ref: unknown, at: FieldPath, scope: Scope): void {
  const fs = (typeof ref === 'object' && ref !== null ? ref : {}) as { apiVersion?: unknown; fieldPath?: unknown };
  const apiVersion = typeof fs.apiVersion === 'string' && fs.apiVersion !== '' ? fs.apiVersion : 'v1';
  const fieldPath = typeof fs.fieldPath === 'string' ? fs.fieldPath : '';
  if (!fieldPath) { scope.error([...at, 'fieldPath'], required()); return; }
  const split = splitSubscript(fieldPath);
  let failure: string | undefined;
  if (apiVersion !== 'v1') failure = `unsupported pod version: ${apiVersion}`;
  else if (split && split[0] !== 'metadata.annotations' && split[0] !== 'metadata.labels') failure = `field label does not support subscript: ${fieldPath}`;
  else if (!split && !downwardLabels.has(fieldPath) && fieldPath !== 'spec.host') failure = `field label not supported: ${fieldPath}`;
  if (failure) { scope.error([...at, 'fieldPath'], invalid(fieldPath, `error converting fieldPath: ${failure}`)); return; }
  const path = fieldPath === 'spec.host' ? 'spec.nodeName' : fieldPath;
  if (split) {
    const [kind, key] = split;
    // An annotation key is checked, and reported, lower-cased.
    const checked = kind === 'metadata.annotations' ? key.toLowerCase() : key;
    for (const msg of isQualifiedName(checked)) scope.error(at, invalid(checked, msg));
  } else if (!envFieldPaths.includes(path)) scope.error([...at, 'fieldPath'], notSupported(path, envFieldPaths));
}

function validateEnv(c: ContainerV1, path: FieldPath, scope: Scope): void {
  (c.env ?? []).forEach((env, i) => {
    const at = [...path, 'env', i];
    if (!env.name) scope.error([...at, 'name'], required());
    else for (const msg of isEnvVarName(env.name)) scope.error([...at, 'name'], invalid(env.name, msg));
    const from = env.valueFrom;
    if (!from) return;
    const sources = [from.fieldRef, from.resourceFieldRef, from.configMapKeyRef, from.secretKeyRef, from.fileKeyRef].filter((s) => s !== undefined).length;
    const fromPath = [...at, 'valueFrom'];
    if (hasFileKeyRef(from)) validateFileKeySelector(from.fileKeyRef as FileKeyRefV1, [...fromPath, 'fileKeyRef'], scope);
    if (from.fieldRef !== undefined) validateObjectFieldSelector(from.fieldRef, [...fromPath, 'fieldRef'], scope);
    if (sources === 0) scope.error(fromPath, invalid('', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
    else if (env.value) scope.error(fromPath, invalid('', 'may not be specified when `value` is not empty'));
    else if (sources > 1) scope.error(fromPath, invalid('', 'may not have more than one field specified at a time'));
  });
}

/** ValidateEnvFrom: a valid prefix, exactly one source, and a valid name for it. */
function validateEnvFrom(c: ContainerV1, path: FieldPath, scope: Scope): void {
  const listPath = [...path, 'envFrom'];
  (c.envFrom ?? []).forEach((from, i) => {
    const at = [...listPath, i];
    if (from.prefix) for (const msg of isEnvVarName(from.prefix)) scope.error([...at, 'prefix'], invalid(from.prefix, msg));
    const refs = ([['configMapRef', from.configMapRef], ['secretRef', from.secretRef]] as const).filter(([, ref]) => ref !== undefined);
    for (const [field, ref] of refs) {
      const name = ref?.name ?? '';
      if (!name) scope.error([...at, field, 'name'], required());
      else for (const msg of nameIsDNSSubdomain(name, true)) scope.error([...at, field, 'name'], invalid(name, msg));
    }
    // Go reports these two on `envFrom` itself (no index); the position still points at the item.
    if (refs.length === 0) scope.error(listPath, invalid('', 'must specify one of: `configMapRef` or `secretRef`'), at);
    else if (refs.length > 1) scope.error(listPath, invalid('', 'may not have more than one field specified at a time'), at);
  });
}

function validateMountSubPath(value: string, listPath: FieldPath, at: FieldPath, scope: Scope): void {
  // Go reports these on `volumeMounts.subPath` (no index); the position still points at the item.
  if (value.startsWith('/')) scope.error([...listPath, 'subPath'], invalid(value, 'must be a relative path'), at);
  if (value.split('/').includes('..')) scope.error([...listPath, 'subPath'], invalid(value, "must not contain '..'"), at);
}

function validateMounts(c: ContainerV1, volumes: ReadonlySet<string>, path: FieldPath, scope: Scope): void {
  const mountPoints = new Set<string>();
  const listPath = [...path, 'volumeMounts'];
  (c.volumeMounts ?? []).forEach((m, i) => {
    const at = [...listPath, i];
    const name = m.name ?? '';
    const mountPath = m.mountPath ?? '';
    if (!name) scope.error([...at, 'name'], required());
    if (!volumes.has(name)) scope.error([...at, 'name'], notFound(name));
    if (!mountPath) scope.error([...at, 'mountPath'], required());
    if (mountPoints.has(mountPath)) scope.error([...at, 'mountPath'], invalid(mountPath, 'must be unique'));
    mountPoints.add(mountPath);
    if (m.subPath) validateMountSubPath(m.subPath, listPath, [...at, 'subPath'], scope);
  });
}

function validateCommon(c: ContainerV1, volumes: ReadonlySet<string>, path: FieldPath, scope: Scope): void {
  if (!c.name) scope.error([...path, 'name'], required());
  else for (const msg of isDNS1123Label(c.name)) scope.error([...path, 'name'], invalid(c.name, msg));
  if (!c.image) scope.error([...path, 'image'], required());
  const tmp = c.terminationMessagePolicy;
  if (tmp && tmp !== 'File' && tmp !== 'FallbackToLogsOnError') {
    scope.error([...path, 'terminationMessagePolicy'], notSupported(tmp, ['File', 'FallbackToLogsOnError']));
  }
  validatePorts(c, path, scope);
  validateEnv(c, path, scope);
  validateEnvFrom(c, path, scope);
  validateMounts(c, volumes, path, scope);
  const policy = c.imagePullPolicy;
  if (policy && !['Always', 'IfNotPresent', 'Never'].includes(policy)) {
    scope.error([...path, 'imagePullPolicy'], notSupported(policy, ['Always', 'IfNotPresent', 'Never']));
  }
  validateResources(c, path, scope);
}

function checkHostPorts(containers: readonly ContainerV1[], base: FieldPath, offset: number, seen: Set<string>, scope: Scope): void {
  containers.forEach((c, ci) => {
    (c.ports ?? []).forEach((port, pi) => {
      if (!port.hostPort) return;
      const key = `${port.protocol || 'TCP'}/${port.hostIP ?? ''}/${port.hostPort}`;
      if (seen.has(key)) scope.error([...base, ci + offset, 'ports', pi, 'hostPort'], duplicate(key));
      seen.add(key);
    });
  });
}

/** validateContainers: the app containers, including the host-port check across all of them. */
export function validateAppContainers(containers: readonly ContainerV1[], volumes: ReadonlySet<string>, grace: number, scope: Scope, kubernetes: KubernetesSettings = defaultSettings()): void {
  const base = ['spec', 'containers'];
  if (containers.length === 0) {
    scope.error(base, required());
    return;
  }
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const path = [...base, i];
    validateCommon(c, volumes, path, scope);
    const name = c.name ?? '';
    if (names.has(name)) scope.error([...path, 'name'], duplicate(name));
    names.add(name);
    validateProbesAndLifecycle(c, grace, path, scope);
    // With ContainerRestartRules off the field was dropped before validation (restartRules.ts).
    if (kubernetes.gates.ContainerRestartRules) validateContainerRestart(c, path, kubernetes, scope);
    else if (c.restartPolicy !== undefined) scope.error([...path, 'restartPolicy'], forbidden('may not be set for non-init containers'));
  });
  checkHostPorts(containers, base, 0, new Set(), scope);
}

/** validateInitContainers: names are unique across both lists, so a clash is reported here. */
export function validateInitContainers(
  inits: readonly ContainerV1[],
  apps: readonly ContainerV1[],
  volumes: ReadonlySet<string>,
  grace: number,
  scope: Scope,
  kubernetes: KubernetesSettings = defaultSettings(),
): void {
  const base = ['spec', 'initContainers'];
  const names = new Set(apps.map((c) => c.name ?? ''));
  inits.forEach((c, i) => {
    const path = [...base, i];
    validateCommon(c, volumes, path, scope);
    if (c.restartPolicy === 'Always') validateSidecarRules(c, path, kubernetes, scope);
    else if (kubernetes.gates.ContainerRestartRules) validateContainerRestart(c, path, kubernetes, scope);
    else if (c.restartPolicy !== undefined) scope.error([...path, 'restartPolicy'], notSupported(c.restartPolicy, ['Always']));
    const name = c.name ?? '';
    if (names.has(name)) scope.error([...path, 'name'], duplicate(name));
    else if (name) names.add(name);
    // Init containers run one at a time, so host ports only clash within one container.
    checkHostPorts([c], base, i, new Set(), scope);
    if (c.restartPolicy === 'Always') {
      validateProbesAndLifecycle(c, grace, path, scope);
    } else {
      for (const field of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
        if (c[field] !== undefined) scope.error([...path, field], forbidden(forbiddenForInit));
      }
    }
  });
}

/** validateContainersOnlyForPod: images may not carry surrounding whitespace. */
export function validateImageWhitespace(containers: readonly ContainerV1[], list: 'containers' | 'initContainers', scope: Scope): void {
  containers.forEach((c, i) => {
    const image = c.image ?? '';
    if (image !== image.trim()) scope.error(['spec', list, i, 'image'], invalid(image, 'must not have leading or trailing whitespace'));
  });
}
