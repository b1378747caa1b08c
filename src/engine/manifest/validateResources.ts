// Container resources (validation.go: validateResourceRequirements, validateContainerResourceName,
// ValidateResourceQuantityValue), checked on the defaulted requests (limits copied in).
import { canonicalizeQuantity, defaultRequests } from './defaults';
import { invalid, invalidUnquoted, isNegativeMessage, required } from './messages';
import { isQualifiedName } from './names';
import type { FieldPath } from './path';
import type { ContainerV1 } from './podShape';
import type { Scope } from './report';
import { parseQuantity } from '../quantity';

const containerResources = new Set(['cpu', 'memory', 'ephemeral-storage']);
// Names IsStandardResourceName accepts besides the container ones (quota and pod-level names).
const otherStandardResources = new Set([
  'pods', 'services', 'replicationcontrollers', 'resourcequotas', 'secrets', 'configmaps', 'persistentvolumeclaims',
  'storage', 'requests.cpu', 'requests.memory', 'requests.storage', 'requests.ephemeral-storage', 'limits.cpu',
  'limits.memory', 'limits.ephemeral-storage',
]);

const isHugePages = (name: string): boolean => name.startsWith('hugepages-');
const isNative = (name: string): boolean => !name.includes('/') || name.includes('kubernetes.io/');
const overcommitAllowed = (name: string): boolean => isNative(name) && !isHugePages(name);

function validateResourceName(name: string, path: FieldPath, scope: Scope): void {
  // ResourceName implements String(), so Go prints it without quotes.
  const qualified = isQualifiedName(name);
  for (const msg of qualified) scope.error(path, invalidUnquoted(name, msg));
  const simple = !name.includes('/');
  if (qualified.length === 0 && simple && !containerResources.has(name) && !otherStandardResources.has(name) && !isHugePages(name)) {
    scope.error(path, invalidUnquoted(name, 'must be a standard resource type or fully qualified'));
  }
  if (simple) {
    if (!containerResources.has(name) && !isHugePages(name)) scope.error(path, invalidUnquoted(name, 'must be a standard resource for containers'));
  } else if (!isNative(name) && name.startsWith('requests.')) {
    scope.error(path, invalidUnquoted(name, "doesn't follow extended resource name standard"));
  }
}

function validateQuantityValue(text: string, path: FieldPath, scope: Scope): void {
  if ((parseQuantity(text) ?? 0) < 0) scope.error(path, invalid(canonicalizeQuantity(text), isNegativeMessage));
}

/** Validates `resources` of one container. */
export function validateResources(c: ContainerV1, path: FieldPath, scope: Scope): void {
  const limits = c.resources?.limits ?? {};
  const requests = defaultRequests(c.resources?.requests, c.resources?.limits);
  const limPath = [...path, 'resources', 'limits'];
  const reqPath = [...path, 'resources', 'requests'];
  for (const [name, q] of Object.entries(limits)) {
    const at = [...limPath, { key: name }];
    validateResourceName(name, at, scope);
    validateQuantityValue(q, at, scope);
  }
  for (const [name, q] of Object.entries(requests)) {
    const at = [...reqPath, { key: name }];
    // A request copied from the limit has no text of its own: point at the limit.
    const source = Object.hasOwn(c.resources?.requests ?? {}, name) ? at : [...limPath, { key: name }];
    validateResourceName(name, at, scope);
    validateQuantityValue(q, at, scope);
    const limit = Object.hasOwn(limits, name) ? limits[name] : undefined;
    if (limit !== undefined) {
      const request = parseQuantity(q) ?? 0;
      const max = parseQuantity(limit) ?? 0;
      if (request !== max && !overcommitAllowed(name)) {
        scope.error(reqPath, invalid(canonicalizeQuantity(q), `must be equal to ${name} limit of ${canonicalizeQuantity(limit)}`), source);
      } else if (request > max) {
        scope.error(reqPath, invalid(canonicalizeQuantity(q), `must be less than or equal to ${name} limit of ${canonicalizeQuantity(limit)}`), source);
      }
    } else if (!overcommitAllowed(name)) {
      scope.error(limPath, required('Limit must be set for non overcommitable resources'), source);
    }
  }
}
