// The env-file and image-volume gallery scenarios teach what their lessons say, and the same pod
// on 1.34 shows what the version changes: the API server drops the field while the gate is off.
import { describe, expect, it } from 'vitest';
import { envFileFromInit, imageVolume } from '../scenario/galleryFeatureLessons';
import { isRejection } from '../scenario/trace';
import { simulateScenario } from './simulate';
import { container, events, last, simulate, starts } from './kubelet/testing/traceQueries';

const on = (yaml: string, version: string, gates = '') =>
  yaml.replace('kubernetesVersion: "1.37"', `kubernetesVersion: "${version}"`).replace(/(\n {2}until: 1m\n)/, gates ? `$1  node:\n    featureGates: ${gates}\n` : '$1');
const lines = (yaml: string, name: string) => simulate(yaml).logs.filter((l) => l.container === name).map((l) => l.line);

describe('env-file-from-init', () => {
  it('starts app with DB_URL from the file and worker only after the sidecar wrote API_TOKEN (1.37)', () => {
    const trace = simulate(envFileFromInit);
    expect(lines(envFileFromInit, 'app')).toEqual(['connecting to postgres://db:5432/app']);
    expect(lines(envFileFromInit, 'worker')).toEqual(['worker has its token: s3cr3t']);
    const sidecarStart = starts(trace, 'token-fetcher')[0] ?? 0;
    expect(starts(trace, 'worker')[0]).toBeGreaterThan(sidecarStart + 8000);
    expect(events(trace, 'Failed', 'worker')[0]?.message).toMatch(/^Error: environment variable key "API_TOKEN" not found in file /);
    expect(last(trace).kubectl.ready).toBe('3/3');
  });

  it('is rejected on 1.34, where EnvFiles is off, and reads the quotes literally with the gate on', () => {
    const r = simulateScenario(on(envFileFromInit, '1.34'));
    expect(isRejection(r) && r.errors.map((e) => e.path)).toEqual(['spec.containers[0].env[0].valueFrom', 'spec.containers[1].env[0].valueFrom']);
    const gated = on(envFileFromInit, '1.34', '{ EnvFiles: true }');
    expect(lines(gated, 'app')).toEqual(["connecting to 'postgres://db:5432/app'"]);
  });
});

describe('image-volume', () => {
  it('holds every container until the model is pulled, then shows its files read-only (1.37)', () => {
    const trace = simulate(imageVolume);
    expect(starts(trace, 'check-config')[0]).toBeGreaterThan(12_000);
    expect(lines(imageVolume, 'server')).toEqual(['sentiment model v3: weights in weights.bin', 'touch: /models/cache: Read-only file system', 'the model volume is read-only']);
    expect(events(trace, 'Pulled').find((e) => e.container === undefined)?.message).toBe('Successfully pulled image "registry.example.com/models/sentiment:v3" in 12s (12s including waiting). Image size: 734003200 bytes.');
  });

  it('drops the volume on 1.34: nothing waits for the pull and /models is not there', () => {
    const trace = simulate(on(imageVolume, '1.34'));
    expect(trace.warnings).toHaveLength(1);
    expect(starts(trace, 'check-config')[0]).toBeLessThan(2000);
    expect(lines(on(imageVolume, '1.34'), 'server')[0]).toBe('cat: can\'t open \'/models/README\': No such file or directory');
    expect(container(last(trace), 'server').state).toBe('running');
  });
});
