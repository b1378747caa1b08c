// A tiny YAML emitter that reproduces what `kubectl get -o yaml` prints (sigs.k8s.io/yaml on
// go-yaml v2): map keys sorted, sequences not indented under their key, scalars quoted only
// when a plain scalar would read back as something else, long values folded past column 80.

/** A value the emitter can write. */
export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue | undefined };

const bestWidth = 80;

// go-yaml v2 resolves these plain scalars to non-strings, so such strings are double-quoted.
const reserved =
  /^(?:|~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const numeric = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)$/;
const timestamp = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|\s+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}(?::?\d{2})?))?)?$/;

function resolvesToNonString(s: string): boolean {
  return reserved.test(s) || (/[0-9]/.test(s) && numeric.test(s)) || timestamp.test(s);
}

// The emitter's scalar analysis, reduced to what status values can contain.
function plainAllowed(s: string): boolean {
  if (/^\s|\s$/.test(s)) return false;
  if (/^[#,[\]{}&*!|>'"%@`]/.test(s)) return false;
  if (/^[-?:](\s|$)/.test(s) || s.startsWith('---')) return false;
  return !(s.includes(': ') || s.includes(' #') || s.endsWith(':'));
}

const hasSpecial = (s: string): boolean => [...s].some((ch) => ch !== '\n' && (ch < ' ' || ch === '\u007f'));

function doubleQuoted(s: string): string {
  const escaped = [...s].map((ch) => {
    if (ch === '\\' || ch === '"') return `\\${ch}`;
    if (ch === '\t') return '\\t';
    if (ch === '\n') return '\\n';
    return ch < ' ' || ch === '\u007f' ? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}` : ch;
  });
  return `"${escaped.join('')}"`;
}

// Folds at single spaces once the line is past the best width, as yaml_emitter_write_plain_scalar does.
function folded(s: string, column: number, indent: number): string {
  let out = '';
  let col = column;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    if (ch === ' ' && col > bestWidth && s[i + 1] !== ' ' && s[i - 1] !== ' ' && i > 0 && i < s.length - 1) {
      out += `\n${' '.repeat(indent)}`;
      col = indent;
      continue;
    }
    out += ch;
    col++;
  }
  return out;
}

function scalar(value: string | number | boolean | null, column: number, indent: number): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  if (value.includes('\n') && !hasSpecial(value)) {
    const chomp = value.endsWith('\n\n') ? '+' : value.endsWith('\n') ? '' : '-';
    const body = value.replace(/\n$/, '').split('\n').map((l) => (l === '' ? '' : ' '.repeat(indent) + l));
    return `|${chomp}\n${body.join('\n')}`;
  }
  if (hasSpecial(value) || resolvesToNonString(value)) return doubleQuoted(value);
  if (plainAllowed(value)) return folded(value, column, indent);
  return folded(`'${value.replace(/'/g, "''")}'`, column, indent);
}

const isMap = (v: YamlValue): v is { [key: string]: YamlValue | undefined } => typeof v === 'object' && v !== null && !Array.isArray(v);

function emitMap(map: { [key: string]: YamlValue | undefined }, indent: number, firstPrefix?: string): string[] {
  const lines: string[] = [];
  const keys = Object.keys(map).filter((k) => map[k] !== undefined).sort();
  keys.forEach((key, i) => {
    const value = map[key] as YamlValue;
    const lead = i === 0 && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${lead}${key}: []`);
      else lines.push(`${lead}${key}:`, ...emitSeq(value, indent));
    } else if (isMap(value)) {
      if (Object.values(value).every((v) => v === undefined)) lines.push(`${lead}${key}: {}`);
      else lines.push(`${lead}${key}:`, ...emitMap(value, indent + 2));
    } else {
      lines.push(`${lead}${key}: ${scalar(value, indent + key.length + 2, indent + 2)}`);
    }
  });
  return lines;
}

function emitSeq(items: YamlValue[], indent: number): string[] {
  return items.flatMap((item) => {
    const dash = `${' '.repeat(indent)}- `;
    if (isMap(item)) return emitMap(item, indent + 2, dash);
    if (Array.isArray(item)) return [`${dash.trimEnd()}`, ...emitSeq(item, indent + 2)];
    return [`${dash}${scalar(item, indent + 2, indent + 2)}`];
  });
}

/** Emits a top-level mapping as YAML text ending in a newline. */
export function emitYaml(document: { [key: string]: YamlValue | undefined }): string {
  return `${emitMap(document, 0).join('\n')}\n`;
}
