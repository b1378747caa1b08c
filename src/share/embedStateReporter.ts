// The embed's `state` messages: a host page's readout follows the playhead while it moves, without
// a message on every animation frame. Timers are passed in, as everywhere in share/.

/** A `state` message body: the playhead in whole simulated ms and whether it plays. */
export interface EmbedStateBody {
  type: 'state';
  t: number;
  playing: boolean;
}

/** The clock and timers the reporter uses (the browser's in the embed, fakes in tests). */
export interface ReporterTimers {
  now: () => number;
  setTimer: (fn: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
}

/** How often a moving playhead is reported, in wall-clock ms. */
export const STATE_REPORT_INTERVAL_MS = 250;

/**
 * Reports the playhead through `post`: at once when playback starts or stops, at most every
 * `intervalMs` while it moves, and always where it came to rest (a trailing report). Returns the
 * function to call with every change, and one that cancels a pending report.
 */
export function createStateReporter(post: (body: EmbedStateBody) => void, timers: ReporterTimers, intervalMs = STATE_REPORT_INTERVAL_MS) {
  let sent: { t: number; playing: boolean } | undefined;
  let sentAt = -Infinity;
  let latest: { t: number; playing: boolean } | undefined;
  let timer: number | undefined;
  const send = () => {
    timer = undefined;
    if (!latest || (sent && sent.t === latest.t && sent.playing === latest.playing)) return;
    sent = latest;
    sentAt = timers.now();
    post({ type: 'state', t: latest.t, playing: latest.playing });
  };
  const report = (t: number, playing: boolean) => {
    latest = { t: Math.round(t), playing };
    const wait = sentAt + intervalMs - timers.now();
    if (!sent || sent.playing !== playing || wait <= 0) {
      if (timer !== undefined) timers.clearTimer(timer);
      send();
    } else if (timer === undefined) timer = timers.setTimer(send, wait);
  };
  const cancel = () => {
    if (timer !== undefined) timers.clearTimer(timer);
    timer = undefined;
  };
  return { report, cancel };
}
