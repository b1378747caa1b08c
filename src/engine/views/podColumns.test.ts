import { describe, it, expect } from 'vitest';
import type { ConditionType, ContainerSnapshot } from '../../scenario/trace';
import { printPodColumns } from './podColumns';
import type { PodStatusInput } from './podColumns';
import { exited, podSpec, running, status } from './fixtures';

const twoInits = podSpec([['init1', 'init'], ['init2', 'init']], ['app']);
const noInits = podSpec([], ['app']);
const twoApps = podSpec([], ['app1', 'app2']);
const withSidecars = podSpec([['sidecar1', 'sidecar'], ['sidecar2', 'sidecar']], ['app']);
const sidecarThenInit = podSpec([['sidecar1', 'sidecar'], ['init2', 'init']], ['app']);

const done = (name: string): ContainerSnapshot => exited(name, 0, 'Completed');
const crashLoop = (name: string, restartCount: number, finishedAt: number): ContainerSnapshot =>
  status(name, { reason: 'CrashLoopBackOff', restartCount, lastState: { reason: 'Error', exitCode: 1, startedAt: finishedAt - 500, finishedAt } });
const conditionsTrue = (...types: ConditionType[]): PodStatusInput['conditions'] => {
  const all: ConditionType[] = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'];
  return Object.fromEntries(all.map((t) => [t, types.includes(t)])) as NonNullable<PodStatusInput['conditions']>;
};
const input = (initContainers: ContainerSnapshot[], containers: ContainerSnapshot[], more: Partial<PodStatusInput> = {}): PodStatusInput => ({
  phase: 'Pending', initContainers, containers, conditions: conditionsTrue('PodScheduled'), ...more,
});

describe('printPodColumns', () => {
  it.each([
    ['Init:0/2 while the first init container runs', twoInits, input([running('init1', 1000), status('init2')], [status('app')]), ['Init:0/2', '0/1', '0']],
    ['Init:1/2 while the second runs', twoInits, input([done('init1'), running('init2', 3000)], [status('app')]), ['Init:1/2', '0/1', '0']],
    ['Init:Error for a failed init container', twoInits, input([exited('init1', 1, 'Error'), status('init2')], [status('app')]), ['Init:Error', '0/1', '0']],
    ['Init:OOMKilled', twoInits, input([exited('init1', 137, 'OOMKilled'), status('init2')], [status('app')]), ['Init:OOMKilled', '0/1', '0']],
    ['Init:Signal:9 when the runtime gives no reason', twoInits, input([exited('init1', 137, '', 1000, 2000, { signal: 9 }), status('init2')], [status('app')]), ['Init:Signal:9', '0/1', '0']],
    ['Init:ExitCode:3 without reason or signal', twoInits, input([exited('init1', 3, ''), status('init2')], [status('app')]), ['Init:ExitCode:3', '0/1', '0']],
    ['Init:CrashLoopBackOff with the last restart age', twoInits, input([crashLoop('init1', 2, 15_000), status('init2')], [status('app')]), ['Init:CrashLoopBackOff', '0/1', '2 (15s ago)']],
    ['Init:ErrImagePull', twoInits, input([status('init1', { reason: 'ErrImagePull' }), status('init2')], [status('app')]), ['Init:ErrImagePull', '0/1', '0']],
    ['Init:ImagePullBackOff', twoInits, input([status('init1', { reason: 'ImagePullBackOff' }), status('init2')], [status('app')]), ['Init:ImagePullBackOff', '0/1', '0']],
    ['Init:ErrImageNeverPull', twoInits, input([status('init1', { reason: 'ErrImageNeverPull' }), status('init2')], [status('app')]), ['Init:ErrImageNeverPull', '0/1', '0']],
    ['Init:CreateContainerConfigError', twoInits, input([status('init1', { reason: 'CreateContainerConfigError' }), status('init2')], [status('app')]), ['Init:CreateContainerConfigError', '0/1', '0']],
    ['Init:0/2 for a created container with an empty waiting reason', twoInits, input([status('init1', { reason: '' }), status('init2')], [status('app')]), ['Init:0/2', '0/1', '0']],
    ['PodInitializing once init is done but the app is not created', twoInits,
      input([done('init1'), done('init2')], [status('app')], { conditions: conditionsTrue('PodScheduled', 'Initialized', 'PodReadyToStartContainers') }), ['PodInitializing', '0/1', '0']],
    ['ContainerCreating for a pod without init containers', noInits, input([], [status('app', { reason: 'ContainerCreating' })]), ['ContainerCreating', '0/1', '0']],
    ['Pending (the phase) before any status exists', noInits, input([], []), ['Pending', '0/1', '0']],
    ['Running with a ready app container', twoInits,
      input([done('init1'), done('init2')], [running('app', 5000, { ready: true })], { phase: 'Running', conditions: conditionsTrue('PodScheduled', 'Initialized', 'Ready', 'ContainersReady') }), ['Running', '1/1', '0']],
    ['Running but 0/1 while the readiness probe has not passed', noInits,
      input([], [running('app', 5000)], { phase: 'Running' }), ['Running', '0/1', '0']],
    ['NotReady when a completed container sits beside a running one and Ready is False', twoApps,
      input([], [done('app1'), running('app2', 1000, { ready: true })], { phase: 'Running' }), ['NotReady', '1/2', '0']],
    ['Running when a completed container sits beside a running one and Ready is True', twoApps,
      input([], [done('app1'), running('app2', 1000, { ready: true })], { phase: 'Running', conditions: conditionsTrue('Ready', 'Initialized') }), ['Running', '1/2', '0']],
    ['Completed for a finished pod', noInits, input([], [done('app')], { phase: 'Succeeded' }), ['Completed', '0/1', '0']],
    ['Error for a failed app container', noInits, input([], [exited('app', 1, 'Error')], { phase: 'Failed' }), ['Error', '0/1', '0']],
    ['OOMKilled for an app container', noInits, input([], [exited('app', 137, 'OOMKilled')], { phase: 'Running' }), ['OOMKilled', '0/1', '0']],
    ['CrashLoopBackOff for an app container', noInits, input([], [crashLoop('app', 3, 25_000)], { phase: 'Running' }), ['CrashLoopBackOff', '0/1', '3 (5s ago)']],
    ['the first app container with a reason wins the reverse walk', twoApps,
      input([], [status('app1', { reason: 'ErrImagePull' }), crashLoop('app2', 1, 10_000)], { phase: 'Pending' }), ['ErrImagePull', '0/2', '1 (20s ago)']],
    // The API sorts app container statuses by name: the walk ends on the first by name, not in the spec.
    ['the first app container by name wins the reverse walk, whatever the spec order', podSpec([], ['web', 'app']),
      input([], [status('web', { reason: 'ImagePullBackOff' }), crashLoop('app', 1, 10_000)], { phase: 'Pending' }), ['CrashLoopBackOff', '0/2', '1 (20s ago)']],
    ['a later container by name shows when the first by name has no reason', podSpec([], ['web', 'app']),
      input([], [status('web', { reason: 'ImagePullBackOff' }), running('app', 1000, { ready: true })], { phase: 'Pending' }), ['ImagePullBackOff', '1/2', '0']],
    ['Terminating once deletion starts', noInits, input([], [running('app', 1000, { ready: true })], { phase: 'Running', deletionTimestamp: 20_000 }), ['Terminating', '1/1', '0']],
    ['Completed, not Terminating, for a deleted finished pod', noInits, input([], [done('app')], { phase: 'Succeeded', deletionTimestamp: 20_000 }), ['Completed', '0/1', '0']],
    ['Unknown for a deleted pod on a lost node', noInits, input([], [], { phase: 'Running', reason: 'NodeLost', deletionTimestamp: 1 }), ['Unknown', '0/1', '0']],
    ['DeadlineExceeded from status.reason', noInits, input([], [running('app', 1000)], { phase: 'Failed', reason: 'DeadlineExceeded' }), ['DeadlineExceeded', '0/1', '0']],
    ['Evicted from status.reason', noInits, input([], [], { phase: 'Failed', reason: 'Evicted' }), ['Evicted', '0/1', '0']],
    ['SchedulingGated from the PodScheduled condition', noInits,
      input([], [], { conditionDetails: [{ type: 'PodScheduled', status: false, reason: 'SchedulingGated', lastTransitionTime: 0 }] }), ['SchedulingGated', '0/1', '0']],
    // Ordering 5: {init1 true, init2 false, run1; Never} fails during init.
    ['Init:Error and 0/1 for a Never pod whose second init container failed', twoInits,
      input([done('init1'), exited('init2', 1, 'Error', 3000, 4000)], [status('app')], { phase: 'Failed' }), ['Init:Error', '0/1', '0']],
    // Ordering 19: sidecar1 started and ready, sidecar2 running but not started yet.
    ['READY 1/3 and Init:1/2 while the second sidecar waits for its startup probe', withSidecars,
      input([running('sidecar1', 1000, { ready: true }), running('sidecar2', 2000, { started: false })], [status('app')]), ['Init:1/2', '1/3', '0']],
    ['Init:CrashLoopBackOff for a crashing sidecar even after initialization', sidecarThenInit,
      input([crashLoop('sidecar1', 1, 20_000), done('init2')], [running('app', 5000, { ready: true })], { phase: 'Running', conditions: conditionsTrue('Initialized') }),
      ['Init:CrashLoopBackOff', '1/2', '1 (10s ago)']],
  ] as const)('prints %s', (_name, pod, status, [s, ready, restarts]) => {
    expect(printPodColumns(status, pod, 30_000)).toEqual({ status: s, ready, restarts });
  });

  // Ordering 20: RESTARTS counts init restarts up to the first unfinished one during
  // initialization, and only sidecar plus app restarts afterwards.
  it.each([
    ['during initialization', input(
      [running('sidecar1', 11_000, { ready: true, restartCount: 2, lastState: { reason: 'Error', exitCode: 1, finishedAt: 10_000 } }), crashLoop('init2', 3, 20_000)],
      [status('app')]), ['Init:CrashLoopBackOff', '1/2', '5 (10s ago)']],
    ['after initialization', input(
      [running('sidecar1', 11_000, { ready: true, restartCount: 2, lastState: { reason: 'Error', exitCode: 1, finishedAt: 10_000 } }),
        exited('init2', 0, 'Completed', 21_000, 22_000, { restartCount: 3, lastState: { reason: 'Error', exitCode: 1, finishedAt: 20_000 } })],
      [running('app', 26_000, { ready: true, restartCount: 1, lastState: { reason: 'Error', exitCode: 2, finishedAt: 25_000 } })],
      { phase: 'Running', conditions: conditionsTrue('Initialized', 'Ready') }), ['Running', '2/2', '3 (5s ago)']],
  ] as const)('counts RESTARTS %s', (_name, status, [s, ready, restarts]) => {
    expect(printPodColumns(status, sidecarThenInit, 30_000)).toEqual({ status: s, ready, restarts });
  });

  it('prints the restart count alone when no finish time is known', () => {
    const columns = printPodColumns(input([], [running('app', 1, { restartCount: 2 })], { phase: 'Running' }), noInits, 30_000);
    expect(columns.restarts).toBe('2');
  });
});
