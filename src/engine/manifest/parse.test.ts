import { describe, expect, it } from 'vitest';
import { docsExampleYaml } from '../../scenario/docsExample';
import { parseScenario } from './parse';

const minimalPod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: busybox\n';

function errorsOf(text: string): [string, string, number, number][] {
  const result = parseScenario(text);
  return result.ok ? [] : result.errors.map((e) => [e.path, e.message, e.line, e.column]);
}

const briefExample = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app.kubernetes.io/name: MyApp
spec:
  containers:
  - name: myapp-container
    image: busybox:1.28
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
  initContainers:
  - name: init-myservice
    image: busybox:1.28
    command: ['sh', '-c', "until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done"]
---
apiVersion: v1
kind: Service
metadata:
  name: myservice
spec:
  ports:
  - protocol: TCP
    port: 80
    targetPort: 9376
---
apiVersion: playground/v1
kind: Scenario
spec:
  events:
  - { at: 20s, apply: Service/myservice }
`;

describe('parseScenario', () => {
  it('parses the documentation example cleanly, with its Services applied at 20 s and 40 s', () => {
    const result = parseScenario(docsExampleYaml);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.model.scenario.events.map((e) => [e.at, e.kind, 'name' in e ? e.name : ''])).toEqual([
      [20000, 'apply', 'myservice'],
      [40000, 'apply', 'mydb'],
    ]);
    expect(result.model.services.map((s) => [s.name, s.ports])).toEqual([
      ['myservice', [{ port: 80, targetPort: 9376, protocol: 'TCP' }]],
      ['mydb', [{ port: 80, targetPort: 9377, protocol: 'TCP' }]],
    ]);
    expect(result.model.pod.initContainers.map((c) => [c.name, c.kind, c.position])).toEqual([
      ['init-myservice', 'init', { line: 13, column: 5 }],
      ['init-mydb', 'init', { line: 16, column: 5 }],
    ]);
    expect(result.model.pod.position).toEqual({ line: 2, column: 1 });
  });

  it('parses the one-Service example of the brief cleanly', () => {
    const result = parseScenario(briefExample);
    expect(result).toMatchObject({ ok: true, warnings: [], model: { scenario: { events: [{ at: 20000, kind: 'apply', objectKind: 'Service', name: 'myservice' }] } } });
  });

  it('records the position of every command item, quotes included', () => {
    const result = parseScenario(briefExample);
    expect(result.ok && result.model.pod.containers[0]?.argPositions).toEqual([
      { line: 11, column: 15 },
      { line: 11, column: 21 },
      { line: 11, column: 27 },
    ]);
  });

  it('skips empty documents', () => {
    expect(parseScenario(`---\n# nothing here\n---\n${minimalPod}---\n`).ok).toBe(true);
  });

  it('reports a YAML syntax error once, in plain words at the broken line, with the library message as detail', () => {
    expect(errorsOf('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n   bad: indent\n')).toEqual([
      ['', 'line 5: `bad:` is indented more than `name:` above it; keys of one map must line up (yaml: Nested mappings are not allowed in compact mappings; Implicit keys need to be on a single line)', 5, 4],
    ]);
    expect(errorsOf('apiVersion: v1\nkind: Pod\nkind: Pod\n')).toEqual([['', 'line 3: `kind` is set twice in this map (first on line 2); keep one of them (yaml: Map keys must be unique)', 3, 1]]);
  });

  it('reports a misspelt required field once, as the unknown field at its key, as strict decoding does', () => {
    const result = parseScenario(minimalPod.replace('    image: busybox', '    ximage: busybox'));
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', message: 'unknown field "spec.containers[0].ximage"', line: 8, column: 5 }],
      warnings: [],
    });
  });

  it('keeps the unknown-field warnings of a scenario rejected for another reason', () => {
    const result = parseScenario(minimalPod.replace('    image: busybox', '    image: busybox\n    comand: [x]\n    ports: [{ containerPort: 99999 }]'));
    expect(result.ok).toBe(false);
    expect(result.warnings).toEqual([{ message: 'unknown field "spec.containers[0].comand"', line: 9, column: 5 }]);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['spec.containers[0].ports[0].containerPort']);
  });

  it('points an undefined alias at the alias', () => {
    expect(errorsOf(`${minimalPod}    command: [*nope]\n`)).toEqual([['', 'Unresolved alias (the anchor must be set before the alias): nope', 9, 15]]);
  });

  it('rejects a tagged scalar where a map belongs', () => {
    expect(errorsOf('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: !!binary aGk=\n')[0]?.slice(0, 1)).toEqual(['spec']);
  });

  it('requires a Pod', () => {
    expect(errorsOf('apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 80}]}\n')).toEqual([
      ['kind', 'the scenario needs exactly one Pod (apiVersion: v1, kind: Pod)', 1, 1],
    ]);
    expect(errorsOf('')).toEqual([['kind', 'the scenario needs exactly one Pod (apiVersion: v1, kind: Pod)', 1, 1]]);
  });

  it('rejects a second Pod at its kind', () => {
    expect(errorsOf(`${minimalPod}---\n${minimalPod}`)).toEqual([['kind', 'the scenario needs exactly one Pod (apiVersion: v1, kind: Pod)', 11, 1]]);
  });

  it('requires apiVersion v1 for the Kubernetes kinds', () => {
    expect(errorsOf(minimalPod.replace('apiVersion: v1', 'apiVersion: apps/v1'))).toEqual([
      ['apiVersion', 'Unsupported value: "apps/v1": supported values: "v1"', 1, 1],
    ]);
  });

  it('requires kind and apiVersion', () => {
    expect(errorsOf(`${minimalPod}---\nmetadata: {name: x}\n`)).toEqual([
      ['kind', 'Required value', 10, 1],
      ['apiVersion', 'Required value', 10, 1],
    ]);
  });

  it('rejects a document that is not a map', () => {
    expect(errorsOf(`${minimalPod}--- hello\n`)).toEqual([
      ['', 'Invalid value: "hello": a document must be a Kubernetes object (a map with apiVersion and kind)', 9, 5],
    ]);
  });

  it('ignores other kinds with a warning at their kind', () => {
    const result = parseScenario(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n---\n${minimalPod}`);
    expect(result).toMatchObject({
      ok: true,
      warnings: [{ message: 'Deployment "web" (apps/v1) is ignored by the simulator: it runs one Pod with its Services, ConfigMaps and Secrets', line: 2, column: 1 }],
    });
  });

  it('accepts only the Scenario kind under playground/v1, once', () => {
    const scenario = 'apiVersion: playground/v1\nkind: Scenario\n';
    expect(errorsOf(`${minimalPod}---\napiVersion: playground/v1\nkind: Scenari\n`)).toEqual([
      ['kind', 'Unsupported value: "Scenari": supported values: "Scenario"', 11, 1],
    ]);
    expect(errorsOf(`${minimalPod}---\n${scenario}---\n${scenario}`)).toEqual([
      ['kind', 'the scenario may have at most one playground document (apiVersion: playground/v1, kind: Scenario)', 14, 1],
    ]);
  });
});

describe('parseScenario objects', () => {
  it('decodes Secret data from base64 and keeps stringData as text', () => {
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata: {name: creds}\ndata:\n  user: YWRtaW4=\n  note: aMOpbGxv\nstringData:\n  password: s3cret\n';
    const result = parseScenario(`${minimalPod}---\n${secret}`);
    expect(result.ok && result.model.configData).toEqual([
      { kind: 'Secret', name: 'creds', namespace: 'default', data: { user: 'admin', note: 'héllo', password: 's3cret' }, position: { line: 11, column: 1 } },
    ]);
  });

  it('rejects Secret data that is not base64, at the key', () => {
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata: {name: creds}\ndata:\n  user: ad!min\n';
    expect(errorsOf(`${minimalPod}---\n${secret}`)).toEqual([['Secret.data[user]', 'Invalid value: "ad!min": illegal base64 data at input byte 2', 14, 3]]);
  });

  it('keeps ConfigMap data and checks its keys', () => {
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata:\n  app.conf: "x=1"\n';
    expect(parseScenario(`${minimalPod}---\n${cm}`)).toMatchObject({ ok: true, model: { configData: [{ kind: 'ConfigMap', name: 'cfg', data: { 'app.conf': 'x=1' } }] } });
    expect(errorsOf(`${minimalPod}---\n${cm.replace('app.conf', 'app conf')}`)).toEqual([
      [
        'ConfigMap.data[app conf]',
        "Invalid value: \"app conf\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
        14,
        3,
      ],
    ]);
  });

  it('validates Service names and ports', () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: 1db}\nspec:\n  ports:\n  - port: 0\n';
    expect(errorsOf(`${minimalPod}---\n${svc}`)).toEqual([
      [
        'Service.metadata.name',
        "Invalid value: \"1db\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
        12,
        12,
      ],
      ['Service.spec.ports[0].port', 'Invalid value: 0: must be between 1 and 65535, inclusive', 15, 5],
    ]);
  });

  it('requires Service and ConfigMap names, and unique ones', () => {
    const svc = (name: string): string => `apiVersion: v1\nkind: Service\nmetadata: {${name}}\nspec: {ports: [{port: 80}]}\n`;
    expect(errorsOf(`${minimalPod}---\n${svc('')}`)).toEqual([['Service.metadata.name', 'Required value: name or generateName is required', 12, 1]]);
    expect(errorsOf(`${minimalPod}---\n${svc('name: db')}---\n${svc('name: db')}`)).toEqual([['Service.metadata.name', 'Duplicate value: "db"', 17, 12]]);
  });

  it('defaults a Service targetPort to its port and requires ports on a ClusterIP Service', () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec: {ports: [{port: 5432, name: pg}]}\n';
    expect(parseScenario(`${minimalPod}---\n${svc}`)).toMatchObject({ ok: true, model: { services: [{ ports: [{ port: 5432, targetPort: 5432, protocol: 'TCP', name: 'pg' }] }] } });
    expect(errorsOf(`${minimalPod}---\napiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec: {}\n`)).toEqual([['Service.spec.ports', 'Required value', 13, 1]]);
  });
});
