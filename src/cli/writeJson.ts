// `JSON.stringify(value, null, 2)`, written in pieces: the format 1 trace of a large pod can be
// longer than a JavaScript string may be (about 512 MiB in V8), and printing must not fail there.
// Objects and arrays are opened member by member down to `depth`; below it each member is one
// JSON.stringify, re-indented (JSON text never holds a raw newline inside a string, so the
// newlines it has are its own).

const reindent = (json: string, indent: string) => (json.includes('\n') ? json.replace(/\n/g, `\n${indent}`) : json);

/** Writes `value` as `JSON.stringify(value, null, 2)` would print it, through `write`, in pieces. */
export function writeJson(value: unknown, write: (chunk: string) => void, depth = 2, indent = ''): void {
  const inner = `${indent}  `;
  const piece = (v: unknown) => {
    if (depth > 0 && typeof v === 'object' && v !== null) writeJson(v, write, depth - 1, inner);
    else write(reindent(JSON.stringify(v, null, 2) ?? 'null', inner));
  };
  if (Array.isArray(value)) {
    if (value.length === 0) { write('[]'); return; }
    write('[');
    value.forEach((item, i) => {
      write(`${i === 0 ? '' : ','}\n${inner}`);
      // JSON.stringify prints null for what it cannot print inside an array.
      piece(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item);
    });
    write(`\n${indent}]`);
    return;
  }
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    write(reindent(JSON.stringify(value, null, 2) ?? 'undefined', indent));
    return;
  }
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    write(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    first = false;
    piece(v);
  }
  write(first ? '{}' : `\n${indent}}`);
}
