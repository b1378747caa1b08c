// A small pure base64 + UTF-8 decoder: the engine is type-checked without DOM and Node types,
// so neither atob nor Buffer is available, and Secret `data` arrives base64-encoded.

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const sextets = new Map<string, number>([...alphabet].map((ch, i) => [ch, i]));

/** Result of decoding: the bytes, or the index of the first offending input byte (as Go reports it). */
export type Base64Result = { ok: true; bytes: number[] } | { ok: false; badIndex: number };

/** Decodes standard base64, ignoring line breaks (as Go's decoder does) and tolerating missing padding. */
export function decodeBase64(text: string): Base64Result {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n' || ch === '\r') continue;
    if (ch === '=') {
      padding++;
      continue;
    }
    const value = sextets.get(ch);
    if (value === undefined || padding > 0) return { ok: false, badIndex: i };
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  if (bits === 6 || padding > 2) return { ok: false, badIndex: text.length - 1 };
  return { ok: true, bytes };
}

/** Decodes UTF-8 bytes, replacing malformed sequences with U+FFFD. */
export function decodeUtf8(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const extra = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    if (extra < 0 || (extra > 0 && b >= 0xf8)) {
      out += '\uFFFD';
      i++;
      continue;
    }
    let code = extra === 0 ? b : b & (0x3f >> extra);
    let ok = true;
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      code = (code << 6) | (next & 0x3f);
    }
    if (!ok || code > 0x10ffff) {
      out += '\uFFFD';
      i++;
      continue;
    }
    out += String.fromCodePoint(code);
    i += extra + 1;
  }
  return out;
}
