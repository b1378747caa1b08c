// envFrom and `$(VAR)` expansion as makeEnvironmentVariables does them (pkg/kubelet/kubelet_pods.go).
import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../simulate';
import { describePod } from '../views/describe';
import { container, events, first, simulate } from './testing/traceQueries';

const config = `---
apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data:
  MODE: fast
  X: "1"
  REF: $(MODE)
---
apiVersion: v1
kind: Secret
metadata: {name: creds}
stringData:
  PASSWORD: s3cret
`;

/**
 * A pod of one container `app` whose lines after its image are `body`, the documents after it, and
 * a Scenario with `scenario` as its spec; `meta` adds to the pod's metadata.
 */
function podWith(body: string, docs = config, scenario = 'spec:\n  node:\n    cachedImages: [busybox:1.28]', meta = '', restartPolicy = 'Never'): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: demo
${meta}spec:
  restartPolicy: ${restartPolicy}
  containers:
  - name: app
    image: busybox:1.28
${body}
${docs}---
apiVersion: playground/v1
kind: Scenario
${scenario}
`;
}

/** A pod of one container that echoes `script`, with `env` lines under it, and the documents after it. */
function echoPod(script: string, env: string, docs = config, scenario?: string): string {
  return podWith(`    command: ['sh', '-c', '${script}']\n${env}`, docs, scenario);
}

const lines = (yaml: string, until = 30) => simulate(yaml, until).logs.map((l) => l.line);

describe('envFrom', () => {
  it('sets every key of a ConfigMap and a Secret, after a prefix when it has one', () => {
    const yaml = echoPod('echo "$MODE $X $APP_MODE $PASSWORD"', `    envFrom:
    - configMapRef: {name: cfg}
    - prefix: APP_
      configMapRef: {name: cfg}
    - secretRef: {name: creds}`);
    expect(lines(yaml)).toEqual(['fast 1 fast s3cret']);
  });

  it('lets env replace a name envFrom set, and a later source replace an earlier one', () => {
    const yaml = echoPod('echo "$MODE $PASSWORD"', `    envFrom:
    - configMapRef: {name: cfg}
    - prefix: MO
      secretRef: {name: other}
    env:
    - {name: PASSWORD, value: from-env}`, `${config}---
apiVersion: v1
kind: Secret
metadata: {name: other}
stringData:
  DE: from-secret
`);
    expect(lines(yaml)).toEqual(['from-secret from-env']);
  });

  it('expands $(VAR) only in a literal value, from the names declared before it and the Service variables, never the image\'s', () => {
    const yaml = echoPod('echo "$A|$REF|$H|$K"', `    envFrom:
    - configMapRef: {name: cfg}
    env:
    - {name: A, value: "$(MODE)-$(X)"}
    - {name: H, value: "$(HOME)"}
    - {name: K, value: "$(KUBERNETES_SERVICE_PORT)"}`);
    // REF comes from the ConfigMap as it is: values from a source are not expanded.
    expect(lines(yaml)).toEqual(['fast-1|$(MODE)|$(HOME)|443']);
  });

  it('expands $(VAR) in command and args from what the kubelet declared, not from the image\'s PATH', () => {
    const yaml = podWith(`    command: ['sh', '-c', 'echo "$0 $1"', '$(MODE)', '$(PATH)']
    envFrom:
    - configMapRef: {name: cfg}`);
    expect(lines(yaml)).toEqual(['fast $(PATH)']);
  });

  it('cannot create the container while a source is missing (CreateContainerConfigError), and starts once it is applied', () => {
    const yaml = echoPod('echo "$MODE"', `    envFrom:
    - configMapRef: {name: late}`, `---
apiVersion: v1
kind: ConfigMap
metadata: {name: late}
data:
  MODE: arrived
`, 'spec:\n  node:\n    cachedImages: [busybox:1.28]\n  events:\n  - { at: 20s, apply: ConfigMap/late }');
    const trace = simulate(yaml, 60);
    const waiting = first(trace, (s) => container(s, 'app').reason === 'CreateContainerConfigError');
    expect(container(waiting!, 'app').message).toBe('configmap "late" not found');
    expect(events(trace, 'Failed', 'app')[0]?.message).toBe('Error: configmap "late" not found');
    expect(trace.logs.map((l) => [l.line, l.t >= 20_000])).toEqual([['arrived', true]]);
  });

  it('reads a ConfigMap\'s data only, not its binaryData, which its volume still holds', () => {
    const docs = `---
apiVersion: v1
kind: ConfigMap
metadata: {name: mixed}
data: {TEXT: plain}
binaryData: {BIN: aGk=}
`;
    const yaml = podWith(`    command: ['sh', '-c', 'echo "[$TEXT|$BIN]"; cat /m/BIN']
    envFrom:
    - configMapRef: {name: mixed}
    volumeMounts: [{name: m, mountPath: /m}]
  volumes:
  - {name: m, configMap: {name: mixed}}`, docs);
    expect(lines(yaml)).toEqual(['[plain|]', 'hi']);
    const keyRef = podWith(`    command: ['sh', '-c', 'echo "$B"']
    env:
    - {name: B, valueFrom: {configMapKeyRef: {name: mixed, key: BIN}}}`, docs);
    const trace = simulate(keyRef, 10);
    expect(container(first(trace, (s) => s.containers[0]?.reason === 'CreateContainerConfigError')!, 'app').message).toBe("couldn't find key BIN in ConfigMap default/mixed");
  });

  it('skips a missing source marked optional', () => {
    const yaml = echoPod('echo "[$MODE]"', `    envFrom:
    - secretRef: {name: nowhere, optional: true}`);
    expect(lines(yaml)).toEqual(['[]']);
  });

  it('is listed by kubectl describe under "Environment Variables from:"', () => {
    const yaml = echoPod('true', `    envFrom:
    - configMapRef: {name: cfg}
    - prefix: S_
      secretRef: {name: creds, optional: true}`);
    const { result, model } = analyzeScenario(yaml);
    if (!model || !('snapshots' in result)) throw new Error('rejected');
    const text = describePod(result, model.pod, 5000);
    expect(text).toContain([
      '    Environment Variables from:',
      '      cfg         ConfigMap                Optional: false',
      "      creds       Secret with prefix 'S_'  Optional: true",
      '    Environment:  <none>',
    ].join('\n'));
  });
});

describe('env fieldRef', () => {
  it('gives labels and annotations by subscript, empty when the pod has none, and the IP lists', () => {
    const yaml = podWith(`    command: ['sh', '-c', 'echo "$APP|$OWNER|$NONE|$IPS|$HOSTS|$NODE"']
    env:
    - {name: APP, valueFrom: {fieldRef: {fieldPath: "metadata.labels['app']"}}}
    - {name: OWNER, valueFrom: {fieldRef: {fieldPath: "metadata.annotations['team.example.com/owner']"}}}
    - {name: NONE, valueFrom: {fieldRef: {fieldPath: "metadata.labels['tier']"}}}
    - {name: IPS, valueFrom: {fieldRef: {fieldPath: status.podIPs}}}
    - {name: HOSTS, valueFrom: {fieldRef: {fieldPath: status.hostIPs}}}
    - {name: NODE, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}`, '', undefined, '  labels: {app: web}\n  annotations: {team.example.com/owner: ops}\n');
    expect(lines(yaml)).toEqual(['web|ops||10.244.0.12|172.18.0.2|node-1']);
  });
});

describe('$(VAR) in probes and hooks', () => {
  it('expands a probe\'s command from the literal env values only, and leaves a hook\'s command as written', () => {
    const yaml = podWith(`    command: ['sh', '-c', 'sleep 2; cat /tmp/h; sleep 3600']
    env:
    - {name: STATIC, value: "on"}
    - {name: FROM, valueFrom: {configMapKeyRef: {name: cfg, key: MODE}}}
    lifecycle:
      postStart: {exec: {command: ['sh', '-c', 'echo "$1" > /tmp/h', 'x', '$(STATIC)']}}
    readinessProbe:
      exec: {command: ['sh', '-c', '[ "$0" = "on||\\$(MISSING)" ]', '$(STATIC)|$(FROM)|$(MISSING)']}
      periodSeconds: 1`, config, undefined, '', 'Always');
    const trace = simulate(yaml, 20);
    // ExpandContainerCommandOnlyStatic: STATIC is "on", FROM (valueFrom) is empty, MISSING stays as written.
    expect(container(first(trace, (s) => s.containers[0]?.ready === true) ?? trace.snapshots[0]!, 'app').ready).toBe(true);
    expect(trace.logs.map((l) => l.line)).toEqual(['$(STATIC)']);
  });
});
