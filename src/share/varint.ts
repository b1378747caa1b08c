// Unsigned LEB128 varints for the share payload header: small numbers take one byte.
// Arithmetic instead of bit shifts, because shifts truncate to 32 bits and t may not fit.

/** Encodes a non-negative safe integer; throws on anything else (a programmer mistake). */
export function encodeVarint(value: number): number[] {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint needs a non-negative safe integer, got ${value}`);
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) + 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return out;
}

/**
 * Reads the varint starting at `at`; undefined when it runs off the end, is longer than
 * 8 bytes, is not a safe integer, or has a redundant zero group (one value, one encoding).
 */
export function readVarint(bytes: Uint8Array, at: number): { value: number; next: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let i = at; i < bytes.length && i < at + 8; i++) {
    const b = bytes[i] ?? 0;
    value += (b & 0x7f) * scale;
    if (b < 0x80) {
      if (b === 0 && i > at) return undefined;
      return Number.isSafeInteger(value) ? { value, next: i + 1 } : undefined;
    }
    scale *= 0x80;
  }
  return undefined;
}
