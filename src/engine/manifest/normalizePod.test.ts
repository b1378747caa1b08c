import { describe, expect, it } from 'vitest';
import type { ContainerSpec, PodSpecModel } from './model';
import { parseScenario } from './parse';

function podOf(text: string): PodSpecModel {
  const result = parseScenario(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model.pod;
}

const header = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n';
const oneContainer = (fields: string): ContainerSpec | undefined =>
  podOf(`${header}  containers:\n  - name: app\n${fields}`).containers[0];

describe('normalizePod', () => {
  it('applies the pod-level API defaults', () => {
    const pod = podOf(`${header}  containers: [{name: app, image: busybox}]\n`);
    expect(pod).toMatchObject({
      name: 'p',
      namespace: 'default',
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      nodeName: 'node-1',
      serviceAccountName: 'default',
      labels: {},
      annotations: {},
      overhead: {},
      volumes: [],
      initContainers: [],
    });
    expect(pod.activeDeadlineSeconds).toBeUndefined();
  });

  it('derives a stable UUID-looking uid from namespace and name, unless one is given', () => {
    const a = podOf(`${header}  containers: [{name: app, image: busybox}]\n`).uid;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(podOf(`${header}  containers: [{name: app, image: nginx}]\n`).uid).toBe(a);
    expect(podOf(`${header.replace('name: p', 'name: q')}  containers: [{name: app, image: busybox}]\n`).uid).not.toBe(a);
    expect(podOf(`${header.replace('name: p', 'name: p\n  uid: abc')}  containers: [{name: app, image: busybox}]\n`).uid).toBe('abc');
  });

  it('names a generateName pod deterministically', () => {
    const text = `${header.replace('name: p', 'generateName: job-')}  containers: [{name: app, image: busybox}]\n`;
    expect(podOf(text).name).toMatch(/^job-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(podOf(text).name).toBe(podOf(text).name);
  });

  it('keeps the given pod-level fields', () => {
    const pod = podOf(
      `${header}  restartPolicy: Never\n  terminationGracePeriodSeconds: 5\n  activeDeadlineSeconds: 60\n  nodeName: n2\n  serviceAccount: builder\n  hostname: h\n  overhead: {cpu: 10m}\n  containers: [{name: app, image: busybox}]\n`,
    );
    expect(pod).toMatchObject({
      restartPolicy: 'Never',
      terminationGracePeriodSeconds: 5,
      activeDeadlineSeconds: 60,
      nodeName: 'n2',
      serviceAccountName: 'builder',
      hostname: 'h',
      overhead: { cpu: '10m' },
    });
  });

  it.each([
    ['busybox', 'Always'],
    ['busybox:latest', 'Always'],
    ['busybox:1.28', 'IfNotPresent'],
    ['registry:5000/app', 'Always'],
    ['registry:5000/app:2', 'IfNotPresent'],
    ['app@sha256:0123abcd', 'IfNotPresent'],
    ['app:latest@sha256:0123abcd', 'Always'],
  ])('defaults the pull policy of %s to %s', (image, policy) => {
    expect(oneContainer(`    image: ${image}\n`)?.imagePullPolicy).toBe(policy);
  });

  it('keeps an explicit pull policy', () => {
    expect(oneContainer('    image: busybox\n    imagePullPolicy: Never\n')?.imagePullPolicy).toBe('Never');
  });

  it('classifies init containers with restartPolicy Always as sidecars', () => {
    const pod = podOf(`${header}  initContainers:\n  - {name: a, image: busybox}\n  - {name: b, image: envoy, restartPolicy: Always}\n  containers: [{name: c, image: nginx}]\n`);
    expect([...pod.initContainers, ...pod.containers].map((c) => [c.name, c.kind, c.index])).toEqual([
      ['a', 'init', 0],
      ['b', 'sidecar', 1],
      ['c', 'app', 0],
    ]);
  });

  it('applies probe defaults and httpGet defaults', () => {
    const c = oneContainer('    image: nginx\n    readinessProbe:\n      httpGet: {port: 80}\n    livenessProbe:\n      tcpSocket: {port: http}\n      periodSeconds: 5\n      terminationGracePeriodSeconds: 3\n');
    expect(c?.readinessProbe).toEqual({
      handler: { kind: 'httpGet', path: '/', port: 80, scheme: 'HTTP' },
      initialDelaySeconds: 0,
      periodSeconds: 10,
      timeoutSeconds: 1,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(c?.livenessProbe).toMatchObject({ handler: { kind: 'tcpSocket', port: 'http' }, periodSeconds: 5, terminationGracePeriodSeconds: 3 });
  });

  it('keeps hooks, with the position of an exec command', () => {
    const c = oneContainer('    image: nginx\n    lifecycle:\n      postStart:\n        exec: {command: [sh, -c, "echo hi"]}\n      preStop:\n        sleep: {seconds: 5}\n');
    expect(c?.postStart).toEqual({ kind: 'exec', command: ['sh', '-c', 'echo hi'], position: { line: 11, column: 26 } });
    expect(c?.preStop).toEqual({ kind: 'sleep', seconds: 5 });
  });

  it('keeps command and args with one position per item, and the item position of the container', () => {
    const c = oneContainer('    image: busybox\n    command:\n    - sh\n    - "-c"\n    args: [\'sleep 1\']\n');
    expect(c).toMatchObject({ command: ['sh', '-c'], args: ['sleep 1'], position: { line: 7, column: 5 } });
    expect(c?.argPositions).toEqual([
      { line: 10, column: 7 },
      { line: 11, column: 7 },
      { line: 12, column: 12 },
    ]);
  });

  it('defaults port protocols, mount readOnly and keeps env sources raw', () => {
    const c = oneContainer(
      '    image: nginx\n    ports: [{containerPort: 80, name: web}]\n    volumeMounts: [{name: v, mountPath: /v, subPath: x}]\n    env:\n    - {name: A, value: "1"}\n    - name: B\n      valueFrom: {fieldRef: {fieldPath: metadata.name}}\n  volumes: [{name: v, emptyDir: {}}]\n',
    );
    expect(c?.ports).toEqual([{ containerPort: 80, name: 'web', protocol: 'TCP' }]);
    expect(c?.volumeMounts).toEqual([{ name: 'v', mountPath: '/v', readOnly: false, subPath: 'x' }]);
    expect(c?.env).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    ]);
  });

  it('reduces volumes to kind, source, items and optional', () => {
    const pod = podOf(
      `${header}  containers: [{name: app, image: busybox}]\n  volumes:\n  - {name: a, emptyDir: {}}\n  - {name: b, configMap: {name: cfg, items: [{key: k, path: p}]}}\n  - {name: c, secret: {secretName: s, optional: true}}\n  - {name: d, nfs: {server: x, path: /}}\n`,
    );
    expect(pod.volumes).toEqual([
      { name: 'a', kind: 'emptyDir' },
      { name: 'b', kind: 'configMap', source: 'cfg', items: [{ key: 'k', path: 'p' }] },
      { name: 'c', kind: 'secret', source: 's', optional: true },
      { name: 'd', kind: 'other' },
    ]);
  });
});
