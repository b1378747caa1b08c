import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine/manifest/parse';
import { docsExampleYaml } from '../../scenario/docsExample';
import { quickFixesFor, type QuickFix, type TextEditSpec } from './quickFixes';
import { editDistance, fieldsAt, nearMisses, parseFieldPath } from './schemaFields';

/** Applies one edit to a text, as the editor does. */
function apply(text: string, edit: TextEditSpec): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return text.slice(0, offset(edit.startLineNumber, edit.startColumn)) + edit.text + text.slice(offset(edit.endLineNumber, edit.endColumn));
}

/** The engine's findings for a text, errors and warnings alike, as the editor receives them. */
function findings(text: string): { message: string; line: number; column: number }[] {
  const r = parseScenario(text);
  const errors = r.ok ? [] : r.errors.map((e) => ({ message: e.path ? `${e.path}: ${e.message}` : e.message, line: e.line, column: e.column }));
  return [...errors, ...r.warnings.map((w) => ({ message: w.message, line: w.line ?? 1, column: w.column ?? 1 }))];
}

const fixesOf = (text: string): QuickFix[] => findings(text).flatMap((d) => quickFixesFor(d, text));
const ximage = docsExampleYaml.replace('  - name: init-myservice\n    image:', '  - name: init-myservice\n    ximage:');

describe('schemaFields', () => {
  it('parses field paths with indices and map keys', () => {
    expect(parseFieldPath('Service.spec.ports[0].name')).toEqual(['Service', 'spec', 'ports', 0, 'name']);
    expect(parseFieldPath('spec.containers[1].resources.limits[cpu]')).toEqual(['spec', 'containers', 1, 'resources', 'limits', { key: 'cpu' }]);
  });

  it('lists the fields of a container and finds near misses within two edits', () => {
    expect(fieldsAt('Pod', ['spec', 'initContainers', 0])).toContain('image');
    expect(nearMisses('ximage', fieldsAt('Pod', ['spec', 'initContainers', 0]))).toEqual(['image']);
    expect(nearMisses('comand', fieldsAt('Pod', ['spec', 'containers', 0]))).toEqual(['command']);
    expect(nearMisses('bogusfield', fieldsAt('Pod', ['spec', 'containers', 0]))).toEqual([]);
    expect(editDistance('Image', 'image')).toBe(0);
  });
});

describe('quickFixesFor', () => {
  it('renames ximage to image, as the preferred fix of the unknown-field warning', () => {
    const [warning] = findings(ximage).filter((d) => d.message.startsWith('unknown field'));
    expect(warning).toEqual({ message: 'unknown field "spec.initContainers[0].ximage"', line: 14, column: 5 });
    const fixes = quickFixesFor(warning!, ximage);
    expect(fixes).toEqual([
      { title: 'Did you mean `image`?', isPreferred: true, edit: { startLineNumber: 14, startColumn: 5, endLineNumber: 14, endColumn: 11, text: 'image' } },
    ]);
    expect(apply(ximage, fixes[0]!.edit)).toBe(docsExampleYaml);
  });

  it('adds a missing required image after the item\'s first key, and the result is accepted', () => {
    const text = docsExampleYaml.replace("  - name: init-myservice\n    image: busybox:1.28\n", '  - name: init-myservice\n');
    const [fix, ...rest] = fixesOf(text);
    expect(rest).toEqual([]);
    expect(fix).toMatchObject({ title: 'Add the missing `image: busybox:1.28`', isPreferred: true });
    expect(apply(text, fix!.edit)).toBe(docsExampleYaml);
  });

  it('adds a missing name before a first key that spans lines', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - command:\n    - sleep\n    image: busybox\n';
    const fixed = apply(text, fixesOf(text)[0]!.edit);
    expect(fixed).toContain('  - name: app-1\n    command:\n');
    expect(parseScenario(fixed).ok).toBe(true);
  });

  it('offers near misses from the Scenario document\'s own list of fields', () => {
    const text = `${docsExampleYaml.replace('{ at: 20s,', '{ att: 20s,')}`;
    const fixes = fixesOf(text);
    expect(fixes.map((f) => f.title)).toEqual(['Did you mean `at`?']);
    expect(parseScenario(apply(text, fixes[0]!.edit)).ok).toBe(true);
  });

  it('offers nothing when the intent is not clear', () => {
    expect(quickFixesFor({ message: 'unknown field "spec.containers[0].bogusfield"', line: 9, column: 5 }, docsExampleYaml)).toEqual([]);
    expect(quickFixesFor({ message: 'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always"', line: 8, column: 3 }, docsExampleYaml)).toEqual([]);
    expect(quickFixesFor({ message: 'metadata.name: Required value: name or generateName is required', line: 1, column: 1 }, docsExampleYaml)).toEqual([]);
  });
});
