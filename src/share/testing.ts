// Test helpers: hand-built s1 payloads, so tests can reach states the encoder never writes.
import { deflateSync } from 'fflate';
import { encodeBase64Url } from './base64url';
import { dictionaryV1Text } from './dictionaryV1';

/** An s1 fragment whose payload is exactly `payload` (header bytes and text, as given). */
export function makeV1Fragment(payload: Uint8Array, level: 1 | 9 = 9): string {
  return `s1.${encodeBase64Url(deflateSync(payload, { level, dictionary: new TextEncoder().encode(dictionaryV1Text) }))}`;
}

/** Concatenates numbers (bytes) and strings (UTF-8) into one payload. */
export function bytesOf(...parts: (number | string)[]): Uint8Array {
  const encoder = new TextEncoder();
  return Uint8Array.from(parts.flatMap((p) => (typeof p === 'number' ? [p] : Array.from(encoder.encode(p)))));
}
