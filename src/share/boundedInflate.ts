// Inflation with a hard output cap. A link is untrusted input: a few hundred characters
// of deflate can expand to gigabytes, so the stream is fed in small chunks and abandoned as
// soon as the output passes the cap. Deflate expands at most ~1032:1, so one chunk can
// overshoot by at most ~260 KiB: memory and time stay bounded whatever the link holds.
import { Inflate } from 'fflate';

/** The smallest number of compressed bytes fed per step; bounds the overshoot past the cap. */
export const INFLATE_CHUNK_BYTES = 256;

/** Deflate's largest possible expansion, output bytes per input byte. */
const MAX_EXPANSION = 1032;

/** The outcome of a capped inflation; `inflated` says how far it got (for tests and benches). */
export type BoundedInflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'damaged' | 'too-large'; inflated: number };

/** Inflates raw deflate `data` (compressed against `dictionary`), refusing output over `limit` bytes. */
export function inflateBounded(data: Uint8Array, dictionary: Uint8Array, limit: number): BoundedInflateResult {
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate({ dictionary }, (chunk, final) => {
    total += chunk.length;
    if (total <= limit) parts.push(chunk);
    if (final) ended = true;
  });
  if (data.length === 0) return { ok: false, reason: 'damaged', inflated: 0 };
  try {
    let at = 0;
    while (at < data.length) {
      const size = Math.max(INFLATE_CHUNK_BYTES, Math.floor((limit - total) / MAX_EXPANSION));
      inflater.push(data.subarray(at, at + size), at + size >= data.length);
      at += size;
      if (total > limit) return { ok: false, reason: 'too-large', inflated: total };
    }
  } catch {
    // fflate throws on invalid block types, bad distances and unexpected ends alike.
    return { ok: false, reason: 'damaged', inflated: total };
  }
  if (!ended) return { ok: false, reason: 'damaged', inflated: total };
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { ok: true, bytes };
}
