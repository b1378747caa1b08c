// client-go flowcontrol.Backoff without jitter: per-key exponential delay, reset when the
// event comes more than 2 × max after the last update.

interface BackoffEntry {
  delay: number;
  lastUpdate: number;
}

/** Per-key exponential backoff as the kubelet uses for crash loops and image pulls. */
export class Backoff {
  private entries = new Map<string, BackoffEntry>();
  constructor(private readonly initial: number, private readonly max: number) {}

  /** Records a new attempt at `now` for an event at `eventTime` (Backoff.Next). */
  next(key: string, eventTime: number, now: number): void {
    const e = this.entries.get(key);
    if (!e || this.hasExpired(eventTime, e.lastUpdate)) this.entries.set(key, { delay: this.initial, lastUpdate: now });
    else this.entries.set(key, { delay: Math.min(e.delay * 2, this.max), lastUpdate: now });
  }

  /** True while `now - eventTime` is inside the current delay (IsInBackOffSince). */
  isInBackOffSince(key: string, eventTime: number, now: number): boolean {
    const e = this.entries.get(key);
    if (!e || this.hasExpired(eventTime, e.lastUpdate)) return false;
    return now - eventTime < e.delay;
  }

  /** True while `now - lastUpdate` is inside the current delay (IsInBackOffSinceUpdate). */
  isInBackOffSinceUpdate(key: string, now: number): boolean {
    const e = this.entries.get(key);
    if (!e || this.hasExpired(now, e.lastUpdate)) return false;
    return now - e.lastUpdate < e.delay;
  }

  /** The delay in force for an event at `eventTime` (0 when none, or when it has expired). */
  activeDelay(key: string, eventTime: number): number {
    const e = this.entries.get(key);
    return !e || this.hasExpired(eventTime, e.lastUpdate) ? 0 : e.delay;
  }

  /** When the current delay of a key ends (its last update plus the delay). */
  endOf(key: string): number {
    const e = this.entries.get(key);
    return e ? e.lastUpdate + e.delay : 0;
  }

  /** The current delay of a key (0 when none). */
  get(key: string): number {
    return this.entries.get(key)?.delay ?? 0;
  }

  private hasExpired(eventTime: number, lastUpdate: number): boolean {
    return eventTime - lastUpdate > this.max * 2;
  }
}
