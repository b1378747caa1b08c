// ValidatePodCreate's checks, in validation.go's order: metadata, volumes, containers, init
// containers, then the pod-level fields. Runs on the decoded pod, with API defaults in mind.
import { limits, tooMany } from './limits';
import { canonicalizeQuantity, resolveGracePeriod } from './defaults';
import { duplicate, forbidden, inclusiveRange, invalid, isNegativeMessage, notSupported, required } from './messages';
import { isDNS1123Label, isLabelValue, isQualifiedName, nameIsDNSSubdomain } from './names';
import type { FieldPath } from './path';
import { volumeSourceKeys, type PodV1, type VolumeV1 } from './podShape';
import type { Scope } from './report';
import { validateAppContainers, validateImageWhitespace, validateInitContainers } from './validateContainers';
import { validateObjectMeta } from './validateMeta';
import { validateFileKeyRefVolumes } from './envFiles';
import { validateImageVolumeSource } from './imageVolumes';
import { dropDisabledRestartFields } from './restartRules';
import { parseQuantity } from '../quantity';
import { defaultSettings, type KubernetesSettings } from '../version/versions';

function validateLocalPath(value: string, path: FieldPath, scope: Scope): void {
  if (value.startsWith('/')) scope.error(path, invalid(value, 'must be a relative path'));
  if (value.split('/').includes('..')) scope.error(path, invalid(value, "must not contain '..'"));
  else if (value.startsWith('..')) scope.error(path, invalid(value, "must not start with '..'"));
}

function validateItems(items: readonly { key?: string; path?: string }[] | undefined, base: FieldPath, scope: Scope): void {
  (items ?? []).forEach((item, i) => {
    const at = [...base, 'items', i];
    if (!item.key) scope.error([...at, 'key'], required());
    if (!item.path) scope.error([...at, 'path'], required());
    validateLocalPath(item.path ?? '', [...at, 'path'], scope);
  });
}

function validateVolumeSource(vol: VolumeV1, path: FieldPath, scope: Scope): void {
  let count = 0;
  for (const kind of volumeSourceKeys) {
    if (vol[kind] === undefined) continue;
    if (count++ > 0) {
      scope.error([...path, kind], forbidden('may not specify more than 1 volume type'));
      continue;
    }
    const at = [...path, kind];
    if (kind === 'hostPath' && !vol.hostPath?.path) scope.error([...at, 'path'], required());
    if (kind === 'secret') {
      if (!vol.secret?.secretName) scope.error([...at, 'secretName'], required());
      validateItems(vol.secret?.items, at, scope);
    }
    if (kind === 'configMap') {
      if (!vol.configMap?.name) scope.error([...at, 'name'], required());
      validateItems(vol.configMap?.items, at, scope);
    }
    if (kind === 'persistentVolumeClaim' && !vol.persistentVolumeClaim?.claimName) scope.error([...at, 'claimName'], required());
    if (kind === 'image') validateImageVolumeSource(vol, at, scope);
    const sizeLimit = vol.emptyDir?.sizeLimit;
    if (kind === 'emptyDir' && sizeLimit !== undefined && (parseQuantity(sizeLimit) ?? 0) < 0) {
      scope.error([...at, 'sizeLimit'], forbidden('SizeLimit field must be a valid resource quantity'));
    }
  }
  if (count === 0) scope.error(path, required('must specify a volume type'));
}

/** ValidateVolumes: returns the names mounts may refer to (a volume with errors is not one of them). */
function validateVolumes(volumes: readonly VolumeV1[], scope: Scope): Set<string> {
  const names = new Set<string>();
  volumes.forEach((vol, i) => {
    const path = ['spec', 'volumes', i];
    const errors: [FieldPath, string][] = [];
    const local: Scope = { error: (p, m) => errors.push([p, m]), warn: scope.warn };
    validateVolumeSource(vol, path, local);
    const name = vol.name ?? '';
    if (!name) errors.push([[...path, 'name'], required()]);
    else for (const msg of isDNS1123Label(name)) errors.push([[...path, 'name'], invalid(name, msg)]);
    if (names.has(name)) errors.push([[...path, 'name'], duplicate(name)]);
    if (errors.length === 0) names.add(name);
    for (const [p, m] of errors) scope.error(p, m);
  });
  return names;
}

function validateEnum(value: string | undefined, supported: readonly string[], path: FieldPath, scope: Scope): void {
  // An empty value is defaulted before validation, so only a given one can be unsupported.
  if (value && !supported.includes(value)) scope.error(path, notSupported(value, supported));
}

/** Validates a decoded Pod; reports every error, as the API server does. */
type TolerationV1 = NonNullable<NonNullable<PodV1['spec']>['tolerations']>[number];

const taintEffects = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/**
 * Go's `%#v` of an internal core.Toleration, as field.Invalid prints a struct without a String
 * method; Go prints a set tolerationSeconds as its pointer's address, shown here as its value.
 */
function goToleration(t: TolerationV1): string {
  const seconds = t.tolerationSeconds === undefined ? '(*int64)(nil)' : `(*int64)(${t.tolerationSeconds})`;
  return `core.Toleration{Key:${JSON.stringify(t.key ?? '')}, Operator:${JSON.stringify(t.operator ?? '')}, Value:${JSON.stringify(t.value ?? '')}, Effect:${JSON.stringify(t.effect ?? '')}, TolerationSeconds:${seconds}}`;
}

/**
 * ValidateTolerations. The numeric operators Lt and Gt (TaintTolerationComparisonOperators, alpha
 * in 1.35) are let through on every version: their later stages were not confirmed.
 */
function validateTolerations(tolerations: TolerationV1[], scope: Scope): void {
  tolerations.forEach((t, i) => {
    const at = ['spec', 'tolerations', i];
    const key = t.key ?? '';
    const operator = t.operator ?? '';
    const value = t.value ?? '';
    const effect = t.effect ?? '';
    if (key) for (const msg of isQualifiedName(key)) scope.error([...at, 'key'], invalid(key, msg));
    if (!key && operator !== 'Exists') scope.error([...at, 'operator'], invalid(operator, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    if (t.tolerationSeconds !== undefined && effect !== 'NoExecute') scope.error([...at, 'effect'], invalid(effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    if (operator === '' || operator === 'Equal') {
      const errs = isLabelValue(value);
      if (errs.length) scope.error([...at, 'operator'], invalid(value, errs.join(';')));
    } else if (operator === 'Exists') {
      if (value) scope.error([...at, 'operator'], `Invalid value: ${goToleration(t)}: value must be empty when \`operator\` is 'Exists'`);
    } else if (operator !== 'Lt' && operator !== 'Gt') scope.error([...at, 'operator'], notSupported(operator, ['Equal', 'Exists']));
    if (effect && !taintEffects.includes(effect)) scope.error([...at, 'effect'], notSupported(effect, taintEffects));
  });
}

export function validatePod(pod: PodV1, scope: Scope, kubernetes: KubernetesSettings = defaultSettings()): void {
  // PrepareForCreate drops the fields of disabled gates before validation runs.
  dropDisabledRestartFields(pod, kubernetes, scope);
  validateObjectMeta(pod.metadata, nameIsDNSSubdomain, scope);
  const spec = pod.spec ?? {};
  const tgps = spec.terminationGracePeriodSeconds;
  if (tgps !== undefined && tgps < 0) {
    // Since 1.27 a negative grace period is converted to 1 with a warning, not rejected.
    scope.warn('spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1', ['spec', 'terminationGracePeriodSeconds']);
  }
  const grace = resolveGracePeriod(tgps);
  const volumes = validateVolumes(spec.volumes ?? [], scope);
  const apps = spec.containers ?? [];
  const inits = spec.initContainers ?? [];
  if (apps.length + inits.length > limits.containers) {
    scope.error(['spec', 'initContainers'], tooMany(apps.length + inits.length, limits.containers, 'init containers and containers together'));
  }
  validateAppContainers(apps, volumes, grace, scope, kubernetes);
  validateInitContainers(inits, apps, volumes, grace, scope, kubernetes);
  validateFileKeyRefVolumes(pod, scope);
  validateEnum(spec.restartPolicy, ['Always', 'OnFailure', 'Never'], ['spec', 'restartPolicy'], scope);
  validateEnum(spec.dnsPolicy, ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'], ['spec', 'dnsPolicy'], scope);
  // ValidateLabels on the node selector: its keys and values follow the rules of labels.
  for (const [key, value] of Object.entries(spec.nodeSelector ?? {})) {
    const at = ['spec', 'nodeSelector', key];
    for (const msg of isQualifiedName(key)) scope.error(['spec', 'nodeSelector'], invalid(key, msg), at);
    for (const msg of isLabelValue(value)) scope.error(['spec', 'nodeSelector'], invalid(value, msg), at);
  }
  validateTolerations(spec.tolerations ?? [], scope);
  for (const field of ['serviceAccountName', 'nodeName'] as const) {
    const value = spec[field];
    if (value) for (const msg of nameIsDNSSubdomain(value, false)) scope.error(['spec', field], invalid(value, msg));
  }
  const deadline = spec.activeDeadlineSeconds;
  if (deadline !== undefined && (deadline < 1 || deadline > 2147483647)) {
    scope.error(['spec', 'activeDeadlineSeconds'], invalid(deadline, inclusiveRange(1, 2147483647)));
  }
  for (const field of ['hostname', 'subdomain'] as const) {
    const value = spec[field];
    if (value) for (const msg of isDNS1123Label(value)) scope.error(['spec', field], invalid(value, msg));
  }
  for (const [name, q] of Object.entries(spec.overhead ?? {})) {
    // validateOverhead reuses the container check with the overhead as limits.
    const at = ['spec', 'overhead', { key: name }];
    if ((parseQuantity(q) ?? 0) < 0) scope.error(['spec', 'overhead', 'limits', { key: name }], invalid(canonicalizeQuantity(q), isNegativeMessage), at);
  }
  validateImageWhitespace(apps, 'containers', scope);
  validateImageWhitespace(inits, 'initContainers', scope);
}
