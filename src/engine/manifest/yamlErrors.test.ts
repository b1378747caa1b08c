import { describe, expect, it } from 'vitest';
import { LineCounter, parseAllDocuments } from 'yaml';
import { docsExampleYaml } from '../../scenario/docsExample';
import { explainYamlErrors, type YamlProblem } from './yamlErrors';

function explain(text: string): YamlProblem[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, logLevel: 'silent' });
  if ('empty' in docs) return [];
  return docs.flatMap((doc) => explainYamlErrors(text, doc.errors, lineCounter, doc));
}

/** The docs example with its app container's `image:` line replaced (line 10). */
const withImageLine = (line: string) => docsExampleYaml.replace("    image: busybox:1.28\n    command: ['sh', '-c', 'echo The app", `${line}\n    command: ['sh', '-c', 'echo The app`);

describe('explainYamlErrors', () => {
  it('names a key indented more than the key above it, at that key, once', () => {
    expect(explain(withImageLine('      image: busybox:1.28'))).toEqual([
      {
        message: "line 10: `image:` is indented more than `name:` above it; list items' keys must line up (yaml: Nested mappings are not allowed in compact mappings; Implicit keys need to be on a single line)",
        line: 10,
        column: 7,
      },
    ]);
  });

  it('names a key indented more than the key above it in a plain map', () => {
    expect(explain('apiVersion: v1\n  kind: Pod\n')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^line 2: `kind:` is indented more than `apiVersion:` above it; keys of one map must line up \(yaml: /) as unknown, line: 2, column: 3 }),
    ]);
  });

  it('names a key indented less than the key above it', () => {
    expect(explain(withImageLine('   image: busybox:1.28'))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^line 10: `image:` is indented less than `name:` above it; list items' keys must line up \(yaml: Sequence item without - indicator/) as unknown, line: 10, column: 4 }),
    ]);
  });

  it('names a top-level key indented less than the key above it, and reads CRLF text', () => {
    expect(explain('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n labels: {}\n')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^line 5: `labels:` is indented less than `name:` above it; keys of one map must line up \(yaml: All mapping items must start at the same column\)$/) as unknown, line: 5, column: 2 }),
    ]);
    expect(explain('apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\n   bad: 1\r\n')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^line 5: `bad:` is indented more than `name:` above it/) as unknown, line: 5, column: 4 }),
    ]);
  });

  it('names the rule for a key misaligned below a script', () => {
    const text = 'spec:\n  containers:\n  - name: a\n    command:\n    - |\n      echo hi\n     args: [x]\n';
    expect(explain(text)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^line 7: `args:` does not line up with the lines above it; keys of one map must start in the same column \(yaml: /) as unknown, line: 7, column: 6 }),
    ]);
  });

  it('names a tab used for indentation', () => {
    expect(explain(withImageLine('\timage: busybox:1.28'))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^line 10: a tab indents this line; YAML indents with spaces only \(yaml: Tabs are not allowed as indentation/) as unknown, line: 10, column: 1 }),
    ]);
  });

  it('names a key without its colon, with the fix, in the middle or at the end of a map', () => {
    expect(explain(withImageLine('    image busybox:1.28'))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^line 10: `image busybox:1.28` has no `:` after its key; write `image: busybox:1.28` \(yaml: /) as unknown, line: 10, column: 5 }),
    ]);
    expect(explain('spec:\n  containers:\n  - name: app\n    image busybox\n')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^line 4: `image busybox` has no `:` after its key; write `image: busybox` \(yaml: Implicit map keys need to be followed by map values\)$/) as unknown, line: 4, column: 5 }),
    ]);
    expect(explain('metadata:\n  name: p\nspec\n')[0]).toMatchObject({ message: expect.stringMatching(/^line 3: `spec` has no `:` after its key; write `spec:`/) as unknown, line: 3, column: 1 });
  });

  it('points an unterminated quote at the quote that opens it', () => {
    expect(explain(docsExampleYaml.replace('name: myapp-container', 'name: "myapp-container'))).toEqual([
      { message: 'line 9: the `"` that opens this value is never closed; end the value with `"` (yaml: Missing closing "quote)', line: 9, column: 11 },
    ]);
    expect(explain("metadata:\n  name: 'p\nspec: {}\n")).toEqual([expect.objectContaining({ line: 2, column: 9 })]);
  });

  it('points an unclosed flow list or map at its opening bracket', () => {
    expect(explain('spec:\n  containers: [a, b\n  x: 1\n')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^line 2: the `\[` opened here is never closed; end the list with `\]` \(yaml: /) as unknown, line: 2, column: 15 }),
    ]);
    expect(explain('metadata: {name: p\nspec: {}\n')).toEqual([expect.objectContaining({ message: expect.stringContaining('end the map with `}`') as unknown, line: 1, column: 11 })]);
  });

  it('names a duplicate key and where it was first set', () => {
    expect(explain(withImageLine('    image: busybox:1.28\n    image: busybox:1.29'))).toEqual([
      { message: 'line 11: `image` is set twice in this map (first on line 10); keep one of them (yaml: Map keys must be unique)', line: 11, column: 5 },
    ]);
  });

  it('names a list item at the wrong level, against the item above it', () => {
    expect(explain(docsExampleYaml.replace('  - name: init-mydb', ' - name: init-mydb'))).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^line 16: the list item `- name: init-mydb` is indented less than `- name: init-myservice` on line 13; items of one list must line up \(yaml: /) as unknown,
        line: 16,
        column: 2,
      }),
    ]);
    expect(explain(docsExampleYaml.replace('  - name: init-mydb', '   - name: init-mydb'))).toEqual([
      expect.objectContaining({ message: expect.stringContaining('is indented more than `- name: init-myservice` on line 13') as unknown, line: 16, column: 4 }),
    ]);
  });

  it('names a value holding a colon and suggests quotes', () => {
    expect(explain('metadata:\n  name: a: b\n')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^line 2: the value `a: b` contains `: `, which starts a map; put the value in quotes: `"a: b"`/) as unknown, line: 2, column: 9 }),
    ]);
  });

  it('names text after a closing quote and a list on its key line', () => {
    expect(explain('metadata:\n  name: "a" b\n')[0]).toMatchObject({ message: expect.stringContaining('text follows the closing quote') as unknown, line: 2, column: 13 });
    expect(explain('a: - b\n')[0]).toMatchObject({ message: expect.stringContaining('a list cannot start on the same line as its key') as unknown, line: 1, column: 4 });
  });

  it('reports one problem per document, plus every duplicate key', () => {
    const two = `${withImageLine('      image: busybox:1.28')}---\na: 1\na: 2\n---\nb: [1\n`;
    expect(explain(two).map((p) => p.line)).toEqual([10, 48, 50]);
  });
});
