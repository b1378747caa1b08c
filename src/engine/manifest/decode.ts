// Typed decoding of parsed YAML (which stays `unknown` until here), like the API server's JSON
// decoding step: a wrong type is reported with its path and the field is dropped, null means absent,
// and unknown fields are reported so the caller can warn (kubectl) or reject (Scenario).
import { limits, tooMany } from './limits';
import { formatGoValue, invalid } from './messages';
import type { FieldPath } from './path';
import { parseQuantity } from '../quantity';

/** Where a decoder reports type mismatches and unknown fields. */
export interface DecodeSink {
  typeError(path: FieldPath, message: string): void;
  /** `known` lists the fields the object does have, for strict formats that reject the rest. */
  unknownField(path: FieldPath, known: readonly string[]): void;
}

/** Narrows an untrusted value to `T`, reporting problems to the sink. */
export interface Decoder<T> {
  /** Undefined for null/absent values and for values of the wrong type (already reported). */
  decode(value: unknown, path: FieldPath, sink: DecodeSink): T | undefined;
  /** Go's zero value, used where a list holds `null`. */
  zero(): T;
}

/** The type a decoder produces. */
export type Infer<D> = D extends Decoder<infer T> ? T : never;

/** True for a plain parsed-YAML map (not a list, nor a tagged value such as `!!binary` bytes). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function scalar<T>(check: (v: unknown) => v is T, expected: string, zero: T): Decoder<T> {
  return {
    decode(value, path, sink) {
      if (value === null || value === undefined) return undefined;
      if (check(value)) return value;
      sink.typeError(path, invalid(value, expected));
      return undefined;
    },
    zero: () => zero,
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isIntOrString = (v: unknown): v is number | string => isString(v) || isInteger(v);
const isStringOrNumber = (v: unknown): v is number | string => isString(v) || isNumber(v);

/** A string. */
export const str = scalar(isString, 'must be a string', '');
/**
 * An integer of a Go type's range: Go's JSON decoder refuses a number that does not fit (no
 * clamping). int64's top, 2^63 - 1, reads as 2^63 in a double, so 2^63 itself is let through.
 */
function integer(bits: 32 | 64): Decoder<number> {
  const max = 2 ** (bits - 1);
  return {
    decode(value, path, sink) {
      if (value === null || value === undefined) return undefined;
      if (!isInteger(value)) {
        sink.typeError(path, invalid(value, 'must be an integer'));
        return undefined;
      }
      if (bits === 64 ? Math.abs(value) > max : value >= max || value < -max) {
        sink.typeError(path, invalid(value, `cannot unmarshal number ${formatGoValue(value)} into Go value of type int${bits}`));
        return undefined;
      }
      return value;
    },
    zero: () => 0,
  };
}

/** An int64 of the API. */
export const int = integer(64);
/** An int32 of the API (probe periods, ports, file modes). */
export const int32 = integer(32);
/** Any finite number. */
export const num = scalar(isNumber, 'must be a number', 0);
/** A boolean. */
export const bool = scalar(isBoolean, 'must be a boolean', false);
/** An IntOrString (ports, targetPort). */
export const intOrStr = scalar(isIntOrString, 'must be an integer or a string', 0);

/** A string or a number (durations, which also accept bare seconds). */
export const strOrNum = scalar(isStringOrNumber, 'must be a string or a number', 0);

/** Any value, kept as is (fields the simulator does not model). */
export const raw: Decoder<unknown> = {
  decode: (value) => (value === null ? undefined : value),
  zero: () => null,
};

/** Pass-through decoders for fields the simulator does not read, so they draw no unknown-field warning. */
export function rawFields<const K extends string>(keys: readonly K[]): Record<K, Decoder<unknown>> {
  const out: Partial<Record<K, Decoder<unknown>>> = {};
  for (const key of keys) out[key] = raw;
  // Every key was just assigned.
  return out as Record<K, Decoder<unknown>>;
}

const quantityFormat = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

/** A resource quantity, kept as its text; malformed ones fail as in resource.ParseQuantity. */
export const quantity: Decoder<string> = {
  decode(value, path, sink) {
    if (value === null || value === undefined) return undefined;
    if (typeof value !== 'string' && !isNumber(value)) {
      sink.typeError(path, invalid(value, 'must be a string or a number'));
      return undefined;
    }
    const text = String(value);
    if (!quantityFormat.test(text)) {
      sink.typeError(path, invalid(text, `quantities must match the regular expression '${quantityFormat.source}'`));
      return undefined;
    }
    if (parseQuantity(text) === undefined) {
      sink.typeError(path, invalid(text, "unable to parse quantity's suffix"));
      return undefined;
    }
    return text;
  },
  zero: () => '0',
};

/**
 * Sets `record[key]`, also for the key `__proto__`: assigning that one would set the object's
 * prototype and lose the entry (a ConfigMap may well hold a key named so).
 */
export function setEntry<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  else record[key] = value;
}

/** A list; `null` items become the item's zero value, as Go's decoder makes them. */
export function list<T>(item: Decoder<T>, max: number = limits.listItems): Decoder<T[]> {
  return {
    decode(value, path, sink) {
      if (value === null || value === undefined) return undefined;
      if (!Array.isArray(value)) {
        sink.typeError(path, invalid(value, 'must be a list'));
        return undefined;
      }
      if (value.length > max) {
        sink.typeError(path, tooMany(value.length, max));
        return undefined;
      }
      return value.map((v: unknown, i) => item.decode(v, [...path, i], sink) ?? item.zero());
    },
    zero: () => [],
  };
}

/** A map with arbitrary keys (labels, data, limits). */
export function record<T>(item: Decoder<T>): Decoder<Record<string, T>> {
  return {
    decode(value, path, sink) {
      if (value === null || value === undefined) return undefined;
      if (!isRecord(value)) {
        sink.typeError(path, invalid(value, 'must be a map'));
        return undefined;
      }
      const keys = Object.keys(value).length;
      if (keys > limits.mapKeys) {
        sink.typeError(path, tooMany(keys, limits.mapKeys));
        return undefined;
      }
      const out: Record<string, T> = {};
      for (const [key, v] of Object.entries(value)) setEntry(out, key, item.decode(v, [...path, { key }], sink) ?? item.zero());
      return out;
    },
    zero: () => ({}),
  };
}

type Shape = Record<string, Decoder<unknown>>;

/** An object decoded from a shape: every field optional, as in the API's JSON. */
export type Decoded<S extends Shape> = { [K in keyof S]?: Infer<S[K]> };

/** An object with known fields; others are reported unless `open` (for objects we only pass through). */
export function obj<S extends Shape>(shape: S, open = false): Decoder<Decoded<S>> {
  return {
    decode(value, path, sink) {
      if (value === null || value === undefined) return undefined;
      if (!isRecord(value)) {
        sink.typeError(path, invalid(value, 'must be a map'));
        return undefined;
      }
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
        if (!field) {
          if (!open) sink.unknownField([...path, key], Object.keys(shape));
          continue;
        }
        const decoded = field.decode(v, [...path, key], sink);
        if (decoded !== undefined) out[key] = decoded;
      }
      // Every key was decoded by the shape's own decoder, so the record has the shape's types.
      return out as Decoded<S>;
    },
    zero: () => ({}) as Decoded<S>,
  };
}
