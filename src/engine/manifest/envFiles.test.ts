// validation.go › validateFileKeySelector / validateFileKeyRefVolumes and validateImageVolumeSource,
// and pkg/api/pod/util.go › dropDisabledFields, per version and gate override.
import { describe, expect, it } from 'vitest';
import { isRejection } from '../../scenario/trace';
import { simulateScenario } from '../simulate';

const doc = (version: string, env: string, volumes = '  - name: cfg\n    emptyDir: {}', gates = '') => `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  volumes:
${volumes}
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'sleep 1']
    env:
${env}
---
apiVersion: playground/v1
kind: Scenario
spec:
  kubernetesVersion: "${version}"
  node:
    cachedImages: [busybox:1.28]${gates}
`;

const ref = (fields: string) => `    - name: X\n      valueFrom: { fileKeyRef: { ${fields} } }`;
const errorsOf = (yaml: string): string[] => {
  const r = simulateScenario(yaml, { until: 5000 });
  return isRejection(r) ? r.errors.map((e) => `${e.path}: ${e.message}`) : [];
};
const at = 'spec.containers[0].env[0].valueFrom.fileKeyRef';

describe('fileKeyRef validation', () => {
  it('accepts a fileKeyRef on 1.35, 1.36 and 1.37, and on 1.34 only with EnvFiles on', () => {
    const good = ref('volumeName: cfg, path: app.env, key: X');
    for (const v of ['1.35', '1.36', '1.37']) expect(errorsOf(doc(v, good))).toEqual([]);
    expect(errorsOf(doc('1.34', good, undefined, '\n    featureGates: { EnvFiles: true }'))).toEqual([]);
    expect(errorsOf(doc('1.34', good))).toEqual(['spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`']);
  });

  it('rejects the pod on 1.37 when EnvFiles is turned off, as on 1.34', () => {
    expect(errorsOf(doc('1.37', ref('volumeName: cfg, path: app.env, key: X'), undefined, '\n    featureGates: { EnvFiles: false }'))).toHaveLength(1);
  });

  it('requires key, volumeName and path', () => {
    expect(errorsOf(doc('1.37', ref('optional: true')))).toEqual([
      `${at}.key: Required value`, `${at}.volumeName: Required value`, `${at}.path: Required value`,
    ]);
  });

  it('keeps the path inside the volume', () => {
    expect(errorsOf(doc('1.37', ref('volumeName: cfg, path: ../etc/env, key: X')))).toEqual([`${at}.path: Invalid value: "../etc/env": must not contain '..'`]);
    expect(errorsOf(doc('1.37', ref('volumeName: cfg, path: /abs, key: X')))).toEqual([`${at}.path: Invalid value: "/abs": must be a relative path`]);
  });

  it('checks the key as an env var name', () => {
    expect(errorsOf(doc('1.37', ref('volumeName: cfg, path: e, key: "A=B"')))[0]).toContain(`${at}.key: Invalid value: "A=B": a valid environment variable name`);
  });

  it('requires the volume to exist and to be an emptyDir', () => {
    expect(errorsOf(doc('1.37', ref('volumeName: nope, path: e, key: X')))).toEqual([`${at}.volumeName: Not found: "nope"`]);
    const secretVolume = '  - name: cfg\n    secret: { secretName: s }';
    expect(errorsOf(doc('1.37', ref('volumeName: cfg, path: e, key: X'), secretVolume))).toEqual([`${at}.volumeName: Invalid value: "cfg": must refer to an emptyDir volume`]);
  });
});

describe('image volume validation', () => {
  const volume = (source: string) => `  - name: cfg\n    emptyDir: {}\n  - name: model\n    image: ${source}`;
  const env = '    - name: A\n      value: b';

  it('requires a reference in a Pod and a known pull policy', () => {
    expect(errorsOf(doc('1.37', env, volume('{ pullPolicy: IfNotPresent }')))).toEqual(['spec.volumes[1].image.reference: Required value']);
    expect(errorsOf(doc('1.35', env, volume('{ reference: "x:1", pullPolicy: Sometimes }')))).toEqual(['spec.volumes[1].image.pullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"']);
  });

  it('does not validate a dropped image volume on 1.34', () => {
    expect(errorsOf(doc('1.34', env, volume('{ pullPolicy: IfNotPresent }')))).toEqual([]);
  });
});
