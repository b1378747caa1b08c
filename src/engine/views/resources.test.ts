import { describe, it, expect } from 'vitest';
import { effectiveResources } from './resources';
import { containerSpec, podSpec } from './fixtures';

const req = (cpu: string, memory: string): Record<string, string> => ({ cpu, memory });
// kubelet-semantics.md §11 worked example.
const worked = podSpec([], [], {
  initContainers: [
    containerSpec('setup', 'init', 0, { requests: req('200m', '128Mi') }),
    containerSpec('proxy', 'sidecar', 1, { requests: req('100m', '64Mi') }),
    containerSpec('migrate', 'init', 2, { requests: req('500m', '256Mi') }),
  ],
  containers: [
    containerSpec('app', 'app', 0, { requests: req('300m', '200Mi') }),
    containerSpec('worker', 'app', 1, { requests: req('100m', '100Mi') }),
  ],
});

const summary = (pod: typeof worked, legacy = false): [string, string | undefined, string | undefined][] =>
  effectiveResources(pod, { legacy }).map((r) => [r.resource, r.requests, r.limits]);

describe('effectiveResources', () => {
  it('computes the worked example: sidecars add up and stay under later init containers', () => {
    expect(summary(worked)).toEqual([['cpu', '600m', undefined], ['memory', '364Mi', undefined]]);
  });

  it('gives the smaller pre-sidecar answer with the legacy formula', () => {
    expect(summary(worked, true)).toEqual([['cpu', '500m', undefined], ['memory', '300Mi', undefined]]);
  });

  it('lists every container with its own value in spec order', () => {
    const cpu = effectiveResources(worked)[0];
    expect(cpu?.rows).toEqual([
      { container: 'setup', kind: 'init', requests: '200m' },
      { container: 'proxy', kind: 'sidecar', requests: '100m' },
      { container: 'migrate', kind: 'init', requests: '500m' },
      { container: 'app', kind: 'app', requests: '300m' },
      { container: 'worker', kind: 'app', requests: '100m' },
    ]);
  });

  it('adds overhead to requests and only to limits that exist', () => {
    const pod = podSpec([], [], {
      containers: [containerSpec('app', 'app', 0, { requests: req('250m', '64Mi'), limits: { cpu: '500m' } })],
      overhead: { cpu: '100m', memory: '16Mi' },
    });
    expect(summary(pod)).toEqual([['cpu', '350m', '600m'], ['memory', '80Mi', undefined]]);
    expect(effectiveResources(pod)[0]?.rows.at(-1)).toEqual({ container: 'overhead', kind: 'overhead', requests: '100m' });
  });

  it('counts a missing limit as nothing and defaults a missing request to the limit', () => {
    const pod = podSpec([], [], {
      containers: [
        containerSpec('a', 'app', 0, { limits: { memory: '1Gi' } }),
        containerSpec('b', 'app', 1, { requests: { memory: '512Mi' } }),
      ],
    });
    expect(summary(pod)).toEqual([['memory', '1536Mi', '1Gi']]);
  });

  it('returns nothing for a pod without requests or limits', () => expect(effectiveResources(podSpec([], ['app']))).toEqual([]));
});
