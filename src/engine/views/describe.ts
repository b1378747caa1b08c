// `kubectl describe pod` at an instant, following kubectl describe.go › describePod line by
// line and laid out with the same tabwriter settings.
import type { Trace } from '../../scenario/trace';
import type { PodSpecModel } from '../manifest/model';
import { formatRfc1123z } from './clock';
import { describeContainers } from './describeContainers';
import type { LineWriter } from './describeContainers';
import { eventsSection, mergeEvents } from './describeEvents';
import { admissionTokenVolume, describeVolumes, tolerationLines } from './describeVolumes';
import { formatHumanDuration } from './duration';
import { hasPodIp, simulatedHostIp, simulatedPodIp } from './identity';
import { podQosClass } from './qos';
import { conditionList, snapshotAt } from './snapshots';
import { formatTabbed } from './tabwriter';
import { describePrefixesFieldPath } from '../version/switches';

/** Values describe shows that the trace does not carry. */
export interface DescribeExtras {
  /** spec.priority set by admission (default 0). */
  priority?: number;
  hostIp?: string;
  podIp?: string;
  /** Prefix event messages with the container's field path, as kubectl does from 1.35 (default: by the trace's kubernetesVersion). */
  eventFieldPathPrefix?: boolean;
}

function writeMultiline(w: LineWriter, title: string, entries: string[]): void {
  if (entries.length === 0) {
    w(0, `${title}:\t<none>`);
    return;
  }
  entries.forEach((entry, i) => w(0, i === 0 ? `${title}:\t${entry}` : `\t${entry}`));
}

const sortedKeys = (map: Record<string, string>): string[] => Object.keys(map).sort();

function annotationEntries(annotations: Record<string, string>): string[] {
  return sortedKeys(annotations)
    .filter((key) => key !== 'kubectl.kubernetes.io/last-applied-configuration')
    .flatMap((key) => {
      const value = (annotations[key] ?? '').replace(/\n$/, '');
      if (value.length + key.length + 2 <= 140 && !value.includes('\n')) return [`${key}: ${value}`];
      const short = (s: string): string => (s.length > 138 ? `${s.slice(0, 138)}...` : s);
      return [`${key}:`, ...value.split('\n').map((s) => `  ${short(s)}`)];
    });
}

/** The text of `kubectl describe pod` at instant `at` (the last snapshot with t <= at). */
export function describePod(trace: Trace, pod: PodSpecModel, at: number, extras: DescribeExtras = {}): string {
  const snapshot = snapshotAt(trace, at);
  if (!snapshot || snapshot.deleted) return `Error from server (NotFound): pods "${pod.name}" not found\n`;
  const lines: string[] = [];
  const w: LineWriter = (level, text) => lines.push('  '.repeat(level) + text);
  const hostIp = snapshot.startTime !== undefined ? (extras.hostIp ?? simulatedHostIp) : '';
  const podIp = hasPodIp(snapshot) ? (extras.podIp ?? simulatedPodIp) : '';
  const token = admissionTokenVolume(pod);

  w(0, `Name:\t${pod.name}`);
  w(0, `Namespace:\t${pod.namespace}`);
  w(0, `Priority:\t${extras.priority ?? 0}`);
  if (pod.serviceAccountName) w(0, `Service Account:\t${pod.serviceAccountName}`);
  w(0, pod.nodeName ? `Node:\t${pod.nodeName}/${hostIp}` : 'Node:\t<none>');
  if (snapshot.startTime !== undefined) w(0, `Start Time:\t${formatRfc1123z(snapshot.startTime)}`);
  writeMultiline(w, 'Labels', sortedKeys(pod.labels).map((k) => `${k}=${pod.labels[k] ?? ''}`));
  // printAnnotationsMultiline indents continuation lines with a tab as well.
  writeMultiline(w, 'Annotations', annotationEntries(pod.annotations));
  const terminal = snapshot.phase === 'Succeeded' || snapshot.phase === 'Failed';
  if (snapshot.deletionTimestamp !== undefined && !terminal) {
    w(0, `Status:\tTerminating (lasts ${formatHumanDuration(at - snapshot.deletionTimestamp)})`);
    w(0, `Termination Grace Period:\t${pod.terminationGracePeriodSeconds}s`);
  } else {
    w(0, `Status:\t${snapshot.phase}`);
  }
  if (snapshot.reason) w(0, `Reason:\t${snapshot.reason}`);
  if (snapshot.message) w(0, `Message:\t${snapshot.message}`);
  w(0, `IP:\t${podIp}`);
  if (podIp) {
    w(0, 'IPs:');
    w(1, `IP:\t${podIp}`);
  } else {
    w(0, 'IPs:\t<none>');
  }

  const ctx = { pod, podIp, hostIp, extraMounts: token ? [token.mount] : [] };
  if (pod.initContainers.length > 0) describeContainers(w, 'Init Containers', pod.initContainers, snapshot.initContainers, ctx);
  describeContainers(w, 'Containers', pod.containers, snapshot.containers, ctx);

  if (pod.readinessGates.length > 0) {
    // Nothing in the simulation sets a gate's condition, so its status is always <none>.
    w(0, 'Readiness Gates:');
    w(1, 'Type\tStatus');
    for (const g of pod.readinessGates) w(1, `${g} \t<none> `);
  }
  const conditions = conditionList(snapshot);
  if (conditions.length > 0) {
    w(0, 'Conditions:');
    w(1, 'Type\tStatus');
    for (const c of conditions) w(1, `${c.type} \t${c.status ? 'True' : 'False'} `);
  }
  describeVolumes(w, token ? [...pod.volumes, token.volume] : pod.volumes);
  w(0, `QoS Class:\t${podQosClass(pod)}`);
  writeMultiline(w, 'Node-Selectors', sortedKeys(pod.nodeSelector ?? {}).map((key) => `${key}=${pod.nodeSelector?.[key] ?? ''}`));
  writeMultiline(w, 'Tolerations', tolerationLines(pod));

  const events = eventsSection(mergeEvents(trace.events, pod, at), at, { fieldPathPrefix: extras.eventFieldPathPrefix ?? describePrefixesFieldPath(trace.kubernetesVersion) });
  const body = `${lines.join('\n')}\n`;
  // With events, DescribeEvents flushes the tabwriter first, so the table aligns on its own.
  return events.startsWith('Events:\t') ? formatTabbed(body + events) : formatTabbed(body) + formatTabbed(events);
}
