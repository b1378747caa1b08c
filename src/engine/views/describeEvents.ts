// The Events section of `kubectl describe pod`: the events the API server holds (the kubelet's
// event correlator counts, combines and rate-limits them: eventCorrelator.ts), printed
// oldest-last-seen first (kubectl describe.go › DescribeEvents, util/event.SortableEvents).
import { correlateEvents, type ApiEvent } from './eventCorrelator';
import type { TraceEvent } from '../../scenario/trace';
import type { PodSpecModel } from '../manifest/model';
import { formatHumanDuration } from './duration';

/** An event as the API server holds it after the kubelet's event correlator. */
export type MergedEvent = ApiEvent;

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

/** The events the API holds at `at`, from those recorded up to then, sorted by last timestamp (see eventCorrelator.ts). */
export function mergeEvents(events: TraceEvent[], pod: PodSpecModel, at: number): MergedEvent[] {
  return correlateEvents(events, pod, at, eventSource, eventFieldPath);
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
