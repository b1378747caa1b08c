// Views derived from a trace at any instant: kubectl get / describe / -o yaml / logs, and
// the pod's effective resources.
export { formatRfc1123z, formatRfc3339 } from './clock';
export { formatHumanDuration, formatPodAge } from './duration';
export { printPodColumns } from './podColumns';
export type { PodStatusInput } from './podColumns';
export { kubectlGet, kubectlGetRow, kubectlGetWatch } from './getTable';
export type { KubectlGetRow } from './getTable';
export { describePod } from './describe';
export type { DescribeExtras } from './describe';
export { podStatusYaml } from './statusYaml';
export { containerLogs, readContainerLogs } from './logs';
export type { LogsOptions, LogsResult } from './logs';
export { effectiveResources } from './resources';
export type { EffectiveResource, ResourceRow } from './resources';
export { podQosClass } from './qos';
export type { QosClass } from './qos';
export { snapshotAt, snapshotByIndex, snapshotCount, snapshotIndexAt, snapshotTime } from './snapshots';
