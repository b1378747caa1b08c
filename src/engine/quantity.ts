// Kubernetes resource quantities ("100m", "128Mi", "1.5G", "1e3"): parse to a number of
// milli-units and format back the way `kubectl describe` shows totals.

const binary: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const decimal: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const pattern = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)|[eE]([+-]?\d+))?$/;

/** Parses a quantity into milli-units (1 = 0.001); undefined when it is not a valid quantity. */
export function parseQuantity(text: string | number): number | undefined {
  const s = String(text).trim();
  const m = pattern.exec(s);
  if (!m) return undefined;
  const value = Number(m[1]);
  const suffix = m[2] ?? '';
  const exponent = m[3];
  const factor = exponent !== undefined ? 10 ** Number(exponent) : (binary[suffix] ?? decimal[suffix] ?? 1);
  return Math.round(value * factor * 1000);
}

/** Formats milli-units for a resource: CPU as cores or `Nm`, memory-like values with the largest exact binary suffix. */
export function formatQuantity(milli: number, resource: string): string {
  if (resource === 'cpu') return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
  if (milli % 1000 !== 0) return `${milli}m`;
  const units = milli / 1000;
  for (const suffix of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki'] as const) {
    const f = binary[suffix] ?? 1;
    if (units >= f && units % f === 0) return `${units / f}${suffix}`;
  }
  for (const [suffix, f] of [['E', 1e18], ['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6], ['k', 1e3]] as const) {
    if (units >= f && units % f === 0) return `${units / f}${suffix}`;
  }
  return String(units);
}
