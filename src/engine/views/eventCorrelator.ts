// The events the API server holds, from the events the kubelet recorded: client-go's
// tools/record EventCorrelator (events_cache.go) with the defaults the kubelet leaves it
// (cmd/kubelet/app/server.go › makeEventRecorder passes no CorrelatorOptions), then the API
// server's event TTL. Per event, in order:
//   1. EventAggregator: events alike but for their message (same source, object, type and reason)
//      become one "(combined from similar events): MSG" event once 10 messages occur within 10 min;
//   2. eventLogger.eventObserve: an identical event (same field path and message too) is counted
//      onto the first one (count, firstTimestamp kept, lastTimestamp now) — counted even if step 3
//      then drops it, so the next write carries the count;
//   3. EventSourceObjectSpamFilter: one token bucket per source and object (every kubelet event of
//      the pod shares it), 25 at once then one per 5 min; an event without a token is not written;
//   4. the API server deletes an event 1 h after its last write (--event-ttl).
import { apiTime } from './clock';
import type { TraceEvent } from '../../scenario/trace';
import type { PodSpecModel } from '../manifest/model';

/** An event as the API server holds it. */
export interface ApiEvent {
  type: TraceEvent['type'];
  reason: string;
  message: string;
  source: string;
  fieldPath?: string;
  count: number;
  firstTimestamp: number;
  lastTimestamp: number;
}

/** client-go defaults (events_cache.go › populateDefaults) and kube-apiserver's --event-ttl. */
export const correlator = { maxEvents: 10, maxIntervalMs: 600_000, spamBurst: 25, spamQps: 1 / 300, eventTtlMs: 3_600_000 };

const combinedPrefix = '(combined from similar events): ';

interface Observation { count: number; first: number }
interface Bucket { tokens: number; at: number }
interface Aggregate { messages: Set<string>; last: number }

/** The API's events at `at`, in describe's order (by last timestamp, then by last write). */
export function correlateEvents(events: TraceEvent[], pod: PodSpecModel, at: number,
  sourceOf: (e: TraceEvent) => string, fieldPathOf: (e: TraceEvent, pod: PodSpecModel) => string | undefined): ApiEvent[] {
  const aggregates = new Map<string, Aggregate>();
  const observed = new Map<string, Observation>();
  const buckets = new Map<string, Bucket>();
  const stored = new Map<string, ApiEvent & { written: number; order: number }>();
  let order = 0;
  for (const event of events) {
    if (event.t > at) break;
    const source = sourceOf(event);
    const fieldPath = fieldPathOf(event, pod);
    const now = event.t;
    let key = [source, fieldPath ?? '', event.type, event.reason, event.message].join('\u0000');
    let message = event.message;
    // The scheduler writes through the events API, without this correlator.
    if (source === 'kubelet') {
      const aggregateKey = [source, event.type, event.reason].join('\u0000');
      let agg = aggregates.get(aggregateKey);
      if (!agg || now - agg.last > correlator.maxIntervalMs) { agg = { messages: new Set(), last: now }; aggregates.set(aggregateKey, agg); }
      agg.messages.add(event.message);
      agg.last = now;
      if (agg.messages.size >= correlator.maxEvents) {
        // PopAny keeps the set from growing: Go drops an arbitrary member; the oldest is dropped here.
        agg.messages.delete(agg.messages.values().next().value as string);
        key = aggregateKey;
        message = combinedPrefix + event.message;
      }
      const seen = observed.get(key);
      const observation = seen ? { count: seen.count + 1, first: seen.first } : { count: 1, first: now };
      observed.set(key, observation);
      if (!takeToken(buckets, source, now)) continue;
      write(stored, key, { type: event.type, reason: event.reason, message, source, count: observation.count, firstTimestamp: apiTime(observation.first), lastTimestamp: apiTime(now) }, fieldPath, now, order++);
      continue;
    }
    const seen = stored.get(key);
    write(stored, key, { type: event.type, reason: event.reason, message, source, count: (seen?.count ?? 0) + 1, firstTimestamp: seen?.firstTimestamp ?? apiTime(now), lastTimestamp: apiTime(now) }, fieldPath, now, order++);
  }
  return [...stored.values()]
    .filter((e) => at - e.written <= correlator.eventTtlMs)
    .sort((a, b) => a.lastTimestamp - b.lastTimestamp || a.order - b.order)
    .map(({ written: _written, order: _order, ...event }) => event);
}

/** The spam filter's token bucket (flowcontrol.NewTokenBucketPassiveRateLimiter): starts full, refills continuously. */
function takeToken(buckets: Map<string, Bucket>, source: string, now: number): boolean {
  let b = buckets.get(source);
  if (!b) { b = { tokens: correlator.spamBurst, at: now }; buckets.set(source, b); }
  b.tokens = Math.min(correlator.spamBurst, b.tokens + ((now - b.at) / 1000) * correlator.spamQps);
  b.at = now;
  if (b.tokens < 1) return false;
  b.tokens -= 1;
  return true;
}

function write(stored: Map<string, ApiEvent & { written: number; order: number }>, key: string, event: ApiEvent, fieldPath: string | undefined, now: number, order: number): void {
  const entry = { ...event, written: now, order };
  if (fieldPath !== undefined) entry.fieldPath = fieldPath;
  // A patch of an event the TTL already removed fails with NotFound; the recorder then creates it again.
  stored.set(key, entry);
}
