// Generates src/ui/editor/scenario.schema.json, the JSON Schema the scenario editor validates,
// completes and hovers with. Run at development time (`npm run schema`) and commit the output;
// `node scripts/generate-schema.mjs --check` exits 1 when the committed file is out of date.
//
// Source: the doc-commented types of `kubernetes-types` (Pod, Service, ConfigMap, Secret from
// core/v1), trimmed for people writing one pod by hand: no `status`, no server-set metadata,
// rare or deprecated fields kept only as loose, unsuggested stubs (so a valid manifest is never
// marked), first-sentence descriptions, the enums the TypeScript types lose, integers instead of
// numbers, and `additionalProperties: false` so a mistyped field is marked. The playground's own
// `playground/v1` Scenario document is written by hand below. The root dispatches on `kind`, so
// every document of the multi-document scenario gets its own schema.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'src/ui/editor/scenario.schema.json');
const kubernetesKinds = ['Pod', 'Service', 'ConfigMap', 'Secret'];

/** Fields nobody writes by hand: set by the API server, or status. Removed, so they are marked. */
const removed = new Set([
  'Pod.status', 'Service.status',
  ...['creationTimestamp', 'deletionGracePeriodSeconds', 'deletionTimestamp', 'generation', 'managedFields', 'resourceVersion', 'selfLink'].map((f) => `ObjectMeta.${f}`),
]);

/** Valid but rare or deprecated fields: accepted as any object/array, not offered in completion. */
const stubs = new Set([
  ...['awsElasticBlockStore', 'azureDisk', 'azureFile', 'cephfs', 'cinder', 'csi', 'ephemeral', 'fc', 'flexVolume', 'flocker', 'gcePersistentDisk', 'gitRepo', 'glusterfs', 'iscsi', 'photonPersistentDisk', 'portworxVolume', 'quobyte', 'rbd', 'scaleIO', 'storageos', 'vsphereVolume'].map((f) => `Volume.${f}`),
  'PodSpec.ephemeralContainers', 'PodSpec.resourceClaims', 'ResourceRequirements.claims', 'ObjectMeta.ownerReferences',
  'SecurityContext.windowsOptions', 'PodSecurityContext.windowsOptions',
]);

const pullPolicies = ['Always', 'IfNotPresent', 'Never'];
const profileTypes = ['RuntimeDefault', 'Unconfined', 'Localhost'];
/** The closed string sets the types only describe in prose; on an array field they apply to items. */
const enums = {
  'Container.restartPolicy': ['Always', 'OnFailure', 'Never'],
  'Container.imagePullPolicy': pullPolicies,
  'Container.terminationMessagePolicy': ['File', 'FallbackToLogsOnError'],
  'PodSpec.restartPolicy': ['Always', 'OnFailure', 'Never'],
  'PodSpec.dnsPolicy': ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'],
  'PodSpec.preemptionPolicy': ['PreemptLowerPriority', 'Never'],
  'ContainerPort.protocol': ['TCP', 'UDP', 'SCTP'],
  'ServicePort.protocol': ['TCP', 'UDP', 'SCTP'],
  'HTTPGetAction.scheme': ['HTTP', 'HTTPS'],
  'ServiceSpec.type': ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
  'ServiceSpec.sessionAffinity': ['None', 'ClientIP'],
  'ServiceSpec.externalTrafficPolicy': ['Cluster', 'Local'],
  'ServiceSpec.internalTrafficPolicy': ['Cluster', 'Local'],
  'ServiceSpec.ipFamilyPolicy': ['SingleStack', 'PreferDualStack', 'RequireDualStack'],
  'ServiceSpec.ipFamilies': ['IPv4', 'IPv6'],
  'ServiceSpec.trafficDistribution': ['PreferClose'],
  'Toleration.operator': ['Exists', 'Equal'],
  'Toleration.effect': ['NoSchedule', 'PreferNoSchedule', 'NoExecute'],
  'SeccompProfile.type': profileTypes,
  'AppArmorProfile.type': profileTypes,
  'HostPathVolumeSource.type': ['', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice'],
  'EmptyDirVolumeSource.medium': ['', 'Memory'],
  'VolumeMount.mountPropagation': ['None', 'HostToContainer', 'Bidirectional'],
  'VolumeMount.recursiveReadOnly': ['Disabled', 'IfPossible', 'Enabled'],
  'PodOS.name': ['linux', 'windows'],
  'ContainerResizePolicy.resourceName': ['cpu', 'memory'],
  'ContainerResizePolicy.restartPolicy': ['NotRequired', 'RestartContainer'],
  'PodSecurityContext.fsGroupChangePolicy': ['OnRootMismatch', 'Always'],
  'SecurityContext.procMount': ['Default', 'Unmasked'],
  'NodeSelectorRequirement.operator': ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'],
  'LabelSelectorRequirement.operator': ['In', 'NotIn', 'Exists', 'DoesNotExist'],
  'TopologySpreadConstraint.whenUnsatisfiable': ['DoNotSchedule', 'ScheduleAnyway'],
  'TopologySpreadConstraint.nodeAffinityPolicy': ['Honor', 'Ignore'],
  'TopologySpreadConstraint.nodeTaintsPolicy': ['Honor', 'Ignore'],
};

/** Open string sets: offered in completion, anything else still accepted. */
const examples = {
  'Secret.type': ['Opaque', 'kubernetes.io/basic-auth', 'kubernetes.io/dockerconfigjson', 'kubernetes.io/ssh-auth', 'kubernetes.io/tls'],
  'ObjectFieldSelector.fieldPath': ['metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName', 'status.hostIP', 'status.podIP'],
  'ResourceFieldSelector.resource': ['limits.cpu', 'limits.memory', 'requests.cpu', 'requests.memory'],
};

/** Descriptions whose first sentence says too little for this playground. */
const descriptions = {
  'Container.restartPolicy': 'Always makes an init container a sidecar: it starts in order, keeps running beside the app containers and is restarted when it exits. From 1.35 OnFailure or Never on an app or init container overrides the pod\'s restartPolicy for that container.',
  'PodSpec.initContainers': 'Containers that run one at a time, each to completion, before the app containers start; one with restartPolicy: Always is a sidecar.',
  'PodSpec.restartPolicy': 'Restart policy for all containers within the pod: Always (default), OnFailure or Never.',
  'Container.command': 'Entrypoint array, not run in a shell (write [sh, -c, SCRIPT] for a script); the image\'s ENTRYPOINT when not set.',
  'Container.args': 'Arguments to the entrypoint; the image\'s CMD when not set.',
  'Container.imagePullPolicy': 'When to pull the image; default Always for :latest or untagged images, else IfNotPresent.',
};

/** Fields newer than the kubernetes-types release the schema is built from (1.30), added by hand. */
const additions = {
  EnvVarSource: {
    fileKeyRef: {
      type: 'object', additionalProperties: false, required: ['volumeName', 'path', 'key'],
      description: 'From 1.35 (EnvFiles): the value of a key in an env file in an emptyDir volume, usually written by an init container.',
      properties: {
        volumeName: { type: 'string', description: 'The emptyDir volume that holds the file.' },
        path: { type: 'string', description: 'The file, relative to the volume.' },
        key: { type: 'string', description: 'The key in the file.' },
        optional: { type: 'boolean', description: 'When true, a missing key leaves the variable unset instead of stopping the container from starting.' },
      },
    },
  },
  Volume: {
    image: {
      type: 'object', additionalProperties: false,
      description: 'From 1.35 (ImageVolume): an OCI image mounted read-only; the kubelet pulls it before any container starts.',
      properties: {
        reference: { type: 'string', description: 'The image to mount, as in a container\'s image.' },
        pullPolicy: { enum: ['Always', 'Never', 'IfNotPresent'], description: 'When to pull it; default Always for :latest or untagged references, else IfNotPresent.' },
      },
    },
  },
  Container: {
    restartPolicyRules: {
      type: 'array',
      description: 'From 1.35: rules on the exit code, checked in order; the first that matches decides, else the container\'s restartPolicy (which must be set). At most 20.',
      items: {
        type: 'object', additionalProperties: false, required: ['action'],
        properties: {
          action: { enum: ['Restart', 'RestartAllContainers'], description: 'Restart restarts the container; RestartAllContainers (1.36+) restarts every container of the pod in place.' },
          exitCodes: {
            type: 'object', additionalProperties: false, required: ['operator'],
            description: 'The exit codes the rule matches.',
            properties: {
              operator: { enum: ['In', 'NotIn'], description: 'In: the exit code is one of the values; NotIn: it is none of them.' },
              values: { type: 'array', items: { type: 'integer' }, description: 'Exit codes, at most 255.' },
            },
          },
        },
      },
    },
  },
};

const quantityPattern = '^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([KMGTPE]i|[numkMGTPE]|[eE][+-]?\\d+)?$';
/** Quantities are strings in the API but usually written as YAML numbers (`cpu: 1`). */
const quantity = { type: ['string', 'number'], pattern: quantityPattern, patternErrorMessage: 'must be a quantity such as 250m, 128Mi or 2' };

/** Limits and requests: name the usual resources for completion; extended resources stay allowed. */
const resourceMaps = new Set(['ResourceRequirements.limits', 'ResourceRequirements.requests']);
const resourceNames = {
  cpu: { $ref: '#/definitions/Quantity', description: 'CPU in cores: 500m is half a core.' },
  memory: { $ref: '#/definitions/Quantity', description: 'Memory in bytes: 64Mi, 1Gi.' },
  'ephemeral-storage': { $ref: '#/definitions/Quantity', description: 'Local scratch storage in bytes.' },
};

const abbreviations = /(?:\b(?:e\.g|i\.e|etc|vs|ex|approx|incl)|\.\.)$/i;

/** The first sentence of a Kubernetes field description, whitespace collapsed. */
export function firstSentence(text) {
  const paragraph = text.split(/\n\s*\n/)[0] ?? '';
  // Some descriptions run into their link without a full stop: "... lifetime More info: https://...".
  const flat = paragraph.replace(/\s+/g, ' ').replace(/\s*More info:.*$/, '').trim();
  let depth = 0;
  for (let i = 0; i < flat.length; i++) {
    const c = flat[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '.' && depth === 0 && (i + 1 === flat.length || flat[i + 1] === ' ') && !abbreviations.test(flat.slice(0, i))) {
      // "Required." or "Deprecated." alone says too little: keep the sentence after it.
      if (i < 12) return `${flat.slice(0, i + 1)} ${firstSentence(flat.slice(i + 2))}`.trim();
      return flat.slice(0, i + 1);
    }
  }
  return flat;
}

/** Applies the removals, stubs, enums, examples and descriptions to one property of `owner`. */
function tweakProperty(owner, name, schema) {
  const key = `${owner}.${name}`;
  const description = descriptions[key] ?? (schema.description ? firstSentence(schema.description) : undefined);
  if (stubs.has(key)) {
    return { type: schema.type === 'array' ? 'array' : 'object', ...(description ? { description } : {}), doNotSuggest: true };
  }
  const out = { ...schema };
  if (description) out.description = description;
  const target = out.type === 'array' ? (out.items = { ...out.items }) : out;
  if (enums[key]) target.enum = enums[key];
  if (resourceMaps.has(key)) target.properties = resourceNames;
  if (examples[key]) target.examples = examples[key];
  return out;
}

/** Copies a generated schema node with `number` as `integer`: core/v1 has no floating-point field. */
function rewrite(node) {
  if (Array.isArray(node)) return node.map(rewrite);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = rewrite(v);
  if (out.type === 'number') out.type = 'integer';
  if (Array.isArray(out.type)) out.type = out.type.map((t) => (t === 'number' ? 'integer' : t));
  return out;
}

/** Trims one generated definition: drops its own description and tweaks each property. */
export function trimDefinition(name, definition) {
  if (name === 'Quantity') return { ...quantity };
  const { description: _unused, ...rest } = rewrite(definition);
  if (!rest.properties) return rest;
  const properties = {};
  for (const [prop, schema] of Object.entries(rest.properties)) {
    if (!removed.has(`${name}.${prop}`)) properties[prop] = tweakProperty(name, prop, schema);
  }
  Object.assign(properties, additions[name] ?? {});
  const required = rest.required?.filter((r) => r in properties);
  return { ...rest, properties, ...(required?.length ? { required } : {}) };
}

/** Every `$ref` target under `node`. */
function refsIn(node, out = []) {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v.replace('#/definitions/', ''));
      else refsIn(v, out);
    }
  }
  return out;
}

/**
 * Inlines definitions referenced once (and tiny ones), keeps shared ones, and
 * drops unreachable ones; `roots` are the definitions the top level refers to.
 */
export function inlineDefinitions(definitions, roots) {
  const counts = new Map();
  const seen = new Set();
  const visit = (name) => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (seen.has(name)) return;
    seen.add(name);
    refsIn(definitions[name]).forEach(visit);
  };
  roots.forEach(visit);
  // A shared definition costs a `$ref` per use: worth it for anything bigger than a ref or two.
  const shared = (name) => roots.includes(name) || ((counts.get(name) ?? 0) > 1 && JSON.stringify(definitions[name]).length > 120);
  const expand = (node, stack) => {
    if (Array.isArray(node)) return node.map((n) => expand(n, stack));
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === '$ref' ? v : expand(v, stack);
    const target = typeof out.$ref === 'string' ? out.$ref.replace('#/definitions/', '') : undefined;
    if (target === undefined || shared(target) || stack.includes(target)) return out;
    const { $ref: _ref, ...siblings } = out;
    // Property-level keywords (description, enum) win over the inlined definition's.
    return { ...expand(definitions[target], [...stack, target]), ...siblings };
  };
  const kept = {};
  for (const name of [...seen].filter(shared).sort()) kept[name] = expand(definitions[name], [name]);
  return kept;
}

const goDuration = '^(\\d+\\.?\\d*|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)?$|^((\\d+\\.?\\d*|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+$';
/** A Go duration (`500ms`, `1m30s`) or a bare number of seconds. */
const duration = (description) => ({
  type: ['string', 'number'], minimum: 0, pattern: goDuration, description,
  patternErrorMessage: 'must be a duration such as 500ms, 20s or 1m30s (a bare number means seconds)',
});
const closed = (properties, extra = {}) => ({ type: 'object', additionalProperties: false, properties, ...extra });
const objectRef = (kinds) => ({ type: 'string', pattern: `^(${kinds.join('|')})/.+$`, patternErrorMessage: `must be ${kinds.map((k) => `${k}/NAME`).join(', ')}`, examples: kinds.map((k) => `${k}/`) });

/** The hand-written `apiVersion: playground/v1`, `kind: Scenario` document (docs/scenario.md). */
export const scenarioDocument = closed({
  apiVersion: { const: 'playground/v1', description: 'playground/v1: the playground\'s own document, which Kubernetes would not know.' },
  kind: { const: 'Scenario', description: 'Scenario: node settings and timed events for the simulation (at most one per scenario).' },
  metadata: { type: 'object', description: 'Ignored; allowed so the document looks like any other object.' },
  spec: closed({
    kubernetesVersion: {
      type: ['string', 'number'], enum: ['1.34', '1.35', '1.36', '1.37', 1.34, 1.35, 1.36, 1.37],
      description: 'The Kubernetes minor version to simulate (default 1.37): its feature gates and its behaviour (docs/semantics.md, "Kubernetes versions").',
      examples: ['1.37'],
    },
    until: duration('How much simulated time to cover, e.g. 5m; by default up to 10 minutes, trimmed to 20 s after the last change.'),
    node: closed({
      name: { type: 'string', description: 'The node the pod is assigned to (default node-1).' },
      featureGates: {
        type: 'object', additionalProperties: { type: 'boolean' },
        description: 'Feature gates turned on or off on this node, as a cluster admin sets them (a gate the version lacks, or a locked one, is refused).',
        examples: [{ ContainerRestartRules: true }],
      },
      cachedImages: { type: 'array', items: { type: 'string' }, description: 'Images already on the node: they are not pulled.', examples: [['busybox:1.28']] },
      images: {
        type: 'object', description: 'Per-image pull behaviour, keyed by image reference.',
        additionalProperties: closed({
          pullSeconds: { type: 'number', minimum: 0, description: 'How long pulling this image takes, in seconds (default 2).' },
          pull: { enum: ['ok', 'fail'], enumDescriptions: ['the pull succeeds (default)', 'the pull fails: ErrImagePull, then ImagePullBackOff'], description: 'Whether pulling this image succeeds.' },
          sizeBytes: { type: 'integer', minimum: 0, description: 'The image size shown in the Pulled event.' },
          files: { type: 'object', additionalProperties: { type: 'string' }, description: 'Files the image holds (path: content); an image volume of this image shows them read-only at its mount path.' },
        }),
      },
    }, { description: 'The node the pod runs on and the images it has or can pull.' }),
    events: {
      type: 'array', description: 'Things that happen while the pod runs, each at a simulated time and with exactly one action.',
      items: closed({
        at: duration('When the event happens, from pod creation: 500ms, 20s, 1m30s, or a number of seconds.'),
        apply: { ...objectRef(['Service', 'ConfigMap', 'Secret']), description: 'Creates an object a document of this scenario defines; it is absent until then.' },
        delete: { ...objectRef(['Service', 'ConfigMap', 'Secret', 'Pod']), description: 'Deletes an object; Pod/NAME starts the pod\'s graceful deletion.' },
        kill: { type: 'string', description: 'The name of a container whose process dies (exit code 137, reason Error, unless set below).' },
        exitCode: { type: 'integer', minimum: 0, maximum: 255, description: 'With kill: the exit code the killed container reports (default 137).' },
        reason: { type: 'string', examples: ['Error', 'OOMKilled'], description: 'With kill: the termination reason the killed container reports (default Error).' },
        restartSandbox: { enum: [true], description: 'The pod sandbox dies and is recreated: every container stops and the init containers run again.' },
        setImage: closed({
          container: { type: 'string', description: 'The container whose image changes.' },
          image: { type: 'string', description: 'The new image.' },
        }, { required: ['container', 'image'], description: 'Changes a container\'s image in place; a running container restarts with it.' }),
      }, { required: ['at'] }),
    },
  }, { description: 'Node and timeline settings of the simulation.' }),
});

const kindDescriptions = ['the simulated pod (exactly one)', 'makes a name resolvable and its ports reachable while it exists', 'keys mountable as files or readable as env', 'like a ConfigMap, base64-encoded under data', 'the playground\'s node and timeline settings (playground/v1)'];

/** Builds the whole schema: generated Kubernetes definitions plus the Scenario, dispatched on kind. */
export function buildSchema() {
  const generator = createGenerator({
    path: join(root, 'node_modules/kubernetes-types/core/v1.d.ts'),
    type: '*', expose: 'export', topRef: false, jsDoc: 'extended', skipTypeCheck: true, additionalProperties: false,
  });
  const definitions = {};
  for (const kind of kubernetesKinds) {
    const { definitions: defs = {}, $schema: _s, ...top } = generator.createSchema(kind);
    for (const [name, def] of Object.entries({ ...defs, [kind]: top })) definitions[name] = trimDefinition(name, def);
  }
  for (const kind of kubernetesKinds) {
    const top = definitions[kind];
    top.properties.apiVersion = { ...top.properties.apiVersion, description: 'v1 for Pod, Service, ConfigMap and Secret.' };
    top.properties.kind = { ...top.properties.kind, description: `${kind}: ${kindDescriptions[kubernetesKinds.indexOf(kind)]}.` };
  }
  const kinds = [...kubernetesKinds, 'Scenario'];
  const kept = { ...inlineDefinitions(definitions, kubernetesKinds), Scenario: scenarioDocument };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment: 'Generated by scripts/generate-schema.mjs from kubernetes-types; do not edit by hand.',
    type: 'object',
    properties: {
      apiVersion: { enum: ['v1', 'playground/v1'], description: 'v1 for Kubernetes objects; playground/v1 for the Scenario document.' },
      kind: { enum: kinds, enumDescriptions: kindDescriptions, description: 'What this document is: one Pod, any Services, ConfigMaps and Secrets, at most one Scenario.' },
    },
    required: ['apiVersion', 'kind'],
    allOf: kinds.map((kind) => ({ if: { properties: { kind: { const: kind } }, required: ['kind'] }, then: { $ref: `#/definitions/${kind}` } })),
    definitions: kept,
  };
}

function main() {
  const text = `${JSON.stringify(buildSchema(), null, 1)}\n`;
  if (process.argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(outFile, 'utf8'); } catch { /* missing counts as stale */ }
    if (current !== text) {
      console.error(`${outFile} is out of date: run npm run schema`);
      process.exit(1);
    }
    return;
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);
  console.log(`wrote ${outFile} (${(text.length / 1024).toFixed(1)} KB, ${Object.keys(JSON.parse(text).definitions).length} definitions)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
