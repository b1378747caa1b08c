import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { gallery } from '../../scenario/gallery';
import schemaJson from './scenario.schema.json';

type Schema = { [key: string]: unknown };
const schema = schemaJson as Schema;
const definitions = schema.definitions as Record<string, Schema>;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function resolve(s: Schema): Schema {
  const ref = s.$ref;
  return typeof ref === 'string' ? { ...resolve(definitions[ref.replace('#/definitions/', '')] ?? {}), ...s, $ref: undefined } : s;
}

function typeOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

// The subset of JSON Schema the generated file uses: enough to find unknown fields, wrong types
// and enum violations the way the editor's YAML worker does.
function problems(raw: Schema, value: unknown, path: string): string[] {
  const s = resolve(raw);
  const out: string[] = [];
  const types = [s.type].flat().filter((t): t is string => typeof t === 'string');
  if (types.length && !types.includes(typeOf(value)) && !(types.includes('number') && typeOf(value) === 'integer')) return [`${path}: type ${typeOf(value)}`];
  if (Array.isArray(s.enum) && !s.enum.includes(value)) out.push(`${path}: not in enum`);
  if ('const' in s && s.const !== value) out.push(`${path}: not ${String(s.const)}`);
  for (const part of (s.allOf as Schema[] | undefined) ?? []) {
    const condition = resolve(part.if as Schema);
    if (problems(condition, value, path).length === 0 && ((condition.required as string[] | undefined) ?? []).every((r) => isObject(value) && r in value)) {
      out.push(...problems(part.then as Schema, value, path));
    }
  }
  if (isObject(value)) {
    const props = (s.properties as Record<string, Schema> | undefined) ?? {};
    for (const [k, v] of Object.entries(value)) {
      const sub = props[k] ?? s.additionalProperties;
      if (sub === false) out.push(`${path}.${k}: not allowed`);
      else if (isObject(sub)) out.push(...problems(sub, v, `${path}.${k}`));
    }
  }
  if (Array.isArray(value) && isObject(s.items)) value.forEach((v, i) => out.push(...problems(s.items as Schema, v, `${path}[${i}]`)));
  return out;
}

const check = (text: string) => parseAllDocuments(text).flatMap((doc, i) => problems(schema, doc.toJS(), `doc${i}`));

describe('scenario.schema.json', () => {
  it('stays well under 150 KB', () => {
    expect(JSON.stringify(schema).length).toBeLessThan(100_000);
  });

  it('accepts every gallery scenario without a single unknown field', () => {
    for (const entry of gallery) expect(check(entry.yaml), entry.id).toEqual([]);
  });

  it('marks a mistyped field, a bad enum value and a wrong Scenario field (1.35+: Never is a container restartPolicy, Sometimes is not)', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  restartPolicy: Sometimes\n  initContainers:\n  - name: s\n    imagee: busybox\n    restartPolicy: Sometimes\n---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  node: { images: { "a:1": { pull: maybe } } }\n  events:\n  - { at: 5s, kil: app }\n`;
    expect(check(text).sort()).toEqual([
      'doc0.spec.initContainers[0].imagee: not allowed',
      'doc0.spec.initContainers[0].restartPolicy: not in enum',
      'doc0.spec.restartPolicy: not in enum',
      'doc1.spec.events[0].kil: not allowed',
      'doc1.spec.node.images.a:1.pull: not in enum',
    ]);
  });

  it('has no status and no server-set metadata', () => {
    expect(Object.keys(definitions.Pod?.properties as object)).not.toContain('status');
    expect(Object.keys(definitions.Service?.properties as object)).not.toContain('status');
    expect(Object.keys(definitions.ObjectMeta?.properties as object)).not.toContain('managedFields');
  });

  it('keeps every description to one short sentence', () => {
    const long: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (isObject(node)) {
        if (typeof node.description === 'string' && (node.description.length > 320 || node.description.includes('More info'))) long.push(node.description);
        Object.values(node).forEach(walk);
      }
    };
    walk(schema);
    expect(long).toEqual([]);
  });

  it('is what the generator produces now', () => {
    const script = fileURLToPath(new URL('../../../scripts/generate-schema.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(new URL('./scenario.schema.json', import.meta.url), 'utf8').endsWith('\n')).toBe(true);
  }, 60_000);
});
