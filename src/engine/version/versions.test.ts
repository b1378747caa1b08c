// The gate table against pkg/features/kube_features.go › defaultVersionedKubernetesFeatureGates
// (a 1.35-line copy: the 1.34 and 1.35 rows are read there) and the 1.36/1.37 release notes.
import { describe, expect, it } from 'vitest';
import { atLeast, defaultSettings, gateInfo, isKubernetesVersion, KUBERNETES_VERSIONS, resolveGates } from './versions';

describe('versions', () => {
  it('offers 1.34 to 1.37, oldest first', () => {
    expect(KUBERNETES_VERSIONS).toEqual(['1.34', '1.35', '1.36', '1.37']);
    expect(isKubernetesVersion('1.36')).toBe(true);
    expect(isKubernetesVersion('1.33')).toBe(false);
    expect(atLeast('1.36', '1.35')).toBe(true);
    expect(atLeast('1.34', '1.35')).toBe(false);
  });

  it('runs 1.37 when a scenario names no version', () => {
    expect(defaultSettings().version).toBe('1.37');
  });

  it('has ContainerRestartRules alpha off in 1.34 and beta on from 1.35', () => {
    expect(gateInfo('1.34', 'ContainerRestartRules')).toEqual({ stage: 'alpha', default: false, locked: false });
    expect(gateInfo('1.35', 'ContainerRestartRules')).toEqual({ stage: 'beta', default: true, locked: false });
  });

  it('has RestartAllContainersOnContainerExits only from 1.35, alpha there, beta on in 1.36', () => {
    expect(gateInfo('1.34', 'RestartAllContainersOnContainerExits')).toBeUndefined();
    expect(gateInfo('1.35', 'RestartAllContainersOnContainerExits')).toMatchObject({ stage: 'alpha', default: false });
    expect(gateInfo('1.36', 'RestartAllContainersOnContainerExits')).toMatchObject({ stage: 'beta', default: true });
  });

  it('turns EnvFiles, ImageVolume and KubeletCrashLoopBackOffMax on by default in 1.35', () => {
    for (const gate of ['EnvFiles', 'ImageVolume', 'KubeletCrashLoopBackOffMax'] as const) {
      expect(gateInfo('1.34', gate)?.default).toBe(false);
      expect(gateInfo('1.35', gate)).toMatchObject({ stage: 'beta', default: true });
    }
    expect(gateInfo('1.34', 'ImageVolume')?.stage).toBe('beta');
  });

  it('keeps ReduceDefaultCrashLoopBackOffDecay and ContainerStopSignals alpha off', () => {
    for (const v of KUBERNETES_VERSIONS) {
      expect(gateInfo(v, 'ReduceDefaultCrashLoopBackOffDecay')).toMatchObject({ stage: 'alpha', default: false });
      expect(gateInfo(v, 'ContainerStopSignals')).toMatchObject({ stage: 'alpha', default: false });
    }
  });

  it('has both sleep-action gates GA and locked from 1.34', () => {
    for (const gate of ['PodLifecycleSleepAction', 'PodLifecycleSleepActionAllowZero'] as const) {
      expect(gateInfo('1.34', gate)).toEqual({ stage: 'GA', default: true, locked: true });
    }
    expect(resolveGates('1.34', { PodLifecycleSleepActionAllowZero: false }).problems[0]?.message)
      .toBe('cannot set feature gate PodLifecycleSleepActionAllowZero to false, feature is locked to true');
  });

  it('has PodReadyToStartContainersCondition beta on until 1.36 and GA in 1.37', () => {
    expect(gateInfo('1.35', 'PodReadyToStartContainersCondition')).toMatchObject({ stage: 'beta', default: true });
    expect(gateInfo('1.37', 'PodReadyToStartContainersCondition')?.stage).toBe('GA');
  });

  it('treats SidecarContainers, removed in 1.37, as always on', () => {
    expect(gateInfo('1.36', 'SidecarContainers')).toMatchObject({ stage: 'GA', locked: true });
    expect(gateInfo('1.37', 'SidecarContainers')).toBeUndefined();
    expect(defaultSettings('1.37').gates.SidecarContainers).toBe(true);
    expect(resolveGates('1.37', { SidecarContainers: true }).problems[0]?.message).toBe('unrecognized feature gate: SidecarContainers');
  });

  it('lets an admin turn an unlocked gate on or off', () => {
    expect(resolveGates('1.34', { ContainerRestartRules: true }).gates.ContainerRestartRules).toBe(true);
    expect(resolveGates('1.37', { EnvFiles: false }).gates.EnvFiles).toBe(false);
  });
});
