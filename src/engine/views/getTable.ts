// `kubectl get pod` and `kubectl get pod -w` as text.
import type { Snapshot, Trace } from '../../scenario/trace';
import type { PodSpecModel } from '../manifest/model';
import { formatPodAge } from './duration';
import { printPodColumns } from './podColumns';
import { snapshotAt } from './snapshots';
import { formatTabbed, getTabwriter } from './tabwriter';

/** One row of `kubectl get pod`. */
export interface KubectlGetRow {
  name: string;
  ready: string;
  status: string;
  restarts: string;
  age: string;
}

const header = 'NAME\tREADY\tSTATUS\tRESTARTS\tAGE';

const rowLine = (row: KubectlGetRow): string => [row.name, row.ready, row.status, row.restarts, row.age].join('\t');

/** The `kubectl get pod` row for a snapshot, with `at` as now (for RESTARTS "ago" and AGE). */
export function kubectlGetRow(snapshot: Snapshot, pod: PodSpecModel, at: number): KubectlGetRow {
  const columns = printPodColumns(snapshot, pod, at);
  return { name: pod.name, ready: columns.ready, status: columns.status, restarts: columns.restarts, age: formatPodAge(at) };
}

/** `kubectl get pod <name>` output at `at`, or the API's NotFound error once the pod is gone. */
export function kubectlGet(trace: Trace, pod: PodSpecModel, at: number): string {
  const snapshot = snapshotAt(trace, at);
  if (!snapshot || snapshot.deleted) return `Error from server (NotFound): pods "${pod.name}" not found\n`;
  return formatTabbed(`${header}\n${rowLine(kubectlGetRow(snapshot, pod, at))}\n`, getTabwriter);
}

/**
 * `kubectl get pod -w` output up to `at`: the header with the first row, then a line for every
 * watch event, that is every status the API stored (get.go prints each event it receives, so a
 * status that changed only a condition repeats the row), and the pod's last state when it is gone.
 */
export function kubectlGetWatch(trace: Trace, pod: PodSpecModel, at: number): string {
  // kubectl flushes its tabwriter after every watch event but remembers column widths, so
  // columns only ever widen.
  const remembered: number[] = [];
  let out = '';
  for (const snapshot of trace.snapshots) {
    if (snapshot.t > at) break;
    const row = kubectlGetRow(snapshot, pod, snapshot.t);
    out += formatTabbed(out === '' ? `${header}\n${rowLine(row)}\n` : `${rowLine(row)}\n`, getTabwriter, remembered);
  }
  return out;
}
