import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';

const container = '  containers:\n  - name: app\n    image: busybox\n';

function errorsOf(text: string): [string, string, number, number][] {
  const result = parseScenario(text);
  return result.ok ? [] : result.errors.map((e) => [e.path, e.message, e.line, e.column]);
}

// Lines 1-5 are the pod header, then the app container on lines 6-8; `extra` starts on line 9.
const withSpec = (extra: string): string => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${container}${extra}`;
const withMeta = (meta: string): string => `apiVersion: v1\nkind: Pod\nmetadata:\n${meta}spec:\n${container}`;

const subdomain =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const label =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const labelValue =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

const cases: { rule: string; text: string; errors: [string, string, number, number][] }[] = [
  {
    rule: 'requires metadata.name, pointing at metadata',
    text: withMeta('  labels: {app: x}\n'),
    errors: [['metadata.name', 'Required value: name or generateName is required', 3, 1]],
  },
  {
    rule: 'requires a DNS-1123 subdomain as pod name',
    text: withMeta('  name: My_Pod\n'),
    errors: [['metadata.name', `Invalid value: "My_Pod": ${subdomain}`, 4, 3]],
  },
  {
    rule: 'requires a DNS-1123 label as namespace',
    text: withMeta('  name: p\n  namespace: Team.A\n'),
    errors: [['metadata.namespace', `Invalid value: "Team.A": ${label}`, 5, 3]],
  },
  {
    rule: 'checks label values, pointing at the label',
    text: withMeta('  name: p\n  labels:\n    app: "my app"\n'),
    errors: [['metadata.labels', `Invalid value: "my app": ${labelValue}`, 6, 5]],
  },
  {
    rule: 'requires at least one app container, pointing at spec',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  restartPolicy: Never\n',
    errors: [['spec.containers', 'Required value', 5, 1]],
  },
  {
    rule: 'requires a non-empty container list',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: []\n',
    errors: [['spec.containers', 'Required value', 6, 3]],
  },
  {
    rule: 'accepts only the three pod restart policies',
    text: withSpec('  restartPolicy: Sometimes\n'),
    errors: [['spec.restartPolicy', 'Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"', 9, 3]],
  },
  {
    rule: 'requires activeDeadlineSeconds of at least 1',
    text: withSpec('  activeDeadlineSeconds: 0\n'),
    errors: [['spec.activeDeadlineSeconds', 'Invalid value: 0: must be between 1 and 2147483647, inclusive', 9, 3]],
  },
  {
    rule: 'accepts only the four DNS policies',
    text: withSpec('  dnsPolicy: Google\n'),
    errors: [['spec.dnsPolicy', 'Unsupported value: "Google": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"', 9, 3]],
  },
  {
    rule: 'requires a DNS-1123 subdomain as nodeName and a label as hostname',
    text: withSpec('  nodeName: Node_1\n  hostname: a.b\n'),
    errors: [
      ['spec.nodeName', `Invalid value: "Node_1": ${subdomain}`, 9, 3],
      ['spec.hostname', 'Invalid value: "a.b": must not contain dots', 10, 3],
    ],
  },
  {
    rule: 'requires unique volume names',
    text: withSpec('  volumes:\n  - {name: data, emptyDir: {}}\n  - {name: data, emptyDir: {}}\n'),
    errors: [['spec.volumes[1].name', 'Duplicate value: "data"', 11, 6]],
  },
  {
    rule: 'requires a volume type',
    text: withSpec('  volumes:\n  - name: data\n'),
    errors: [['spec.volumes[0]', 'Required value: must specify a volume type', 10, 5]],
  },
  {
    rule: 'forbids a second volume type on the later one',
    text: withSpec('  volumes:\n  - name: data\n    emptyDir: {}\n    configMap: {name: c}\n'),
    errors: [['spec.volumes[0].configMap', 'Forbidden: may not specify more than 1 volume type', 12, 5]],
  },
  {
    rule: 'requires the referenced ConfigMap and Secret names',
    text: withSpec('  volumes:\n  - {name: a, configMap: {}}\n  - {name: b, secret: {optional: true}}\n'),
    errors: [
      ['spec.volumes[0].configMap.name', 'Required value', 10, 15],
      ['spec.volumes[1].secret.secretName', 'Required value', 11, 15],
    ],
  },
  {
    rule: 'does not let a mount resolve to an invalid volume',
    text: withSpec('    volumeMounts: [{name: Data, mountPath: /d}]\n  volumes:\n  - {name: Data, emptyDir: {}}\n'),
    errors: [
      ['spec.volumes[0].name', `Invalid value: "Data": ${label}`, 11, 6],
      ['spec.containers[0].volumeMounts[0].name', 'Not found: "Data"', 9, 21],
    ],
  },
];

describe('validatePod', () => {
  it.each(cases)('$rule', ({ text, errors }) => {
    expect(errorsOf(text)).toEqual(errors);
  });

  it('treats a negative grace period as 1 with the API server warning', () => {
    const result = parseScenario(withSpec('  terminationGracePeriodSeconds: -5\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.pod.terminationGracePeriodSeconds).toBe(1);
    expect(result.warnings).toEqual([
      { message: 'spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1', line: 9, column: 3 },
    ]);
  });

  it('returns every error of an invalid pod, in the API server order (1.35+: an init container may have its own OnFailure or Never, so Sometimes is the bad one)', () => {
    const text = withSpec('  initContainers:\n  - name: app\n    restartPolicy: Sometimes\n  restartPolicy: Sometimes\n');
    expect(errorsOf(text).map(([path]) => path)).toEqual([
      'spec.initContainers[0].image',
      'spec.initContainers[0].restartPolicy',
      'spec.initContainers[0].name',
      'spec.restartPolicy',
    ]);
  });
});

const typeCases: { rule: string; text: string; errors: [string, string, number, number][] }[] = [
  {
    rule: 'rejects a scalar where a list belongs',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: foo\n',
    errors: [['spec.containers', 'Invalid value: "foo": must be a list', 6, 3]],
  },
  {
    rule: 'rejects a number where the command list belongs',
    text: withSpec('    command: 5\n'),
    errors: [['spec.containers[0].command', 'Invalid value: 5: must be a list', 9, 5]],
  },
  {
    rule: 'rejects a number inside command, as kubectl apply does, pointing at the item',
    text: withSpec('    command: [sleep, 10]\n'),
    errors: [['spec.containers[0].command[1]', 'Invalid value: 10: must be a string', 9, 22]],
  },
  {
    rule: 'prints numbers as Go does: .inf as +Inf, an integer past 2^53 with all its digits',
    text: withSpec('    ports: [{containerPort: .inf}, {containerPort: -.inf}, {containerPort: 9223372036854775807}]\n'),
    errors: [
      ['spec.containers[0].ports[0].containerPort', 'Invalid value: +Inf: must be an integer', 9, 14],
      ['spec.containers[0].ports[1].containerPort', 'Invalid value: -Inf: must be an integer', 9, 37],
      ['spec.containers[0].ports[2].containerPort', 'Invalid value: 9223372036854775808: cannot unmarshal number 9223372036854775808 into Go value of type int32', 9, 61],
    ],
  },
  {
    rule: 'checks the node selector as labels (ValidateLabels)',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  nodeSelector: {"bad key": ssd, disktype: "bad value!"}\n  containers:\n  - name: app\n    image: busybox\n',
    errors: [
      ['spec.nodeSelector', "Invalid value: \"bad key\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')", 6, 18],
      ['spec.nodeSelector', "Invalid value: \"bad value!\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')", 6, 34],
    ],
  },
  {
    rule: 'checks tolerations (ValidateTolerations): the key, Exists for an empty key, NoExecute with tolerationSeconds, the value for the operator, the effect',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  tolerations:\n  - {key: \'a b\', operator: Exists}\n  - {operator: Equal, value: x}\n  - null\n  - {key: k, operator: Exists, value: v, effect: NoSchedule}\n  - {key: k, operator: Foo, effect: Bad}\n  - {key: k, value: "bad value!", tolerationSeconds: 5, effect: NoSchedule}\n  - {key: k, operator: Lt, value: "5"}\n  - {operator: Exists}\n  containers:\n  - name: app\n    image: busybox\n',
    errors: [
      ["spec.tolerations[0].key","Invalid value: \"a b\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",7,6],
      ["spec.tolerations[1].operator","Invalid value: \"Equal\": operator must be Exists when `key` is empty, which means \"match all values and all keys\"",8,6],
      ["spec.tolerations[2].operator","Invalid value: \"\": operator must be Exists when `key` is empty, which means \"match all values and all keys\"",9,5],
      ["spec.tolerations[3].operator","Invalid value: core.Toleration{Key:\"k\", Operator:\"Exists\", Value:\"v\", Effect:\"NoSchedule\", TolerationSeconds:(*int64)(nil)}: value must be empty when `operator` is 'Exists'",10,14],
      ["spec.tolerations[4].operator","Unsupported value: \"Foo\": supported values: \"Equal\", \"Exists\"",11,14],
      ["spec.tolerations[4].effect","Unsupported value: \"Bad\": supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\"",11,29],
      ["spec.tolerations[5].effect","Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set",12,57],
      ["spec.tolerations[5].operator","Invalid value: \"bad value!\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",12,5],
    ],
  },
  {
    rule: 'rejects a quoted number as containerPort',
    text: withSpec('    ports: [{containerPort: "80"}]\n'),
    errors: [['spec.containers[0].ports[0].containerPort', 'Invalid value: "80": must be an integer', 9, 14]],
  },
  {
    rule: 'rejects a list where the spec map belongs',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec: []\n',
    errors: [['spec', 'Invalid value: []: must be a map', 5, 1]],
  },
  {
    rule: 'stops at type errors, like a body that fails to decode',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: P_P\nspec:\n  containers:\n  - name: app\n    image: [busybox]\n',
    errors: [['spec.containers[0].image', 'Invalid value: ["busybox"]: must be a string', 8, 5]],
  },
];

describe('decoding the pod', () => {
  it.each(typeCases)('$rule', ({ text, errors }) => {
    expect(errorsOf(text)).toEqual(errors);
  });

  it('warns about an unknown field as kubectl does, and still simulates', () => {
    const result = parseScenario(withSpec('    imagePolicy: Always\n'));
    expect(result).toMatchObject({ ok: true, warnings: [{ message: 'unknown field "spec.containers[0].imagePolicy"', line: 9, column: 5 }] });
  });
});
