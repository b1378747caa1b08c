// Small helpers shared by the benchmarks: timing and one printed line per figure.

/** Median run time of `fn` in ms. */
export function medianMs(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Prints a figure that has no target. */
export function figure(label: string, value: number, unit: string, detail = ''): void {
  console.log(`${label.padEnd(58)} ${value.toFixed(value < 10 ? 3 : 1).padStart(9)} ${unit}${detail ? `   ${detail}` : ''}`);
}

/** Prints a figure with its target and ratio (value / target; at most 1 meets the target). */
export function report(label: string, value: number, target: number, unit: string, detail = ''): void {
  const digits = value < 10 ? 3 : 1;
  const ratio = target === 0 ? (value === 0 ? 0 : Infinity) : value / target;
  console.log(`${label.padEnd(58)} ${value.toFixed(digits).padStart(9)} ${unit.padEnd(3)} target <= ${target} ${unit}  ratio ${ratio.toFixed(2)}${detail ? `   ${detail}` : ''}`);
}
