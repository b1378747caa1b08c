// kubectl's AGE-style durations: apimachinery/pkg/util/duration.HumanDuration, ported with
// integer arithmetic on milliseconds.

/** Formats a duration in ms exactly as apimachinery's duration.HumanDuration does (0s, 90s, 2m5s, 5h3m, 3d4h, 2y30d). */
export function formatHumanDuration(ms: number): string {
  // Go's int(d.Seconds()) truncates toward zero; up to 1.999 s in the future reads as now.
  const seconds = Math.trunc(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.floor(hours / 24) % 365;
    const years = Math.floor(hours / 24 / 365);
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}

/** The AGE column of `kubectl get pod` at instant `at` for a pod created at `createdAt` (default t = 0). */
export function formatPodAge(at: number, createdAt = 0): string {
  return formatHumanDuration(at - createdAt);
}
