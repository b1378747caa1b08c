// Words for causes: clock times, and a container's or the pod's change in plain English.
import type { ContainerSnapshot } from '../../scenario/trace';

/** Simulated ms as a clock: `0:21.3`, `1:02:05.0` past an hour. */
export function formatClock(ms: number): string {
  const tenths = Math.floor(ms / 100);
  // Causes name the same instants again and again (every container that changes at one sync).
  if (tenths === lastClock.tenths) return lastClock.text;
  let text = clocks.get(tenths);
  if (text === undefined) {
    text = clockText(tenths);
    if (clocks.size >= 4096) clocks.clear();
    clocks.set(tenths, text);
  }
  lastClock.tenths = tenths;
  lastClock.text = text;
  return text;
}

const lastClock = { tenths: -1, text: '' };

const clocks = new Map<number, string>();

function clockText(tenths: number): string {
  const s = Math.floor(tenths / 10);
  const frac = tenths % 10;
  const sec = String(s % 60).padStart(2, '0');
  const min = Math.floor(s / 60);
  if (min < 60) return `${min}:${sec}.${frac}`;
  return `${Math.floor(min / 60)}:${String(min % 60).padStart(2, '0')}:${sec}.${frac}`;
}

/** A length of time in plain words: `20 s`, `1 min 20 s`, `5 min`. */
export function formatSpan(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  const rest = Math.round((s - min * 60) * 10) / 10;
  return rest === 0 ? `${min} min` : `${min} min ${rest} s`;
}

function exitWords(c: ContainerSnapshot): string {
  const reason = c.reason && c.reason !== 'Completed' && c.reason !== 'Error' ? ` (${c.reason})` : c.reason ? ` (${c.reason})` : '';
  return `exited ${c.exitCode ?? 0}${reason}`;
}

/** What happened to a container between two of its statuses. */
export function describeContainerChange(prev: ContainerSnapshot | undefined, next: ContainerSnapshot): string {
  const n = next.name;
  if (!prev) return next.state === 'waiting' ? `${n} waits (${next.reason ?? 'no reason'})` : `${n} is ${next.state}`;
  if (next.state === 'running' && (prev.state !== 'running' || next.restartCount !== prev.restartCount)) {
    return next.restartCount > 0 ? `${n} restarted (restart ${next.restartCount})` : `${n} started`;
  }
  if (next.state === 'terminated' && (prev.state !== 'terminated' || prev.reason !== next.reason || prev.exitCode !== next.exitCode)) {
    return next.reason === 'ContainerStatusUnknown' ? `${n} is marked terminated: ContainerStatusUnknown` : `${n} ${exitWords(next)}`;
  }
  if (next.state === 'waiting' && (prev.state !== 'waiting' || prev.reason !== next.reason)) return `${n} waits in ${next.reason ?? 'waiting'}`;
  if (next.image !== prev.image) return `${n}'s image becomes ${next.image ?? ''}`;
  if (next.started !== prev.started) return next.started ? `${n} counts as started` : `${n} no longer counts as started`;
  if (next.ready !== prev.ready) return next.ready ? `${n} becomes ready` : `${n} is no longer ready`;
  return `${n} changes`;
}

/** A boolean as the API prints it. */
export const tf = (b: boolean): string => (b ? 'True' : 'False');
