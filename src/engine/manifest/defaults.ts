// API defaulting (pkg/apis/core/v1/defaults.go) that validation and normalization both rely on,
// plus Quantity.String()'s canonical form, which Go prints inside resource errors.
import { parseQuantity } from '../quantity';

/** Splits an image reference into tag and digest, as the kubelet's ParseImageName does. */
export function splitImage(image: string): { tag: string; digest: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : '';
  const named = at >= 0 ? image.slice(0, at) : image;
  // A ':' before the last '/' belongs to a registry host:port, not a tag.
  const lastSegment = named.slice(named.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  const tag = colon >= 0 ? lastSegment.slice(colon + 1) : '';
  return { tag: tag === '' && digest === '' ? 'latest' : tag, digest };
}

/** SetDefaults_Container: `Always` for a `latest` (or missing, digest-less) tag, else `IfNotPresent`. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  return splitImage(image).tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/** Pod grace period after defaulting and conversion: 30 when unset, 1 when negative. */
export function resolveGracePeriod(value: number | undefined): number {
  if (value === undefined) return 30;
  return value < 0 ? 1 : value;
}

/** SetDefaults_Pod: a resource with a limit but no request gets the limit as its request. */
export function defaultRequests(
  requests: Record<string, string> | undefined,
  limits: Record<string, string> | undefined,
): Record<string, string> {
  const out: Record<string, string> = { ...(requests ?? {}) };
  for (const [name, value] of Object.entries(limits ?? {})) if (!Object.hasOwn(out, name)) out[name] = value;
  return out;
}

/** SetDefaults_Probe: zero means "use the default". */
export function defaultProbeTimings(p: {
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
}): { initialDelaySeconds: number; periodSeconds: number; timeoutSeconds: number; successThreshold: number; failureThreshold: number } {
  return {
    initialDelaySeconds: p.initialDelaySeconds ?? 0,
    periodSeconds: p.periodSeconds || 10,
    timeoutSeconds: p.timeoutSeconds || 1,
    successThreshold: p.successThreshold || 1,
    failureThreshold: p.failureThreshold || 3,
  };
}

const decimalSuffixes: Record<number, string> = { [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };
const binarySuffixes = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/** Quantity.String(): `2000m` -> `2`, `0.5` -> `500m`, `2048Mi` -> `2Gi`, `1500` -> `1500`. */
export function canonicalizeQuantity(text: string): string {
  const milli = parseQuantity(text);
  if (milli === undefined) return text;
  const binary = /(Ki|Mi|Gi|Ti|Pi|Ei)$/.test(text.trim());
  const exponentForm = /[eE][-+]?\d+$/.test(text.trim());
  if (binary && milli % 1000 === 0 && Math.abs(milli) >= 1024 * 1000) {
    let units = milli / 1000;
    let k = 0;
    while (units % 1024 === 0 && k < binarySuffixes.length - 1) {
      units /= 1024;
      k++;
    }
    return `${units}${binarySuffixes[k] ?? ''}`;
  }
  if (milli === 0) return '0';
  let mantissa = milli;
  let exponent = -3;
  while (mantissa % 1000 === 0 && exponent < 18) {
    mantissa /= 1000;
    exponent += 3;
  }
  if (exponentForm) return exponent === 0 ? `${mantissa}` : `${mantissa}e${exponent}`;
  return `${mantissa}${decimalSuffixes[exponent] ?? ''}`;
}
