import { describe, it, expect } from 'vitest';
import { describePod } from './describe';
import { containerSpec, docsPod, docsTrace, podSpec, running, snapshot, trace } from './fixtures';

const sha = {
  myservice: 'containerd://9a1d72fe1e9ba165ee981c28dfd36daff0973a1a8f3d12a1d0afccf48e1ab24b',
  mydb: 'containerd://4dc42cdf1e9fba966cbe44615eb6244014211f330ae787aa2e4853e54d819814',
  image: 'docker.io/library/busybox@sha256:59406bb3c59387263fa755edd5f23a90769b8df787bbe14a971ad6f1a58ce6a4',
};

const expectedAt30s = [
  'Name:             myapp-pod',
  'Namespace:        default',
  'Priority:         0',
  'Service Account:  default',
  'Node:             node-1/172.18.0.2',
  'Start Time:       Wed, 01 Jan 2025 00:00:00 +0000',
  'Labels:           app.kubernetes.io/name=MyApp',
  'Annotations:      <none>',
  'Status:           Pending',
  'IP:               10.244.0.12',
  'IPs:',
  '  IP:  10.244.0.12',
  'Init Containers:',
  '  init-myservice:',
  `    Container ID:  ${sha.myservice}`,
  '    Image:         busybox:1.28',
  `    Image ID:      ${sha.image}`,
  '    Port:          <none>',
  '    Host Port:     <none>',
  '    Command:',
  '      sh',
  '      -c',
  '      until nslookup myservice; do echo waiting for myservice; sleep 2; done',
  '    State:          Terminated',
  '      Reason:       Completed',
  '      Exit Code:    0',
  '      Started:      Wed, 01 Jan 2025 00:00:01 +0000',
  '      Finished:     Wed, 01 Jan 2025 00:00:20 +0000',
  '    Ready:          True',
  '    Restart Count:  0',
  '    Environment:    <none>',
  '    Mounts:',
  '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-tzsv2 (ro)',
  '  init-mydb:',
  `    Container ID:  ${sha.mydb}`,
  '    Image:         busybox:1.28',
  `    Image ID:      ${sha.image}`,
  '    Port:          <none>',
  '    Host Port:     <none>',
  '    Command:',
  '      sh',
  '      -c',
  '      until nslookup mydb; do echo waiting for mydb; sleep 2; done',
  '    State:          Running',
  '      Started:      Wed, 01 Jan 2025 00:00:21 +0000',
  '    Ready:          False',
  '    Restart Count:  0',
  '    Environment:    <none>',
  '    Mounts:',
  '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-tzsv2 (ro)',
  'Containers:',
  '  myapp-container:',
  '    Container ID:  ',
  '    Image:         busybox:1.28',
  '    Image ID:      ',
  '    Port:          <none>',
  '    Host Port:     <none>',
  '    Command:',
  '      sh',
  '      -c',
  '      echo The app is running! && sleep 3600',
  '    State:          Waiting',
  '      Reason:       PodInitializing',
  '    Ready:          False',
  '    Restart Count:  0',
  '    Environment:    <none>',
  '    Mounts:',
  '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-tzsv2 (ro)',
  'Conditions:',
  '  Type                        Status',
  '  PodReadyToStartContainers   True ',
  '  Initialized                 False ',
  '  Ready                       False ',
  '  ContainersReady             False ',
  '  PodScheduled                True ',
  'Volumes:',
  '  kube-api-access-tzsv2:',
  '    Type:                    Projected (a volume that contains injected data from multiple sources)',
  '    TokenExpirationSeconds:  3607',
  '    ConfigMapName:           kube-root-ca.crt',
  '    Optional:                false',
  '    DownwardAPI:             true',
  'QoS Class:                   BestEffort',
  'Node-Selectors:              <none>',
  'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
  '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
  'Events:',
  '  Type    Reason     Age   From               Message',
  '  ----    ------     ----  ----               -------',
  '  Normal  Scheduled  30s   default-scheduler  Successfully assigned default/myapp-pod to node-1',
  '  Normal  Pulled     29s   kubelet            spec.initContainers{init-myservice}: Container image "busybox:1.28" already present on machine',
  '  Normal  Created    29s   kubelet            spec.initContainers{init-myservice}: Created container: init-myservice',
  '  Normal  Started    29s   kubelet            spec.initContainers{init-myservice}: Started container init-myservice',
  '  Normal  Pulled     10s   kubelet            spec.initContainers{init-mydb}: Container image "busybox:1.28" already present on machine',
  '  Normal  Created    10s   kubelet            spec.initContainers{init-mydb}: Created container: init-mydb',
  '  Normal  Started    10s   kubelet            spec.initContainers{init-mydb}: Started container init-mydb',
  '',
].join('\n');

describe('describePod', () => {
  it('lays out a two-init-container pod like kubectl describe', () => {
    expect(describePod(docsTrace, docsPod, 30_000)).toBe(expectedAt30s);
  });

  it('uses the snapshot in force at the instant', () => {
    const text = describePod(docsTrace, docsPod, 60_000);
    expect(text).toContain('Status:           Running\n');
    expect(text).toContain('  Normal  Started    20s   kubelet            spec.containers{myapp-container}: Started container myapp-container\n');
  });

  it('prints messages without field paths when asked to', () => {
    expect(describePod(docsTrace, docsPod, 30_000, { eventFieldPathPrefix: false })).toContain('kubelet            Started container init-mydb\n');
  });

  it('keeps "Events: <none>" in the preceding block because nothing flushes it', () => {
    const text = describePod(trace([snapshot(0)]), podSpec([], ['app']), 0);
    expect(text.endsWith([
      'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
      '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
      'Events:                      <none>',
      '',
    ].join('\n'))).toBe(true);
    expect(text).toContain('IP:               \nIPs:              <none>\n');
    expect(text).toContain('Containers:\n  app:\n    Image:        busybox:1.28\n');
  });

  it('shows Terminating with the elapsed time and the grace period', () => {
    const t = trace([snapshot(0, { phase: 'Running', startTime: 0, deletionTimestamp: 10_000, containers: [running('app', 1000)] })]);
    const text = describePod(t, podSpec([], ['app']), 15_000);
    expect(text).toContain('Status:                    Terminating (lasts 5s)\nTermination Grace Period:  30s\n');
  });

  it('shows Terminating (lasts <invalid>) while the grace period runs, the deletionTimestamp being its end (BeforeDelete)', () => {
    const t = trace([snapshot(0, { phase: 'Running', startTime: 0, deletionTimestamp: 40_000, containers: [running('app', 1000)] })]);
    expect(describePod(t, podSpec([], ['app']), 15_000)).toContain('Status:                    Terminating (lasts <invalid>)\n');
    expect(describePod(t, podSpec([], ['app']), 39_000)).toContain('Status:                    Terminating (lasts 0s)\n');
  });

  it('prints the pod\'s node selector and tolerations, adding the default ones the pod does not already tolerate (DefaultTolerationSeconds)', () => {
    const tail = (pod: ReturnType<typeof podSpec>) => describePod(trace([snapshot(0)]), pod, 1000).split('\n').filter((l) => /^(Node-Selectors|Tolerations|\s{20,}\S)/.test(l));
    const pod = podSpec([], ['app'], {
      nodeSelector: { 'kubernetes.io/os': 'linux', disktype: 'ssd' },
      tolerations: [
        { key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', value: '', effect: 'NoExecute', tolerationSeconds: 60 },
      ],
    });
    expect(tail(pod)).toEqual([
      'Node-Selectors:              disktype=ssd',
      '                             kubernetes.io/os=linux',
      'Tolerations:                 dedicated=gpu:NoSchedule',
      '                             node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
      '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 60s',
    ]);
    // `operator: Exists` alone tolerates every taint: neither default is added.
    expect(tail(podSpec([], ['app'], { tolerations: [{ key: '', operator: 'Exists', value: '', effect: '' }] }))).toEqual([
      'Node-Selectors:              <none>',
      'Tolerations:                 op=Exists',
    ]);
  });

  it('reports NotFound once the pod is gone', () => {
    const t = trace([snapshot(0), snapshot(5000, { deleted: true })]);
    expect(describePod(t, podSpec([], ['app']), 6000)).toBe('Error from server (NotFound): pods "myapp-pod" not found\n');
  });

  it('describes ports, probes, resources, env and mounts in kubectl order', () => {
    const app = containerSpec('web', 'app', 0, {
      image: 'nginx:1.27',
      ports: [{ containerPort: 80, protocol: 'TCP', name: 'http' }],
      requests: { memory: '64Mi', cpu: '0.25' },
      limits: { memory: '128Mi' },
      readinessProbe: { handler: { kind: 'httpGet', path: '/', port: 80, scheme: 'HTTP' }, initialDelaySeconds: 0, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
      env: [
        { name: 'MODE', value: 'prod' },
        { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
      ],
      volumeMounts: [{ name: 'work', mountPath: '/work', readOnly: false }, { name: 'cfg', mountPath: '/etc/cfg', readOnly: true, subPath: 'app.conf' }],
    });
    const pod = podSpec([], [], { containers: [app], volumes: [{ name: 'work', kind: 'emptyDir' }, { name: 'cfg', kind: 'configMap', source: 'app-config' }] });
    const text = describePod(trace([snapshot(0)]), pod, 0);
    expect(text).toContain([
      '  web:',
      '    Image:      nginx:1.27',
      '    Port:       80/TCP (http)',
      '    Host Port:  0/TCP (http)',
      '    Limits:',
      '      memory:  128Mi',
      '    Requests:',
      '      cpu:      250m',
      '      memory:   64Mi',
      '    Readiness:  http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3',
      '    Environment:',
      '      MODE:      prod',
      '      POD:       myapp-pod (v1:metadata.name)',
      "      PASSWORD:  <set to the key 'password' in secret 'db'>  Optional: false",
      '    Mounts:',
      '      /etc/cfg from cfg (ro,path="app.conf")',
      '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-tzsv2 (ro)',
      '      /work from work (rw)',
    ].join('\n'));
    expect(text).toContain([
      'Volumes:',
      '  work:',
      "    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)",
      '    Medium:     ',
      '    SizeLimit:  <unset>',
      '  cfg:',
      '    Type:      ConfigMap (a volume populated by a ConfigMap)',
      '    Name:      app-config',
      '    Optional:  false',
    ].join('\n'));
    expect(text).toContain('QoS Class:                   Burstable\n');
  });
});
