import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';

// Lines 1-8: pod header and one container; `resources:` starts on line 9.
const pod = (resources: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: busybox\n    resources:\n${resources}`;

function errorsOf(resources: string): [string, string, number, number][] {
  const result = parseScenario(pod(resources));
  return result.ok ? [] : result.errors.map((e) => [e.path, e.message, e.line, e.column]);
}

const quantityRegex = "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

const cases: { rule: string; resources: string; errors: [string, string, number, number][] }[] = [
  {
    rule: 'accepts requests below limits',
    resources: '      requests: {cpu: 100m, memory: 64Mi}\n      limits: {cpu: "1", memory: 128Mi}\n',
    errors: [],
  },
  {
    rule: 'rejects a request above its limit, in canonical quantity form',
    resources: '      requests:\n        cpu: 2000m\n      limits:\n        cpu: 1\n',
    errors: [['spec.containers[0].resources.requests', 'Invalid value: "2": must be less than or equal to cpu limit of 1', 11, 9]],
  },
  {
    rule: 'prints binary quantities canonically in the request-over-limit error',
    resources: '      requests:\n        memory: 2048Mi\n      limits:\n        memory: 1Gi\n',
    errors: [['spec.containers[0].resources.requests', 'Invalid value: "2Gi": must be less than or equal to memory limit of 1Gi', 11, 9]],
  },
  {
    rule: 'fails to decode a malformed quantity, as resource.ParseQuantity does',
    resources: '      limits:\n        memory: 10MB\n',
    errors: [['spec.containers[0].resources.limits[memory]', `Invalid value: "10MB": quantities must match the regular expression ${quantityRegex}`, 11, 9]],
  },
  {
    rule: 'fails to decode a quantity with an unknown suffix',
    resources: '      limits:\n        memory: 10Gu\n',
    errors: [['spec.containers[0].resources.limits[memory]', 'Invalid value: "10Gu": unable to parse quantity\'s suffix', 11, 9]],
  },
  {
    rule: 'rejects a resource name that is not a container resource',
    resources: '      requests:\n        cpus: 1\n',
    errors: [
      ['spec.containers[0].resources.requests[cpus]', 'Invalid value: cpus: must be a standard resource type or fully qualified', 11, 9],
      ['spec.containers[0].resources.requests[cpus]', 'Invalid value: cpus: must be a standard resource for containers', 11, 9],
    ],
  },
  {
    rule: 'rejects a negative quantity',
    resources: '      requests:\n        cpu: -1\n',
    errors: [['spec.containers[0].resources.requests[cpu]', 'Invalid value: "-1": must be greater than or equal to 0', 11, 9]],
  },
  {
    rule: 'requires an extended resource request to equal its limit',
    resources: '      requests: {example.com/gpu: 1}\n      limits: {example.com/gpu: 2}\n',
    errors: [['spec.containers[0].resources.requests', 'Invalid value: "1": must be equal to example.com/gpu limit of 2', 10, 18]],
  },
];

describe('validateResources', () => {
  it.each(cases)('$rule', ({ resources, errors }) => {
    expect(errorsOf(resources)).toEqual(errors);
  });

  it('defaults requests to limits when only limits are set', () => {
    const result = parseScenario(pod('      limits: {cpu: 500m, memory: 128Mi}\n      requests: {cpu: 250m}\n'));
    expect(result.ok && result.model.pod.containers[0]).toMatchObject({
      limits: { cpu: '500m', memory: '128Mi' },
      requests: { cpu: '250m', memory: '128Mi' },
    });
  });
});
