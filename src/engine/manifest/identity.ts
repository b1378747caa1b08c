// Deterministic stand-ins for what the API server generates randomly (uid, generateName suffix):
// the engine must give the same trace for the same text.

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A UUID-looking uid derived from `namespace/name` (FNV-1a, four salted rounds = 32 hex digits). */
export function deriveUid(namespace: string, name: string): string {
  const key = `${namespace}/${name}`;
  const hex = [0, 1, 2, 3].map((round) => fnv1a(`${round}:${key}`).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

// The alphabet of apimachinery's rand.String: no vowels, no confusable characters.
const suffixAlphabet = 'bcdfghjklmnpqrstvwxz2456789';

/** The 5-character suffix the API server appends to `generateName`, made deterministic. */
export function deriveNameSuffix(prefix: string): string {
  let hash = fnv1a(`generateName:${prefix}`);
  let out = '';
  for (let i = 0; i < 5; i++) {
    out += suffixAlphabet[hash % suffixAlphabet.length] ?? 'x';
    hash = Math.floor(hash / suffixAlphabet.length) + fnv1a(`${i}:${prefix}`);
  }
  return out;
}
