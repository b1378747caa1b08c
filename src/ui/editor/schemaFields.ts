// The fields the editor's schema allows at an API field path, for "did you mean" fixes. Pure (no
// Monaco) so it is tested in node.
import schemaJson from './scenario.schema.json';

type Schema = { [key: string]: unknown };

const root = schemaJson as Schema;
const definitions = (root.definitions ?? {}) as Record<string, Schema>;
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One step of a path as the engine prints it: a field, a list index or a map key. */
export type PathStep = string | number | { key: string };

/** Splits `spec.initContainers[0].resources.limits[cpu]` into its steps; the kind prefix (`Service.`) is kept as the first step. */
export function parseFieldPath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]|\[([^\]]*)\]/g)) {
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
    else steps.push({ key: m[3] ?? '' });
  }
  return steps;
}

function resolve(s: Schema): Schema {
  const ref = s.$ref;
  return typeof ref === 'string' ? resolve(definitions[ref.replace('#/definitions/', '')] ?? {}) : s;
}

const kinds = ['Service', 'ConfigMap', 'Secret', 'Scenario'];

/** The document kind a path belongs to (the engine prefixes every kind but the Pod), and the path inside it. */
export function splitKind(steps: readonly PathStep[]): { kind: string; steps: PathStep[] } {
  const [first, ...rest] = steps;
  return typeof first === 'string' && kinds.includes(first) ? { kind: first, steps: rest } : { kind: 'Pod', steps: [...steps] };
}

/** The schema of the value at `steps` inside a document of `kind`, if the schema describes it. */
export function schemaAt(kind: string, steps: readonly PathStep[]): Schema | undefined {
  let node: Schema | undefined = definitions[kind];
  for (const step of steps) {
    if (!node) return undefined;
    const s: Schema = resolve(node);
    if (typeof step === 'number') node = isSchema(s.items) ? s.items : undefined;
    else if (typeof step === 'string' && isSchema(s.properties) && isSchema(s.properties[step])) node = s.properties[step];
    else node = isSchema(s.additionalProperties) ? s.additionalProperties : undefined;
  }
  return node ? resolve(node) : undefined;
}

/** The field names the schema allows in the object at `steps`. */
export function fieldsAt(kind: string, steps: readonly PathStep[]): string[] {
  const s = schemaAt(kind, steps);
  return s && isSchema(s.properties) ? Object.keys(s.properties) : [];
}

/** Levenshtein distance, with a case-only difference counting as no difference. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[y.length] ?? 0;
}

/** Fields within two edits of `name` (and fewer edits than it has letters), closest first. */
export function nearMisses(name: string, fields: readonly string[]): string[] {
  return fields
    .map((field) => ({ field, d: editDistance(name, field) }))
    .filter(({ field, d }) => field !== name && d <= 2 && d < name.length)
    .sort((a, b) => a.d - b.d || a.field.localeCompare(b.field))
    .map(({ field }) => field);
}
