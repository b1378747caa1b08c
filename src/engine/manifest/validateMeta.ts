// ValidateObjectMeta for create (apimachinery/pkg/api/validation/objectmeta.go): name or
// generateName, namespace, label and annotation keys and values.
import { limits, tooLong, utf8Length } from './limits';
import { deriveNameSuffix } from './identity';
import { invalid, required } from './messages';
import { isDNS1123Label, isLabelValue, isQualifiedName } from './names';
import type { ObjectMetaV1 } from './podShape';
import type { Scope } from './report';

/** A name rule such as NameIsDNSSubdomain: `prefix` is true for generateName. */
export type NameRule = (name: string, prefix: boolean) => string[];

/** The name the API server stores: `name`, or `generateName` plus a (here deterministic) suffix. */
export function resolveName(meta: ObjectMetaV1 | undefined): string {
  if (meta?.name) return meta.name;
  return meta?.generateName ? meta.generateName + deriveNameSuffix(meta.generateName) : '';
}

/** Validates metadata of a namespaced object being created. */
export function validateObjectMeta(meta: ObjectMetaV1 | undefined, nameRule: NameRule, scope: Scope): void {
  const generateName = meta?.generateName ?? '';
  if (generateName) {
    for (const msg of nameRule(generateName, true)) scope.error(['metadata', 'generateName'], invalid(generateName, msg));
  }
  const name = resolveName(meta);
  if (!name) scope.error(['metadata', 'name'], required('name or generateName is required'));
  else for (const msg of nameRule(name, false)) scope.error(['metadata', 'name'], invalid(name, msg));

  // kubectl fills an empty namespace from its context, so only a given one is checked.
  const namespace = meta?.namespace ?? '';
  if (namespace) for (const msg of isDNS1123Label(namespace)) scope.error(['metadata', 'namespace'], invalid(namespace, msg));

  for (const [key, value] of Object.entries(meta?.labels ?? {})) {
    const at = ['metadata', 'labels', key];
    for (const msg of isQualifiedName(key)) scope.error(['metadata', 'labels'], invalid(key, msg), at);
    for (const msg of isLabelValue(value)) scope.error(['metadata', 'labels'], invalid(value, msg), at);
  }
  let annotationBytes = 0;
  for (const [key, value] of Object.entries(meta?.annotations ?? {})) annotationBytes += utf8Length(key) + utf8Length(String(value));
  if (annotationBytes > limits.annotationBytes) scope.error(['metadata', 'annotations'], tooLong(limits.annotationBytes));
  for (const key of Object.keys(meta?.annotations ?? {})) {
    // Annotation keys are qualified names compared case-insensitively.
    for (const msg of isQualifiedName(key.toLowerCase())) {
      scope.error(['metadata', 'annotations'], invalid(key, msg), ['metadata', 'annotations', key]);
    }
  }
}
