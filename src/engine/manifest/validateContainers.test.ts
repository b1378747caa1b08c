import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';

// Lines 1-5 are the pod header; the spec text starts on line 6.
const header = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n';
// An app container on lines 6-8, for cases that are about init containers (which start on line 9).
const app = '  containers:\n  - name: app\n    image: busybox\n';

function errorsOf(spec: string): { path: string; message: string; line: number; column: number }[] {
  const result = parseScenario(header + spec);
  return result.ok ? [] : result.errors;
}

const label =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const forbiddenInit = 'Forbidden: may not be set for init containers without restartPolicy=Always';

const cases: { rule: string; spec: string; errors: [string, string, number, number][] }[] = [
  {
    rule: 'forbids a readinessProbe on a regular init container (ordering 28)',
    spec: `${app}  initContainers:\n  - name: init\n    image: busybox\n    readinessProbe:\n      exec: {command: [ls]}\n`,
    errors: [['spec.initContainers[0].readinessProbe', forbiddenInit, 12, 5]],
  },
  {
    rule: 'forbids probes and lifecycle on a regular init container, each on its own field',
    spec: `${app}  initContainers:\n  - name: init\n    image: busybox\n    livenessProbe: {exec: {command: [ls]}}\n    startupProbe: {exec: {command: [ls]}}\n    lifecycle: {preStop: {exec: {command: [ls]}}}\n`,
    errors: [
      ['spec.initContainers[0].lifecycle', forbiddenInit, 14, 5],
      ['spec.initContainers[0].livenessProbe', forbiddenInit, 12, 5],
      ['spec.initContainers[0].startupProbe', forbiddenInit, 13, 5],
    ],
  },
  {
    rule: 'reports a name shared by an init and an app container on the init container (ordering 29)',
    spec: `${app}  initContainers:\n  - name: app\n    image: busybox\n`,
    errors: [['spec.initContainers[0].name', 'Duplicate value: "app"', 10, 5]],
  },
  {
    rule: 'reports a duplicate app container name on the later container',
    spec: `${app}  - name: app\n    image: nginx\n`,
    errors: [['spec.containers[1].name', 'Duplicate value: "app"', 9, 5]],
  },
  {
    rule: 'requires a container name, pointing at the list item',
    spec: '  containers:\n  - image: busybox\n',
    errors: [['spec.containers[0].name', 'Required value', 7, 5]],
  },
  {
    rule: 'requires a DNS-1123 label as container name',
    spec: '  containers:\n  - name: My_App\n    image: busybox\n',
    errors: [['spec.containers[0].name', `Invalid value: "My_App": ${label}`, 7, 5]],
  },
  {
    rule: 'rejects dots in a container name with the label rule',
    spec: '  containers:\n  - name: my.app\n    image: busybox\n',
    errors: [['spec.containers[0].name', 'Invalid value: "my.app": must not contain dots', 7, 5]],
  },
  {
    rule: 'requires an image',
    spec: '  containers:\n  - name: app\n',
    errors: [['spec.containers[0].image', 'Required value', 7, 5]],
  },
  {
    rule: 'rejects an image with surrounding whitespace',
    spec: '  containers:\n  - name: app\n    image: "busybox "\n',
    errors: [['spec.containers[0].image', 'Invalid value: "busybox ": must not have leading or trailing whitespace', 8, 5]],
  },
  {
    rule: 'accepts Always, OnFailure or Never as an init container restartPolicy (1.35+: container restart policies; 1.34 drops all but Always)',
    spec: `${app}  initContainers:\n  - name: init\n    image: busybox\n    restartPolicy: Sometimes\n`,
    errors: [['spec.initContainers[0].restartPolicy', 'Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"', 12, 5]],
  },
  {
    rule: 'requires restartPolicy beside restartPolicyRules on an app container (1.35+: an app container may have its own restartPolicy)',
    spec: `${app}    restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]\n`,
    errors: [['spec.containers[0].restartPolicy', 'Required value: must specify restartPolicy when restart rules are used', 7, 5]],
  },
  {
    rule: 'requires successThreshold 1 on a sidecar liveness probe',
    spec: `${app}  initContainers:\n  - name: proxy\n    image: envoy\n    restartPolicy: Always\n    livenessProbe:\n      tcpSocket: {port: 9901}\n      successThreshold: 2\n`,
    errors: [['spec.initContainers[0].livenessProbe.successThreshold', 'Invalid value: 2: must be 1', 15, 7]],
  },
  {
    rule: 'requires successThreshold 1 on an app startup probe',
    spec: `${app}    startupProbe: {exec: {command: [ls]}, successThreshold: 3}\n`,
    errors: [['spec.containers[0].startupProbe.successThreshold', 'Invalid value: 3: must be 1', 9, 43]],
  },
  {
    rule: 'forbids terminationGracePeriodSeconds on a readiness probe',
    spec: `${app}    readinessProbe: {exec: {command: [ls]}, terminationGracePeriodSeconds: 10}\n`,
    errors: [['spec.containers[0].readinessProbe.terminationGracePeriodSeconds', 'Invalid value: 10: must not be set for readinessProbes', 9, 45]],
  },
  {
    rule: 'requires a probe terminationGracePeriodSeconds above 0',
    spec: `${app}    livenessProbe: {exec: {command: [ls]}, terminationGracePeriodSeconds: 0}\n`,
    errors: [['spec.containers[0].livenessProbe.terminationGracePeriodSeconds', 'Invalid value: 0: must be greater than 0', 9, 44]],
  },
  {
    rule: 'requires a probe handler',
    spec: `${app}    livenessProbe:\n      periodSeconds: 5\n`,
    errors: [['spec.containers[0].livenessProbe', 'Required value: must specify a handler type', 9, 5]],
  },
  {
    rule: 'does not count sleep as a probe handler',
    spec: `${app}    livenessProbe:\n      sleep: {seconds: 1}\n`,
    errors: [['spec.containers[0].livenessProbe', 'Required value: must specify a handler type', 9, 5]],
  },
  {
    rule: 'forbids a second handler type on the later handler',
    spec: `${app}    livenessProbe:\n      exec: {command: [ls]}\n      tcpSocket: {port: 80}\n`,
    errors: [['spec.containers[0].livenessProbe.tcpSocket', 'Forbidden: may not specify more than 1 handler type', 11, 7]],
  },
  {
    rule: 'rejects negative probe timings',
    spec: `${app}    readinessProbe:\n      exec: {command: [ls]}\n      periodSeconds: -1\n      failureThreshold: -2\n`,
    errors: [
      ['spec.containers[0].readinessProbe.periodSeconds', 'Invalid value: -1: must be greater than or equal to 0', 11, 7],
      ['spec.containers[0].readinessProbe.failureThreshold', 'Invalid value: -2: must be greater than or equal to 0', 12, 7],
    ],
  },
  {
    rule: 'requires an exec command',
    spec: `${app}    livenessProbe:\n      exec: {}\n`,
    errors: [['spec.containers[0].livenessProbe.exec.command', 'Required value', 10, 7]],
  },
  {
    rule: 'requires an httpGet port in range and a known scheme',
    spec: `${app}    readinessProbe:\n      httpGet: {path: /healthz, scheme: FTP}\n`,
    errors: [
      ['spec.containers[0].readinessProbe.httpGet.port', 'Invalid value: 0: must be between 1 and 65535, inclusive', 10, 7],
      ['spec.containers[0].readinessProbe.httpGet.scheme', 'Unsupported value: "FTP": supported values: "HTTP", "HTTPS"', 10, 33],
    ],
  },
  {
    rule: 'checks a named probe port with the port-name rules',
    spec: `${app}    livenessProbe:\n      tcpSocket: {port: "8080"}\n`,
    errors: [['spec.containers[0].livenessProbe.tcpSocket.port', 'Invalid value: "8080": must contain at least one letter (a-z)', 10, 19]],
  },
  {
    rule: 'bounds a preStop sleep by the grace period',
    spec: `${app}    lifecycle:\n      preStop:\n        sleep: {seconds: 40}\n`,
    errors: [['spec.containers[0].lifecycle.preStop.sleep', 'Invalid value: 40: must be non-negative and less than terminationGracePeriodSeconds (30)', 11, 9]],
  },
  {
    rule: 'validates a sidecar postStart hook like an app container hook',
    spec: `${app}  initContainers:\n  - name: proxy\n    image: envoy\n    restartPolicy: Always\n    lifecycle:\n      postStart: {}\n`,
    errors: [['spec.initContainers[0].lifecycle.postStart', 'Required value: must specify a handler type', 14, 7]],
  },
  {
    rule: 'accepts only the three pull policies',
    spec: `${app}    imagePullPolicy: Sometimes\n`,
    errors: [['spec.containers[0].imagePullPolicy', 'Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"', 9, 5]],
  },
  {
    rule: 'accepts only the two termination message policies',
    spec: `${app}    terminationMessagePolicy: Logs\n`,
    errors: [['spec.containers[0].terminationMessagePolicy', 'Unsupported value: "Logs": supported values: "File", "FallbackToLogsOnError"', 9, 5]],
  },
  {
    rule: 'requires containerPort in 1-65535 and a known protocol',
    spec: `${app}    ports:\n    - containerPort: 70000\n      protocol: HTTP\n    - name: web\n`,
    errors: [
      ['spec.containers[0].ports[0].containerPort', 'Invalid value: 70000: must be between 1 and 65535, inclusive', 10, 7],
      ['spec.containers[0].ports[0].protocol', 'Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"', 11, 7],
      ['spec.containers[0].ports[1].containerPort', 'Required value', 12, 7],
    ],
  },
  {
    rule: 'rejects duplicate port names',
    spec: `${app}    ports:\n    - {name: web, containerPort: 80}\n    - {name: web, containerPort: 81}\n`,
    errors: [['spec.containers[0].ports[1].name', 'Duplicate value: "web"', 11, 8]],
  },
  {
    rule: 'rejects a host port used twice across app containers',
    spec: `${app}    ports: [{containerPort: 80, hostPort: 8080}]\n  - name: b\n    image: nginx\n    ports: [{containerPort: 81, hostPort: 8080}]\n`,
    errors: [['spec.containers[1].ports[0].hostPort', 'Duplicate value: "TCP//8080"', 12, 33]],
  },
  {
    rule: 'allows the same host port on two init containers, which run one at a time',
    spec: `${app}  initContainers:\n  - {name: a, image: busybox, ports: [{containerPort: 80, hostPort: 8080}]}\n  - {name: b, image: busybox, ports: [{containerPort: 80, hostPort: 8080}]}\n`,
    errors: [],
  },
  {
    rule: 'requires a mounted volume to exist and a mountPath',
    spec: `${app}    volumeMounts:\n    - name: data\n`,
    errors: [
      ['spec.containers[0].volumeMounts[0].name', 'Not found: "data"', 10, 7],
      ['spec.containers[0].volumeMounts[0].mountPath', 'Required value', 10, 7],
    ],
  },
  {
    rule: 'rejects a mountPath used twice in one container',
    spec: `${app}    volumeMounts:\n    - {name: v, mountPath: /data}\n    - {name: v, mountPath: /data}\n  volumes:\n  - {name: v, emptyDir: {}}\n`,
    errors: [['spec.containers[0].volumeMounts[1].mountPath', 'Invalid value: "/data": must be unique', 11, 17]],
  },
  {
    rule: 'requires env names and exactly one valueFrom source',
    spec: `${app}    env:\n    - value: x\n    - name: A\n      valueFrom: {}\n`,
    errors: [
      ['spec.containers[0].env[0].name', 'Required value', 10, 7],
      ['spec.containers[0].env[1].valueFrom', 'Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`', 12, 7],
    ],
  },
  {
    rule: 'checks each envFrom source: its prefix, exactly one of configMapRef and secretRef (reported on envFrom itself), and the name it gives',
    spec: `${app}    envFrom:\n    - prefix: "a=b"\n      configMapRef: {name: cfg}\n    - {}\n    - {configMapRef: {name: a}, secretRef: {name: b}}\n    - secretRef: {name: Bad_Name}\n    - configMapRef: {}\n`,
    errors: [
      ['spec.containers[0].envFrom[0].prefix', 'Invalid value: "a=b": a valid environment variable name must consist only of printable ASCII characters other than \'=\'', 10, 7],
      ['spec.containers[0].envFrom', 'Invalid value: "": must specify one of: `configMapRef` or `secretRef`', 12, 7],
      ['spec.containers[0].envFrom', 'Invalid value: "": may not have more than one field specified at a time', 13, 7],
      ['spec.containers[0].envFrom[3].secretRef.name', 'Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\', and must start and end with an alphanumeric character (e.g. \'example.com\', regex used for validation is \'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\')', 14, 19],
      ['spec.containers[0].envFrom[4].configMapRef.name', 'Required value', 15, 7],
    ],
  },
  {
    rule: 'accepts only the downward API fields an env var may name (validateObjectFieldSelector)',
    spec: `${app}    env:\n    - {name: A, valueFrom: {fieldRef: {fieldPath: status.phase}}}\n    - {name: B, valueFrom: {fieldRef: {fieldPath: spec.foo}}}\n    - {name: C, valueFrom: {fieldRef: {fieldPath: "metadata.name['x']"}}}\n    - {name: D, valueFrom: {fieldRef: {apiVersion: v2, fieldPath: metadata.name}}}\n    - {name: E, valueFrom: {fieldRef: {fieldPath: "metadata.labels['app']"}}}\n    - {name: F, valueFrom: {fieldRef: {fieldPath: status.podIPs}}}\n    - {name: G, valueFrom: {fieldRef: {fieldPath: spec.host}}}\n    - {name: H, valueFrom: {fieldRef: {fieldPath: "metadata.annotations['Bad Key']"}}}\n`,
    errors: [
      ['spec.containers[0].env[0].valueFrom.fieldRef.fieldPath', 'Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"', 10, 40],
      ['spec.containers[0].env[1].valueFrom.fieldRef.fieldPath', 'Invalid value: "spec.foo": error converting fieldPath: field label not supported: spec.foo', 11, 40],
      ['spec.containers[0].env[2].valueFrom.fieldRef.fieldPath', 'Invalid value: "metadata.name[\'x\']": error converting fieldPath: field label does not support subscript: metadata.name[\'x\']', 12, 40],
      ['spec.containers[0].env[3].valueFrom.fieldRef.fieldPath', 'Invalid value: "metadata.name": error converting fieldPath: unsupported pod version: v2', 13, 56],
      // An annotation key is checked lower-cased, and printed so.
      ['spec.containers[0].env[7].valueFrom.fieldRef', 'Invalid value: "bad key": name part must consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character (e.g. \'MyName\',  or \'my.name\',  or \'123-abc\', regex used for validation is \'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\')', 17, 29],
    ],
  },
];

describe('validateContainers', () => {
  it.each(cases)('$rule', ({ spec, errors }) => {
    expect(errorsOf(spec)).toEqual(errors.map(([path, message, line, column]) => ({ path, message, line, column })));
  });
});
