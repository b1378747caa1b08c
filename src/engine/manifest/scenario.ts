// The `playground/v1` Scenario document: node images and timed events (apply, delete, kill,
// restartSandbox and the `setImage: {container, image}` extension). Our own format, so unknown
// fields are errors (a typo must not silently drop an event).
import type { ImageOverride, ScenarioEventSpec, ScenarioSpecModel } from './model';
import { bool, int, int32, list, num, obj, raw, record, str, strOrNum, type Infer } from './decode';
import { formatGoDuration, MAX_GO_DURATION_MS, parseGoDuration } from './duration';
import { limits } from './limits';
import { forbidden, inclusiveRange, invalid, invalidUnquoted, isNegativeMessage, notFound, notSupported, required } from './messages';
import { isDNS1123Subdomain } from './names';
import { DEFAULT_KUBERNETES_VERSION, GATE_NAMES, isKubernetesVersion, KUBERNETES_VERSIONS, resolveGates, type GateName, type KubernetesSettings } from '../version/versions';
import type { SourcePosition } from '../../scenario/trace';
import type { FieldPath } from './path';
import type { PositionFinder } from './positions';
import type { Scope } from './report';

const imageOverride = obj({ pullSeconds: num, pull: str, sizeBytes: int, files: record(str) });
const event = obj({
  at: strOrNum,
  apply: str,
  delete: str,
  kill: str,
  exitCode: int32,
  reason: str,
  restartSandbox: bool,
  setImage: obj({ container: str, image: str }),
});

/** The Scenario document's shape. */
export const scenarioDocument = obj({
  apiVersion: str,
  kind: str,
  metadata: raw,
  spec: obj({
    kubernetesVersion: strOrNum,
    node: obj({ name: str, cachedImages: list(str), images: record(imageOverride), featureGates: record(bool) }),
    events: list(event, limits.events),
    until: strOrNum,
  }),
});

type ScenarioV1 = Infer<typeof scenarioDocument>;
type EventV1 = Infer<typeof event>;

/** What events may refer to: the pod's name and containers, and the objects the documents define. */
export interface ScenarioContext {
  podName?: string;
  containers: ReadonlySet<string>;
  objects: Record<(typeof objectKinds)[number], ReadonlySet<string>>;
}

const durationHint = 'must be a duration such as 500ms, 20s or 1m30s';

/** Parses a duration field (Go duration or bare seconds) into ms, reporting a malformed one. */
function readDuration(value: string | number, path: FieldPath, scope: Scope): number | undefined {
  const ms = typeof value === 'number' ? (Math.abs(value * 1000) > MAX_GO_DURATION_MS ? undefined : Math.round(value * 1000)) : parseGoDuration(value);
  if (ms === undefined) scope.error(path, invalid(value, durationHint));
  else if (ms > limits.horizonMs) {
    // Later than any run reaches: refused rather than silently cut to the horizon.
    scope.error(path, invalid(value, `must be at most ${formatGoDuration(limits.horizonMs)} (the longest simulated horizon)`));
    return undefined;
  }
  return ms;
}

function readReference<K extends string>(ref: string, kinds: readonly K[], path: FieldPath, scope: Scope): { kind: K; name: string } | undefined {
  const slash = ref.indexOf('/');
  const kind = kinds.find((k) => slash > 0 && k === ref.slice(0, slash));
  const name = ref.slice(slash + 1);
  if (kind === undefined || !name) {
    const forms = kinds.map((k) => `${k}/NAME`);
    scope.error(path, invalid(ref, `must be ${forms.slice(0, -1).join(', ')} or ${forms.at(-1) ?? ''}`));
    return undefined;
  }
  return { kind, name };
}

const objectKinds = ['Service', 'ConfigMap', 'Secret'] as const;

/** An apply or delete event: a reference to an object some document defines (or the pod). */
function buildObjectEvent(verb: 'apply' | 'delete', ref: string, at: number, path: FieldPath, ctx: ScenarioContext, scope: Scope, position: SourcePosition): ScenarioEventSpec | undefined {
  const refPath = [...path, verb];
  if (verb === 'apply') {
    const target = readReference(ref, objectKinds, refPath, scope);
    if (!target) return undefined;
    if (ctx.objects[target.kind].has(target.name)) return { at, kind: 'apply', objectKind: target.kind, name: target.name, position };
  } else {
    const target = readReference(ref, [...objectKinds, 'Pod'], refPath, scope);
    if (!target) return undefined;
    const known = target.kind === 'Pod' ? target.name === ctx.podName : ctx.objects[target.kind].has(target.name);
    if (known) return { at, kind: 'delete', objectKind: target.kind, name: target.name, position };
  }
  scope.error(refPath, notFound(ref));
  return undefined;
}

const actions = ['apply', 'delete', 'kill', 'restartSandbox', 'setImage'] as const;

function buildEvent(e: EventV1, path: FieldPath, ctx: ScenarioContext, scope: Scope, find: PositionFinder): ScenarioEventSpec | undefined {
  const position = find(path);
  const at = e.at === undefined ? undefined : readDuration(e.at, [...path, 'at'], scope);
  if (e.at === undefined) scope.error([...path, 'at'], required());
  else if (at !== undefined && at < 0) scope.error([...path, 'at'], invalid(e.at, 'must not be negative'));
  const present = actions.filter((a) => e[a] !== undefined);
  if (present.length === 0) scope.error(path, required(`must specify one of: ${actions.join(', ')}`));
  for (const extra of present.slice(1)) scope.error([...path, extra], forbidden('may not specify more than 1 action'));
  for (const field of ['exitCode', 'reason'] as const) {
    if (e[field] !== undefined && e.kill === undefined) scope.error([...path, field], forbidden('may only be set with kill'));
  }
  if (at === undefined || at < 0 || present.length !== 1) return undefined;
  if (e.apply !== undefined) return buildObjectEvent('apply', e.apply, at, path, ctx, scope, position);
  if (e.delete !== undefined) return buildObjectEvent('delete', e.delete, at, path, ctx, scope, position);
  if (e.kill !== undefined) {
    const exitCode = e.exitCode ?? 137;
    if (!ctx.containers.has(e.kill)) scope.error([...path, 'kill'], notFound(e.kill));
    if (exitCode < 0 || exitCode > 255) scope.error([...path, 'exitCode'], invalid(exitCode, inclusiveRange(0, 255)));
    return { at, kind: 'kill', container: e.kill, exitCode, reason: e.reason || 'Error', position };
  }
  if (e.setImage !== undefined) {
    const { container = '', image = '' } = e.setImage;
    if (!container) scope.error([...path, 'setImage', 'container'], required());
    else if (!ctx.containers.has(container)) scope.error([...path, 'setImage', 'container'], notFound(container));
    if (!image) scope.error([...path, 'setImage', 'image'], required());
    return { at, kind: 'setImage', container, image, position };
  }
  if (e.restartSandbox !== true) {
    scope.error([...path, 'restartSandbox'], invalid(e.restartSandbox ?? null, 'must be true'));
    return undefined;
  }
  return { at, kind: 'restartSandbox', position };
}

function buildImages(images: Record<string, Infer<typeof imageOverride>>, scope: Scope): Record<string, ImageOverride> {
  const out: Record<string, ImageOverride> = {};
  for (const [image, o] of Object.entries(images)) {
    const at = ['spec', 'node', 'images', { key: image }];
    if (o.pull !== undefined && o.pull !== 'ok' && o.pull !== 'fail') scope.error([...at, 'pull'], notSupported(o.pull, ['ok', 'fail']));
    if (o.pullSeconds !== undefined && o.pullSeconds < 0) scope.error([...at, 'pullSeconds'], invalid(o.pullSeconds, isNegativeMessage));
    else if (o.pullSeconds !== undefined && o.pullSeconds * 1000 > limits.horizonMs) scope.error([...at, 'pullSeconds'], invalid(o.pullSeconds, `must be at most ${limits.horizonMs / 1000}`));
    if (o.sizeBytes !== undefined && o.sizeBytes < 0) scope.error([...at, 'sizeBytes'], invalid(o.sizeBytes, isNegativeMessage));
    out[image] = {
      ...(o.pullSeconds !== undefined ? { pullSeconds: o.pullSeconds } : {}),
      ...(o.pull === 'ok' || o.pull === 'fail' ? { pull: o.pull } : {}),
      ...(o.sizeBytes !== undefined ? { sizeBytes: o.sizeBytes } : {}),
      ...(o.files !== undefined ? { files: { ...o.files } } : {}),
    };
  }
  return out;
}

/**
 * Reads `spec.kubernetesVersion` ("1.34"…"1.37", default 1.37) and `spec.node.featureGates`, reporting an
 * unknown version, an unknown gate or a locked one the way the kubelet's flag parsing words it.
 */
export function readKubernetes(doc: ScenarioV1 | undefined, scope: Scope): KubernetesSettings {
  const spec = doc?.spec ?? {};
  const written = spec.kubernetesVersion;
  // YAML reads `1.30` as a number; it is accepted when its text is a selectable version.
  const text = written === undefined ? DEFAULT_KUBERNETES_VERSION : String(written);
  let version = DEFAULT_KUBERNETES_VERSION;
  if (isKubernetesVersion(text)) version = text;
  else scope.error(['spec', 'kubernetesVersion'], notSupported(written, KUBERNETES_VERSIONS));
  const overrides: Partial<Record<GateName, boolean>> = {};
  for (const [name, on] of Object.entries(spec.node?.featureGates ?? {})) {
    if ((GATE_NAMES as readonly string[]).includes(name)) overrides[name as GateName] = on;
    else scope.error(['spec', 'node', 'featureGates', name], invalidUnquoted(name, `unrecognized feature gate: ${name}; known gates: ${GATE_NAMES.join(', ')}`));
  }
  const { gates, problems } = resolveGates(version, overrides);
  for (const p of problems) scope.error(['spec', 'node', 'featureGates', p.gate], invalidUnquoted(p.gate, p.message));
  return { version, gates };
}

/** Validates the Scenario document against the other documents and builds its model (defaults for none). */
export function buildScenario(doc: ScenarioV1 | undefined, ctx: ScenarioContext, scope: Scope, find: PositionFinder, kubernetes: KubernetesSettings): ScenarioSpecModel {
  const spec = doc?.spec ?? {};
  const nodeName = spec.node?.name || 'node-1';
  for (const msg of isDNS1123Subdomain(nodeName)) scope.error(['spec', 'node', 'name'], invalid(nodeName, msg));
  const events: ScenarioEventSpec[] = [];
  (spec.events ?? []).forEach((e, i) => {
    const built = buildEvent(e, ['spec', 'events', i], ctx, scope, find);
    if (built) events.push(built);
  });
  // Array.prototype.sort is stable, so events at the same instant keep their written order.
  events.sort((a, b) => a.at - b.at);
  let until: number | undefined;
  if (spec.until !== undefined) {
    until = readDuration(spec.until, ['spec', 'until'], scope);
    if (until !== undefined && until <= 0) scope.error(['spec', 'until'], invalid(spec.until, 'must be greater than 0'));
  }
  return {
    node: { name: nodeName, cachedImages: [...(spec.node?.cachedImages ?? [])], images: buildImages(spec.node?.images ?? {}, scope) },
    events,
    ...(until !== undefined && until > 0 ? { until } : {}),
    kubernetes,
  };
}
