// Env files (KEP-3721): kubelet_pods.go › makeEnvironmentVariables with pkg/kubelet/util/env ›
// ParseEnv (v1.34: dotenv lines; v1.35+: single-quoted values), the CreateContainerConfigError of
// a missing file or key (test/e2e/common/node/file_key.go, "should fail when file or key does not
// exist"), `optional: true` and the API server dropping the field while the gate is off.
import { describe, expect, it } from 'vitest';
import { isRejection } from '../../scenario/trace';
import { simulateScenario } from '../simulate';
import { parseEnvFile, parseEnvFile134, parseEnvFile135 } from './envFiles';
import { container, events, first, pod, simulate, starts } from './testing/traceQueries';

const scenario = (version: string, gates = '') => `spec:\n  kubernetesVersion: "${version}"\n  node:\n    cachedImages: [busybox:1.28]${gates}`;

const envPod = (write: string, env: string, extra = '') => pod(`  restartPolicy: Never
  volumes:
  - name: cfg
    emptyDir: {}
  initContainers:
  - name: write-env
    image: busybox:1.28
    command: ['sh', '-c', ${JSON.stringify(write)}]
    volumeMounts: [{ name: cfg, mountPath: /cfg }]
${extra}  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo "db=$DB_URL"; env | grep -c OPT || true']
    env:
${env}`, scenario('1.37'));

const dbUrl = '    - name: DB_URL\n      valueFrom: { fileKeyRef: { volumeName: cfg, path: env, key: DB_URL } }';
const withVersion = (yaml: string, version: string, gates = '') => yaml.replace(/spec:\n {2}kubernetesVersion: "1\.37"\n {2}node:\n {4}cachedImages: \[busybox:1\.28\]/, scenario(version, gates));
const logsOf = (yaml: string, name = 'app') => simulate(yaml, 30).logs.filter((l) => l.container === name).map((l) => l.line);

describe('env file parser', () => {
  it('takes a single-quoted value literally, across lines, from 1.35', () => {
    expect(parseEnvFile135("A='x $HOME \\n'\nB='line1\nline2' # note", 'B')).toEqual({ value: 'line1\nline2' });
    expect(parseEnvFile135("A='x $HOME'", 'A')).toEqual({ value: 'x $HOME' });
    expect(parseEnvFile135('A=plain', 'A')).toEqual({ error: 'invalid environment variable format at line 1: value must be enclosed in single quotes' });
    expect(parseEnvFile135("A ='x'", 'A')).toEqual({ error: "invalid environment variable format at line 1: whitespace before '=' is not allowed" });
    expect(parseEnvFile135("A= 'x'", 'A')).toEqual({ value: '' });
    expect(parseEnvFile135("A='open", 'A')).toEqual({ error: 'invalid environment variable format starting at line 1: unclosed single quote' });
    expect(parseEnvFile135("# c\n\nA='1'", 'B')).toEqual({ absent: true });
  });

  it('keeps quotes and joins continued lines in 1.34', () => {
    expect(parseEnvFile134("DB_URL='postgres://x'", 'DB_URL')).toEqual({ value: "'postgres://x'" });
    expect(parseEnvFile134('A = one \\\n  two', 'A')).toEqual({ value: 'one two' });
    expect(parseEnvFile134('A=1\nA=2', 'A')).toEqual({ value: '1' });
    expect(parseEnvFile134('novalue', 'A')).toEqual({ error: 'invalid environment variable format at line 1' });
  });

  it('picks the parser by version and ignores the final newline', () => {
    expect(parseEnvFile('1.34', 'A=plain\n', 'A')).toEqual({ value: 'plain' });
    expect(parseEnvFile('1.36', "A='q'\n", 'A')).toEqual({ value: 'q' });
  });
});

describe('env files', () => {
  const quoted = `echo "DB_URL='postgres://x'" > /cfg/env`;

  it('gives the app a variable an init container wrote to an emptyDir it does not mount (1.35+)', () => {
    expect(logsOf(envPod(quoted, dbUrl))).toContain('db=postgres://x');
    expect(logsOf(withVersion(envPod(quoted, dbUrl), '1.35'))).toContain('db=postgres://x');
  });

  it('keeps the quotes on 1.34 with EnvFiles turned on (the older parser)', () => {
    const yaml = withVersion(envPod(quoted, dbUrl), '1.34', '\n    featureGates: { EnvFiles: true }');
    expect(logsOf(yaml)).toContain("db='postgres://x'");
  });

  it('rejects the pod on 1.34 with the gate off: the field is dropped and valueFrom names no source', () => {
    const r = simulateScenario(withVersion(envPod(quoted, dbUrl), '1.34'));
    if (!isRejection(r)) throw new Error('accepted');
    expect(r.warnings?.map((w) => w.message).join('\n')).toContain('fileKeyRef: dropped by the API server: the feature gate EnvFiles is off in Kubernetes 1.34');
    expect(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toContain('spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`');
  });

  it('leaves an optional key that is missing unset', () => {
    const opt = `${dbUrl}\n    - name: OPT\n      valueFrom: { fileKeyRef: { volumeName: cfg, path: env, key: OPT, optional: true } }`;
    expect(logsOf(envPod(quoted, opt))).toEqual(['db=postgres://x', '0']);
  });

  it('keeps the app waiting in CreateContainerConfigError while the key is missing, with the Failed event', () => {
    const trace = simulate(envPod(`echo "OTHER='1'" > /cfg/env`, dbUrl), 30);
    const waiting = container(trace.snapshots[trace.snapshots.length - 1]!, 'app');
    expect(waiting.state).toBe('waiting');
    expect(waiting.reason).toBe('CreateContainerConfigError');
    expect(waiting.message).toMatch(/^environment variable key "DB_URL" not found in file "\/var\/lib\/kubelet\/pods\/[^/]+\/volumes\/kubernetes.io~empty-dir\/cfg\/env"$/);
    expect(events(trace, 'Failed', 'app')[0]?.message).toBe(`Error: ${waiting.message}`);
    const cause = (trace.causes ?? []).find((c) => c.rule === 'config.env-file');
    expect(cause?.subject).toBe('container:app');
    expect(starts(trace, 'app')).toEqual([]);
  });

  it('says "couldn\'t parse env file" when the file is missing or does not parse, optional or not', () => {
    const missing = simulate(envPod('true', dbUrl.replace('key: DB_URL', 'key: DB_URL, optional: true')), 20);
    expect(container(missing.snapshots[missing.snapshots.length - 1]!, 'app').message).toBe("couldn't parse env file");
    const unquoted = simulate(envPod('echo DB_URL=plain > /cfg/env', dbUrl), 20);
    expect(container(unquoted.snapshots[unquoted.snapshots.length - 1]!, 'app').message).toBe("couldn't parse env file");
  });

  it('starts the app at a later sync once a sidecar writes the key', () => {
    const sidecar = `  - name: later
    image: busybox:1.28
    restartPolicy: Always
    command: ['sh', '-c', "sleep 5; echo \\"DB_URL='late'\\" > /cfg/env; sleep 3600"]
    volumeMounts: [{ name: cfg, mountPath: /cfg }]
`;
    const trace = simulate(envPod('true', dbUrl, sidecar), 60);
    const started = starts(trace, 'app');
    expect(started.length).toBe(1);
    expect(started[0]).toBeGreaterThan(5000);
    expect(first(trace, (s) => container(s, 'app').reason === 'CreateContainerConfigError')).toBeDefined();
    expect(trace.logs.filter((l) => l.container === 'app').map((l) => l.line)).toContain('db=late');
  });

  it('lets a later init container consume the file an earlier one wrote (file_key.go, "should allow initContainer to consume fileKeyRef")', () => {
    const consumer = `  - name: use-env
    image: busybox:1.28
    command: ['sh', '-c', 'env | grep DB_URL']
    env:
${dbUrl}
`;
    const trace = simulate(envPod(quoted, dbUrl, consumer), 30);
    expect(trace.logs.filter((l) => l.container === 'use-env').map((l) => l.line)).toEqual(['DB_URL=postgres://x']);
    expect(trace.snapshots[trace.snapshots.length - 1]?.phase).toBe('Succeeded');
  });

  it('keeps a Never pod Pending, not Failed, while an init container waits for its key', () => {
    const consumer = `  - name: use-env
    image: busybox:1.28
    command: ['sh', '-c', 'true']
    env:
${dbUrl.replace('key: DB_URL', 'key: NOPE')}
`;
    const trace = simulate(envPod(quoted, dbUrl, consumer), 40);
    const end = trace.snapshots[trace.snapshots.length - 1]!;
    expect(end.phase).toBe('Pending');
    expect(end.kubectl.status).toBe('Init:CreateContainerConfigError');
    expect(events(trace, 'Failed', 'use-env').length).toBeGreaterThan(1);
  });
});
