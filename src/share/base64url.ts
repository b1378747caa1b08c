// base64url (RFC 4648 §5) without padding: the only alphabet that survives a URL
// fragment, chat apps and Markdown untouched. Decoding is strict, so a mangled link is
// reported as damaged instead of being half-read.

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const values = new Map<string, number>([...alphabet].map((c, i) => [c, i]));

/** Encodes bytes as unpadded base64url. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += (alphabet[n >> 18] ?? '') + (alphabet[(n >> 12) & 63] ?? '') + (alphabet[(n >> 6) & 63] ?? '') + (alphabet[n & 63] ?? '');
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out += (alphabet[n >> 18] ?? '') + (alphabet[(n >> 12) & 63] ?? '');
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += (alphabet[n >> 18] ?? '') + (alphabet[(n >> 12) & 63] ?? '') + (alphabet[(n >> 6) & 63] ?? '');
  }
  return out;
}

/**
 * Decodes unpadded base64url; undefined for any other character, padding, an impossible
 * length, or non-zero leftover bits (which only a corrupted link has).
 */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let bitCount = 0;
  let at = 0;
  for (const c of text) {
    const v = values.get(c);
    if (v === undefined) return undefined;
    bits = ((bits << 6) | v) & 0xffffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      out[at++] = (bits >> bitCount) & 0xff;
    }
  }
  if ((bits & ((1 << bitCount) - 1)) !== 0) return undefined;
  return out;
}
