import { describe, expect, it } from 'vitest';
import { parseScenario, type ParseResult } from './parse';

// A manifest touching every decoder: probes, hooks, resources, volumes, objects and events.
const rich = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  restartPolicy: OnFailure
  terminationGracePeriodSeconds: 20
  initContainers:
  - name: migrate
    image: busybox:1.28
    command: ["sh", "-c", "echo migrate > /work/done"]
    volumeMounts: [{name: work, mountPath: /work}]
  - name: proxy
    image: envoy:1.30
    restartPolicy: Always
    startupProbe: {tcpSocket: {port: 9901}, periodSeconds: 1}
    lifecycle: {preStop: {sleep: {seconds: 5}}}
  containers:
  - name: app
    image: nginx
    ports: [{containerPort: 80, name: http}]
    env: [{name: MODE, value: prod}]
    resources: {limits: {cpu: 500m, memory: 128Mi}}
    readinessProbe:
      httpGet: {path: /, port: http}
  volumes:
  - {name: work, emptyDir: {}}
  - {name: cfg, configMap: {name: cfg, optional: true}}
---
apiVersion: v1
kind: Service
metadata: {name: db}
spec: {ports: [{port: 5432}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data: {a: b}
---
apiVersion: v1
kind: Secret
metadata: {name: creds}
data: {pw: cHc=}
---
apiVersion: playground/v1
kind: Scenario
spec:
  node: {cachedImages: [busybox:1.28], images: {nginx: {pullSeconds: 3}}}
  events:
  - {at: 10s, kill: app, exitCode: 1}
  - {at: 20s, delete: Service/db}
  until: 2m
`;

const replacements = ['[1, 2]', '{a: 1}', '42', '"text"', 'null', '-1', 'true', '1.5', '*nope', '&a x'];

// Every 7th prefix of the manifest, then each scalar value swapped for each replacement in turn.
function mutations(): string[] {
  const out: string[] = [];
  for (let end = 0; end <= rich.length; end += 7) out.push(rich.slice(0, end));
  const lines = rich.split('\n');
  lines.forEach((line, i) => {
    const m = /^(\s*-?\s*[\w.]+:) (.+)$/.exec(line);
    if (!m) return;
    const replacement = replacements[i % replacements.length] ?? 'x';
    out.push([...lines.slice(0, i), `${m[1]} ${replacement}`, ...lines.slice(i + 1)].join('\n'));
  });
  return out;
}

const garbage = [
  '',
  '\t',
  ':',
  '- - -',
  '{{{{',
  ']]]',
  '"',
  'apiVersion: v1\nkind: Pod\nspec: !!binary aGVsbG8=\n',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [null, ~, 3]}\n',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: b, ports: [{containerPort: 1e400}]}]}\n',
  `a: ${'['.repeat(200)}${']'.repeat(200)}\n`,
  'x: &a [*a, *a]\n',
  'apiVersion: v1\nkind: Pod\nmetadata: &m {name: p, labels: *m}\n',
  '? [complex, key]\n: value\n',
  'apiVersion: [v1]\nkind: {Pod: 1}\n',
  '\u0000\u0001\u0002',
  '%YAML 1.2\n---\napiVersion: v1\n...\n',
];

function checkShape(result: ParseResult): void {
  if (result.ok) {
    for (const w of result.warnings) expect(w.line === undefined || w.line >= 1).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(typeof e.path).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
  }
}

describe('parseScenario robustness', () => {
  it('accepts the rich manifest the mutations start from', () => {
    expect(parseScenario(rich)).toMatchObject({ ok: true, warnings: [] });
  });

  it('answers every truncated or type-swapped manifest with a result, never an exception', () => {
    const inputs = mutations();
    expect(inputs.length).toBeGreaterThanOrEqual(200);
    for (const input of inputs) checkShape(parseScenario(input));
  });

  it.each(garbage.map((g) => [JSON.stringify(g).slice(0, 40), g]))('survives %s', (_label, input) => {
    checkShape(parseScenario(input));
  });

  it('gives the same answer for the same text', () => {
    for (const input of mutations().slice(0, 50)) expect(JSON.stringify(parseScenario(input))).toBe(JSON.stringify(parseScenario(input)));
  });
});
