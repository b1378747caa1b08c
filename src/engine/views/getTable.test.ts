import { describe, it, expect } from 'vitest';
import { kubectlGet, kubectlGetRow, kubectlGetWatch } from './getTable';
import { docsPod, docsTrace, snapshot, trace } from './fixtures';

describe('kubectlGetRow', () => {
  it('combines the printPod columns with the pod age', () => {
    const row = kubectlGetRow(docsTrace.snapshots[3]!, docsPod, 125_000);
    expect(row).toEqual({ name: 'myapp-pod', ready: '0/1', status: 'Init:1/2', restarts: '0', age: '2m5s' });
  });
});

describe('kubectlGet', () => {
  it('prints the header and the row padded like kubectl', () => {
    expect(kubectlGet(docsTrace, docsPod, 360_000)).toBe('NAME        READY   STATUS    RESTARTS   AGE\nmyapp-pod   1/1     Running   0          6m\n');
  });

  it('reports NotFound after deletion', () => {
    expect(kubectlGet(trace([snapshot(0), snapshot(1000, { deleted: true })]), docsPod, 2000)).toBe('Error from server (NotFound): pods "myapp-pod" not found\n');
  });
});

describe('kubectlGetWatch', () => {
  it('prints a line per watch event (every stored status, a repeated row included) with the age then, widening columns as kubectl does', () => {
    expect(kubectlGetWatch(docsTrace, docsPod, 60_000)).toBe([
      'NAME        READY   STATUS     RESTARTS   AGE',
      'myapp-pod   0/1     Init:0/2   0          0s',
      'myapp-pod   0/1     Init:0/2   0          1s',
      'myapp-pod   0/1     Init:1/2   0          20s',
      'myapp-pod   0/1     Init:1/2   0          21s',
      'myapp-pod   0/1     PodInitializing   0          40s',
      'myapp-pod   1/1     Running           0          41s',
      '',
    ].join('\n'));
  });

  it('stops at the instant', () => {
    expect(kubectlGetWatch(docsTrace, docsPod, 25_000).trimEnd().split('\n')).toHaveLength(5);
  });
});
