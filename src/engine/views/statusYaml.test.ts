import { describe, it, expect } from 'vitest';
import { podStatusYaml } from './statusYaml';
import { docsPod, docsTrace, exited, podSpec, snapshot, status } from './fixtures';

describe('podStatusYaml', () => {
  it('prints the status block of a pod running its first init container', () => {
    expect(podStatusYaml(docsTrace.snapshots[1]!, docsPod)).toBe([
      'status:',
      '  conditions:',
      '  - lastProbeTime: null',
      '    lastTransitionTime: "2025-01-01T00:00:01Z"',
      '    status: "True"',
      '    type: PodReadyToStartContainers',
      '  - lastProbeTime: null',
      '    lastTransitionTime: "2025-01-01T00:00:01Z"',
      '    status: "False"',
      '    type: Initialized',
      '  - lastProbeTime: null',
      '    lastTransitionTime: "2025-01-01T00:00:01Z"',
      '    status: "False"',
      '    type: Ready',
      '  - lastProbeTime: null',
      '    lastTransitionTime: "2025-01-01T00:00:01Z"',
      '    status: "False"',
      '    type: ContainersReady',
      '  - lastProbeTime: null',
      '    lastTransitionTime: "2025-01-01T00:00:01Z"',
      '    status: "True"',
      '    type: PodScheduled',
      '  containerStatuses:',
      '  - image: busybox:1.28',
      '    imageID: ""',
      '    lastState: {}',
      '    name: myapp-container',
      '    ready: false',
      '    restartCount: 0',
      '    started: false',
      '    state:',
      '      waiting:',
      '        reason: PodInitializing',
      '  hostIP: 172.18.0.2',
      '  hostIPs:',
      '  - ip: 172.18.0.2',
      '  initContainerStatuses:',
      '  - containerID: containerd://9a1d72fe1e9ba165ee981c28dfd36daff0973a1a8f3d12a1d0afccf48e1ab24b',
      '    image: docker.io/library/busybox:1.28',
      '    imageID: docker.io/library/busybox@sha256:59406bb3c59387263fa755edd5f23a90769b8df787bbe14a971ad6f1a58ce6a4',
      '    lastState: {}',
      '    name: init-myservice',
      '    ready: false',
      '    restartCount: 0',
      '    started: false',
      '    state:',
      '      running:',
      '        startedAt: "2025-01-01T00:00:01Z"',
      '  - image: busybox:1.28',
      '    imageID: ""',
      '    lastState: {}',
      '    name: init-mydb',
      '    ready: false',
      '    restartCount: 0',
      '    started: false',
      '    state:',
      '      waiting:',
      '        reason: PodInitializing',
      '  phase: Pending',
      '  podIP: 10.244.0.12',
      '  podIPs:',
      '  - ip: 10.244.0.12',
      '  qosClass: BestEffort',
      '  startTime: "2025-01-01T00:00:00Z"',
      '',
    ].join('\n'));
  });

  it('uses recorded condition reasons, messages and transition times', () => {
    const s = snapshot(30_000, {
      conditionDetails: [{ type: 'Initialized', status: false, reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [init-myservice init-mydb]', lastTransitionTime: 0 }],
    });
    expect(podStatusYaml(s, docsPod)).toContain([
      '  - lastProbeTime: null',
      '    lastTransitionTime: "2025-01-01T00:00:00Z"',
      "    message: 'containers with incomplete status: [init-myservice init-mydb]'",
      '    reason: ContainersNotInitialized',
      '    status: "False"',
      '    type: Initialized',
    ].join('\n'));
  });

  it('prints a terminated state with its exit code, signal and times, plus the pod reason', () => {
    const s = snapshot(60_000, {
      phase: 'Failed', reason: 'DeadlineExceeded', startTime: 0,
      initContainers: [exited('init-myservice', 137, 'Error', 1000, 10_000, { signal: 9 })],
    });
    const text = podStatusYaml(s, docsPod);
    expect(text).toContain('    state:\n      terminated:\n        containerID: containerd://');
    expect(text).toContain('        exitCode: 137\n        finishedAt: "2025-01-01T00:00:10Z"\n        reason: Error\n        signal: 9\n        startedAt: "2025-01-01T00:00:01Z"\n');
    expect(text).toContain('  phase: Failed\n');
    expect(text).toContain('  reason: DeadlineExceeded\n');
  });

  it('lists app container statuses by name, as the kubelet sorts them, and init container statuses in spec order', () => {
    const pod = podSpec([['zinit', 'init'], ['ainit', 'init']], ['web', 'app', 'mid']);
    const s = snapshot(1000, {
      initContainers: [status('zinit'), status('ainit')],
      containers: [status('web'), status('app'), status('mid')],
    });
    const names = [...podStatusYaml(s, pod).matchAll(/^ {4}name: (\S+)$/gm)].map((m) => m[1]);
    expect(names).toEqual(['app', 'mid', 'web', 'zinit', 'ainit']);
  });
});
