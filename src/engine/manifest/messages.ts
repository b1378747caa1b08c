// The `<Type>: <detail>` half of the API server's field errors (apimachinery field/errors.go),
// so rejections read exactly like `kubectl apply` output.

/** Formats a bad value as Go's `%v` / `%q` would inside a field error. */
export function formatGoValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return goNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  // YAML aliases can make parsed values circular; print a repeated object once.
  const seen = new Set<unknown>();
  const json =
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v !== 'object' || v === null) return v;
      if (seen.has(v)) return '<cycle>';
      seen.add(v);
      return v;
    }) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/**
 * A number as Go prints it: `+Inf`, `-Inf` and `NaN` (a YAML `.inf`, `.nan` or `1e400`), and an
 * integer past 2^53 but below 1e21 with all its digits (`9223372036854775808`, not
 * `9223372036854776000`), as encoding/json writes a number that size; from 1e21 on both write
 * `1e+21`. A double holds such an integer only to about 16 digits, so these are the digits of the
 * nearest double.
 */
export function goNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  if (Number.isInteger(value) && !Number.isSafeInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  return String(value);
}

/** `Required value` with an optional detail. */
export function required(detail = ''): string {
  return detail ? `Required value: ${detail}` : 'Required value';
}

/** `Forbidden: <detail>`. */
export function forbidden(detail: string): string {
  return `Forbidden: ${detail}`;
}

/** `Invalid value: <value>: <detail>`. */
export function invalid(value: unknown, detail: string): string {
  return `Invalid value: ${formatGoValue(value)}${detail ? `: ${detail}` : ''}`;
}

/** `Invalid value: <text>: <detail>` for values Go prints through `String()`, without quotes. */
export function invalidUnquoted(text: string, detail: string): string {
  return `Invalid value: ${text}: ${detail}`;
}

/** `Unsupported value: <value>: supported values: "a", "b"`. */
export function notSupported(value: unknown, supported: readonly string[]): string {
  return `Unsupported value: ${formatGoValue(value)}: supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`;
}

/** `Duplicate value: <value>`. */
export function duplicate(value: unknown): string {
  return `Duplicate value: ${formatGoValue(value)}`;
}

/** `Not found: <value>`. */
export function notFound(value: unknown): string {
  return `Not found: ${formatGoValue(value)}`;
}

/** apimachinery's `InclusiveRangeError`. */
export function inclusiveRange(lo: number, hi: number): string {
  return `must be between ${lo} and ${hi}, inclusive`;
}

/** apimachinery's `IsNegativeErrorMsg`. */
export const isNegativeMessage = 'must be greater than or equal to 0';
