// Image volumes (KEP-4639): kuberuntime_manager.go › SyncPod pulls every image volume at each sync
// before any container starts (getImageVolumes, events on the pod), and toKubeContainerImageVolumes
// fails only the containers that mount a volume whose pull failed; pkg/api/pod/util.go ›
// dropImageVolumes removes the volume and its mounts while the gate is off (1.34 by default).
import { describe, expect, it } from 'vitest';
import { isRejection } from '../../scenario/trace';
import { analyzeScenario } from '../simulate';
import { describePod } from '../views/describe';
import { at, container, events, pod, simulate, starts } from './testing/traceQueries';

const ref = 'registry.example.com/models/tiny:v1';
const imagePod = (version: string, image = `{ pullSeconds: 8, files: { weights.txt: "w=0.42\\n" } }`, gates = '') => pod(`  restartPolicy: Never
  volumes:
  - name: model
    image: { reference: ${ref} }
  initContainers:
  - name: prepare
    image: busybox:1.28
    command: ['sh', '-c', 'echo preparing']
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'cat /models/weights.txt || echo no-weights; touch /models/new || echo read-only; sleep 30']
    volumeMounts: [{ name: model, mountPath: /models }]
  - name: side
    image: busybox:1.28
    command: ['sh', '-c', 'echo side up; sleep 30']`, `spec:
  kubernetesVersion: "${version}"
  node:
    cachedImages: [busybox:1.28]${gates}
    images:
      ${ref}: ${image}`);

const logs = (trace: ReturnType<typeof simulate>, name: string) => trace.logs.filter((l) => l.container === name).map((l) => l.line);

describe('image volumes', () => {
  it('pulls the image volume before any container starts, even one that does not mount it (1.35+)', () => {
    for (const version of ['1.35', '1.36', '1.37']) {
      const trace = simulate(imagePod(version), 40);
      const pulling = events(trace, 'Pulling').find((e) => e.message.includes(ref));
      expect(pulling?.container).toBeUndefined();
      expect(starts(trace, 'prepare')[0]).toBeGreaterThan(8000);
    }
  });

  it('shows the files the node image table gives the image, read-only at the mount path', () => {
    const trace = simulate(imagePod('1.37'), 40);
    expect(logs(trace, 'app')).toEqual(expect.arrayContaining(['w=0.42', 'read-only']));
  });

  it('mounts an empty read-only directory when the image table knows no files of the image', () => {
    const trace = simulate(imagePod('1.37', '{ pullSeconds: 1 }'), 40);
    expect(logs(trace, 'app')).toEqual(expect.arrayContaining(['no-weights', 'read-only']));
  });

  it('keeps only the containers that mount it waiting when the pull fails: ErrImagePull, then ImagePullBackOff', () => {
    const trace = simulate(imagePod('1.37', '{ pull: fail }'), 40);
    const end = at(trace, 20_000);
    expect(container(end, 'app').state).toBe('waiting');
    expect(container(end, 'app').reason).toBe('ImagePullBackOff');
    expect(container(end, 'side').state).toBe('running');
    expect(starts(trace, 'prepare').length).toBe(1);
    expect(events(trace, 'Failed', 'app').map((e) => e.message)).toContain('Error: ErrImagePull');
    expect(events(trace, 'Failed').find((e) => e.container === undefined)?.message).toMatch(/^Failed to pull image "registry.example.com\/models\/tiny:v1": rpc error: code = NotFound/);
    expect((trace.causes ?? []).some((c) => c.rule === 'image.volume-pull' && c.subject === 'container:app')).toBe(true);
  });

  it('records "already present" for the image volume at every sync before 1.37, only at syncs that start a container from 1.37', () => {
    const present = (version: string) => events(simulate(imagePod(version, '{ pullSeconds: 1 }'), 120), 'Pulled')
      .filter((e) => e.container === undefined && e.message.startsWith('Container image')).map((e) => e.t);
    // Syncs after the pull: the one that starts the app containers, then the resyncs of a running pod.
    expect(present('1.36').length).toBeGreaterThan(2);
    expect(present('1.37')).toHaveLength(1);
  });

  it('drops the volume and its mount on 1.34 (gate off): nothing is pulled, the app sees no /models', () => {
    const trace = simulate(imagePod('1.34'), 40);
    expect(trace.warnings.map((w) => w.message).join('\n')).toContain('the volume "model" and its mounts are dropped by the API server: the feature gate ImageVolume is off in Kubernetes 1.34');
    expect(events(trace, 'Pulling')).toEqual([]);
    expect(logs(trace, 'app')).toContain('no-weights');
    expect(starts(trace, 'prepare')[0]).toBeLessThan(2000);
  });

  it('drops it on 1.37 too when spec.node.featureGates turns the GA gate ImageVolume off', () => {
    const trace = simulate(imagePod('1.37', undefined, '\n    featureGates: { ImageVolume: false }'), 40);
    expect(trace.warnings.map((w) => w.message).join('\n')).toContain('the feature gate ImageVolume is off in Kubernetes 1.37');
    expect(logs(trace, 'app')).toContain('no-weights');
  });

  it('pulls it on 1.34 when spec.node.featureGates turns ImageVolume on', () => {
    const trace = simulate(imagePod('1.34', undefined, '\n    featureGates: { ImageVolume: true }'), 40);
    expect(logs(trace, 'app')).toContain('w=0.42');
  });
});

describe('image volumes in describe', () => {
  it('prints the volume as describe.go › printImageVolumeSource does', () => {
    const analyzed = analyzeScenario(imagePod('1.37'));
    if (!analyzed.model || isRejection(analyzed.result)) throw new Error('rejected');
    const text = describePod(analyzed.result, analyzed.model.pod, 20_000);
    expect(text).toMatch(/ {2}model:\n {4}Type: +Image \(a container image or OCI artifact\)\n {4}Reference: +registry.example.com\/models\/tiny:v1\n {4}PullPolicy: +IfNotPresent\n/);
  });
});
