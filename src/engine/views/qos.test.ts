import { describe, it, expect } from 'vitest';
import type { ContainerSpec } from '../manifest/model';
import { podQosClass } from './qos';
import { containerSpec, podSpec } from './fixtures';

const both = { cpu: '100m', memory: '64Mi' };
const app = (more: Partial<ContainerSpec>): ContainerSpec => containerSpec('app', 'app', 0, more);
const sidecar = (more: Partial<ContainerSpec>): ContainerSpec => containerSpec('proxy', 'sidecar', 0, more);

describe('podQosClass', () => {
  it.each([
    ['BestEffort without requests or limits', [], [app({})], 'BestEffort'],
    ['Guaranteed when every container has equal cpu and memory limits and requests', [sidecar({ requests: both, limits: both })], [app({ requests: both, limits: both })], 'Guaranteed'],
    ['Guaranteed with limits only, since requests default to limits', [], [app({ limits: both })], 'Guaranteed'],
    ['Burstable when a sidecar lacks limits', [sidecar({ requests: both })], [app({ requests: both, limits: both })], 'Burstable'],
    ['Burstable when only an init container requests something', [containerSpec('init', 'init', 0, { requests: { cpu: '10m' } })], [app({})], 'Burstable'],
    ['Burstable when requests are below limits', [], [app({ requests: { cpu: '50m', memory: '64Mi' }, limits: both })], 'Burstable'],
  ] as const)('is %s', (_name, init, containers, qos) => {
    expect(podQosClass(podSpec([], [], { initContainers: [...init], containers: [...containers] }))).toBe(qos);
  });
});
