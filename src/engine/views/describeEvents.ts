// The Events section of `kubectl describe pod`. The kubelet's event recorder merges
// identical events (same source, object, field path, type, reason and message) into one
// with a count and first/last timestamps; describe then prints them oldest-last-seen first
// (kubectl describe.go › DescribeEvents, util/event.SortableEvents).
import { apiTime } from './clock';
import type { TraceEvent } from '../../scenario/trace';
import type { PodSpecModel } from '../manifest/model';
import { formatHumanDuration } from './duration';

/** An event after the recorder's deduplication. */
export interface MergedEvent {
  type: TraceEvent['type'];
  reason: string;
  message: string;
  source: string;
  fieldPath?: string;
  count: number;
  firstTimestamp: number;
  lastTimestamp: number;
}

/** The component that reports an event, when the trace does not say. */
export function eventSource(event: TraceEvent): string {
  if (event.source) return event.source;
  return event.reason === 'Scheduled' || event.reason === 'FailedScheduling' ? 'default-scheduler' : 'kubelet';
}

/** The involvedObject.fieldPath of an event, derived from its container when the trace does not say. */
export function eventFieldPath(event: TraceEvent, pod: PodSpecModel): string | undefined {
  if (event.fieldPath) return event.fieldPath;
  if (!event.container) return undefined;
  const list = pod.initContainers.some((c) => c.name === event.container) ? 'initContainers' : 'containers';
  return `spec.${list}{${event.container}}`;
}

/** Merges the events recorded up to `at` the way the kubelet's EventCorrelator does, sorted by last timestamp. */
export function mergeEvents(events: TraceEvent[], pod: PodSpecModel, at: number): MergedEvent[] {
  const byKey = new Map<string, MergedEvent & { order: number }>();
  events.forEach((event, index) => {
    if (event.t > at) return;
    const source = eventSource(event);
    const fieldPath = eventFieldPath(event, pod);
    const key = [source, fieldPath ?? '', event.type, event.reason, event.message].join('\u0000');
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      seen.lastTimestamp = apiTime(event.t);
      seen.order = index;
      return;
    }
    const merged: MergedEvent & { order: number } = {
      type: event.type, reason: event.reason, message: event.message, source, count: 1,
      firstTimestamp: apiTime(event.t), lastTimestamp: apiTime(event.t), order: index,
    };
    if (fieldPath !== undefined) merged.fieldPath = fieldPath;
    byKey.set(key, merged);
  });
  // Ties keep the order in which the last occurrences were recorded.
  return [...byKey.values()]
    .sort((a, b) => a.lastTimestamp - b.lastTimestamp || a.order - b.order)
    .map(({ order: _order, ...event }) => event);
}

/** Options for the Events table. */
export interface EventsTableOptions {
  /** Prefix messages with the field path, as kubectl releases with that change do (default true). */
  fieldPathPrefix?: boolean;
}

/** The Events section as tab-separated text (to be laid out in its own tabwriter flush). */
export function eventsSection(events: MergedEvent[], at: number, options: EventsTableOptions = {}): string {
  if (events.length === 0) return 'Events:\t<none>\n';
  let text = 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n  ----\t------\t----\t----\t-------\n';
  for (const e of events) {
    const first = formatHumanDuration(at - e.firstTimestamp);
    const age = e.count > 1 ? `${formatHumanDuration(at - e.lastTimestamp)} (x${e.count} over ${first})` : first;
    let message = e.message.trim();
    if (e.fieldPath && options.fieldPathPrefix !== false) message = `${e.fieldPath}: ${message}`;
    text += `  ${e.type}\t${e.reason}\t${age}\t${e.source}\t${message}\n`;
  }
  return text;
}
