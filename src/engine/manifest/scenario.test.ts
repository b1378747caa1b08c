import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';
import { defaultSettings } from '../version/versions';

// Lines 1-15: a pod with an init container and an app container, a Service and a Secret.
const objects = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  initContainers: [{name: init, image: busybox}]
  containers: [{name: app, image: nginx}]
---
apiVersion: v1
kind: Service
metadata: {name: db}
spec: {ports: [{port: 5432}]}
---
apiVersion: v1
kind: Secret
metadata: {name: creds}
`;
// The Scenario header takes lines 16-19: spec fields start on line 20, events (after `events:`) on line 21.
const scenario = (body: string): string => `${objects}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n${body}`;
const events = (...lines: string[]): string => scenario(`  events:\n${lines.map((l) => `  - ${l}\n`).join('')}`);

function errorsOf(text: string): [string, string, number, number][] {
  const result = parseScenario(text);
  return result.ok ? [] : result.errors.map((e) => [e.path, e.message, e.line, e.column]);
}

describe('buildScenario', () => {
  it('builds every event kind with its defaults, sorted stably by time', () => {
    const result = parseScenario(
      events(
        '{at: 1m, kill: app}',
        '{at: 20s, apply: Service/db}',
        '{at: 1m, kill: init, exitCode: 1, reason: OOMKilled}',
        '{at: 1.5, restartSandbox: true}',
        '{at: 2m, delete: Pod/web}',
        '{at: 500ms, delete: Secret/creds}',
        '{at: 90s, setImage: {container: app, image: "nginx:1.27"}}',
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.scenario.events).toEqual([
      { at: 500, kind: 'delete', objectKind: 'Secret', name: 'creds', position: { line: 26, column: 5 } },
      { at: 1500, kind: 'restartSandbox', position: { line: 24, column: 5 } },
      { at: 20000, kind: 'apply', objectKind: 'Service', name: 'db', position: { line: 22, column: 5 } },
      { at: 60000, kind: 'kill', container: 'app', exitCode: 137, reason: 'Error', position: { line: 21, column: 5 } },
      { at: 60000, kind: 'kill', container: 'init', exitCode: 1, reason: 'OOMKilled', position: { line: 23, column: 5 } },
      { at: 90000, kind: 'setImage', container: 'app', image: 'nginx:1.27', position: { line: 27, column: 5 } },
      { at: 120000, kind: 'delete', objectKind: 'Pod', name: 'web', position: { line: 25, column: 5 } },
    ]);
  });

  it('reads the node, image overrides and horizon', () => {
    const result = parseScenario(
      scenario('  node:\n    name: worker-2\n    cachedImages: [busybox]\n    images:\n      nginx: {pullSeconds: 8, sizeBytes: 1000}\n      typo:1: {pull: fail}\n  until: 5m\n'),
    );
    expect(result.ok && result.model.scenario).toEqual({
      node: { name: 'worker-2', cachedImages: ['busybox'], images: { nginx: { pullSeconds: 8, sizeBytes: 1000 }, 'typo:1': { pull: 'fail' } } },
      events: [],
      until: 300000,
      kubernetes: defaultSettings(),
    });
    expect(result.ok && result.model.pod.nodeName).toBe('worker-2');
  });

  it('defaults the node to node-1 without a Scenario document', () => {
    const result = parseScenario(objects);
    expect(result.ok && result.model.scenario).toEqual({ node: { name: 'node-1', cachedImages: [], images: {} }, events: [], kubernetes: defaultSettings('1.37') });
  });

  const cases: { rule: string; text: string; errors: [string, string, number, number][] }[] = [
    {
      rule: 'rejects an unknown event field',
      text: events('{at: 1s, kil: app}'),
      errors: [['Scenario.spec.events[0].kil', 'Forbidden: unknown field; supported fields: at, apply, delete, kill, exitCode, reason, restartSandbox, setImage', 21, 14]],
    },
    {
      rule: 'rejects an unknown field of the spec',
      text: scenario('  evnts: []\n'),
      errors: [['Scenario.spec.evnts', 'Forbidden: unknown field; supported fields: kubernetesVersion, node, events, until', 20, 3]],
    },
    {
      rule: 'rejects a malformed duration',
      text: events('{at: 20x, kill: app}'),
      errors: [['Scenario.spec.events[0].at', 'Invalid value: "20x": must be a duration such as 500ms, 20s or 1m30s', 21, 6]],
    },
    {
      rule: 'requires a time and rejects a negative one',
      text: events('{kill: app}', '{at: -5s, kill: app}'),
      errors: [
        ['Scenario.spec.events[0].at', 'Required value', 21, 5],
        ['Scenario.spec.events[1].at', 'Invalid value: "-5s": must not be negative', 22, 6],
      ],
    },
    {
      rule: 'requires exactly one action',
      text: events('{at: 1s}', '{at: 1s, kill: app, restartSandbox: true}'),
      errors: [
        ['Scenario.spec.events[0]', 'Required value: must specify one of: apply, delete, kill, restartSandbox, setImage', 21, 5],
        ['Scenario.spec.events[1].restartSandbox', 'Forbidden: may not specify more than 1 action', 22, 25],
      ],
    },
    {
      rule: 'rejects applying an object no document defines',
      text: events('{at: 1s, apply: Service/cache}', '{at: 2s, apply: ConfigMap/cfg}'),
      errors: [
        ['Scenario.spec.events[0].apply', 'Not found: "Service/cache"', 21, 14],
        ['Scenario.spec.events[1].apply', 'Not found: "ConfigMap/cfg"', 22, 14],
      ],
    },
    {
      rule: 'rejects a reference that is not KIND/NAME of an allowed kind',
      text: events('{at: 1s, apply: db}', '{at: 1s, apply: Pod/web}', '{at: 1s, delete: Deployment/x}'),
      errors: [
        ['Scenario.spec.events[0].apply', 'Invalid value: "db": must be Service/NAME, ConfigMap/NAME or Secret/NAME', 21, 14],
        ['Scenario.spec.events[1].apply', 'Invalid value: "Pod/web": must be Service/NAME, ConfigMap/NAME or Secret/NAME', 22, 14],
        ['Scenario.spec.events[2].delete', 'Invalid value: "Deployment/x": must be Service/NAME, ConfigMap/NAME, Secret/NAME or Pod/NAME', 23, 14],
      ],
    },
    {
      rule: 'rejects deleting a pod other than the simulated one',
      text: events('{at: 1s, delete: Pod/other}'),
      errors: [['Scenario.spec.events[0].delete', 'Not found: "Pod/other"', 21, 14]],
    },
    {
      rule: 'rejects killing a container the pod does not have',
      text: events('{at: 1s, kill: sidecar}'),
      errors: [['Scenario.spec.events[0].kill', 'Not found: "sidecar"', 21, 14]],
    },
    {
      rule: 'allows exitCode and reason only with kill, and exit codes 0-255',
      text: events('{at: 1s, apply: Service/db, exitCode: 1}', '{at: 1s, kill: app, exitCode: 300}'),
      errors: [
        ['Scenario.spec.events[0].exitCode', 'Forbidden: may only be set with kill', 21, 33],
        ['Scenario.spec.events[1].exitCode', 'Invalid value: 300: must be between 0 and 255, inclusive', 22, 25],
      ],
    },
    {
      rule: 'requires an existing container and an image for setImage',
      text: events('{at: 1s, setImage: {container: web}}'),
      errors: [
        ['Scenario.spec.events[0].setImage.container', 'Not found: "web"', 21, 25],
        ['Scenario.spec.events[0].setImage.image', 'Required value', 21, 14],
      ],
    },
    {
      rule: 'requires restartSandbox to be true',
      text: events('{at: 1s, restartSandbox: false}'),
      errors: [['Scenario.spec.events[0].restartSandbox', 'Invalid value: false: must be true', 21, 14]],
    },
    {
      rule: 'checks image overrides, the node name and the horizon',
      text: scenario('  node:\n    name: Node_1\n    images:\n      nginx: {pull: maybe, pullSeconds: -1}\n  until: 0s\n'),
      errors: [
        [
          'Scenario.spec.node.name',
          "Invalid value: \"Node_1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
          21,
          5,
        ],
        ['Scenario.spec.until', 'Invalid value: "0s": must be greater than 0', 24, 3],
        ['Scenario.spec.node.images[nginx].pull', 'Unsupported value: "maybe": supported values: "ok", "fail"', 23, 15],
        ['Scenario.spec.node.images[nginx].pullSeconds', 'Invalid value: -1: must be greater than or equal to 0', 23, 28],
      ],
    },
    {
      rule: 'rejects a wrongly typed events list',
      text: scenario('  events: {at: 1s}\n'),
      errors: [['Scenario.spec.events', 'Invalid value: {"at":"1s"}: must be a list', 20, 3]],
    },
  ];

  it.each(cases)('$rule', ({ text, errors }) => {
    expect(errorsOf(text)).toEqual(errors);
  });
});

describe('readKubernetes', () => {
  const withSpec = (spec: string) => parseScenario(`${objects}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n${spec}`);

  it('defaults to 1.37 and its gates', () => {
    const result = withSpec('  until: 1m\n');
    expect(result.ok && result.model.scenario.kubernetes).toEqual(defaultSettings('1.37'));
  });

  it('reads a version written as a string or as a YAML number', () => {
    const a = withSpec('  kubernetesVersion: "1.34"\n');
    const b = withSpec('  kubernetesVersion: 1.35\n');
    expect(a.ok && a.model.scenario.kubernetes.version).toBe('1.34');
    expect(a.ok && a.model.scenario.kubernetes.gates.ContainerRestartRules).toBe(false);
    expect(b.ok && b.model.scenario.kubernetes.gates.ContainerRestartRules).toBe(true);
  });

  it('rejects a version it does not simulate, listing the ones it does', () => {
    const result = withSpec('  kubernetesVersion: "1.30"\n');
    expect(!result.ok && result.errors[0]).toMatchObject({ path: 'Scenario.spec.kubernetesVersion', message: 'Unsupported value: "1.30": supported values: "1.34", "1.35", "1.36", "1.37"' });
  });

  it('turns a gate on or off, and refuses an unknown or locked gate', () => {
    const on = withSpec('  kubernetesVersion: "1.34"\n  node:\n    featureGates: { ContainerRestartRules: true }\n');
    expect(on.ok && on.model.scenario.kubernetes.gates.ContainerRestartRules).toBe(true);
    const unknown = withSpec('  node:\n    featureGates: { NoSuchGate: true }\n');
    expect(!unknown.ok && unknown.errors[0]?.message).toContain('unrecognized feature gate: NoSuchGate');
    const removed = withSpec('  kubernetesVersion: "1.37"\n  node:\n    featureGates: { SidecarContainers: true }\n');
    expect(!removed.ok && removed.errors[0]?.message).toContain('unrecognized feature gate: SidecarContainers');
    const locked = withSpec('  kubernetesVersion: "1.36"\n  node:\n    featureGates: { SidecarContainers: false }\n');
    expect(!locked.ok && locked.errors[0]?.message).toContain('cannot set feature gate SidecarContainers to false, feature is locked to true');
    expect(!locked.ok && locked.errors[0]?.line).toBeGreaterThan(1);
  });
});
