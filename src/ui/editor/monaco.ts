// The only module that loads Monaco and monaco-yaml (see docs/architecture.md): workers, the
// YAML language service with the scenario schema, and editor-wide settings. Imported by
// ScenarioEditor, so all of it, the schema included, lands in the lazily loaded editor chunk.
import './monacoFeatures';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import { configureMonacoYaml, type JSONSchema } from 'monaco-yaml';
import { registerQuickFixes } from './codeActions';
import schema from './scenario.schema.json';
import { installMonacoEnvironment, withLabelledWorkers } from './workers';

export { monaco };

/** Where the schema is registered; a file-like name, or monaco-yaml would try to fetch it. */
export const schemaUri = 'inmemory://playground/scenario.schema.json';

installMonacoEnvironment();

// One configuration for the whole page: monaco-yaml supports a single instance.
configureMonacoYaml(withLabelledWorkers(monaco), {
  enableSchemaRequest: false,
  hover: true,
  // The source line would link to the schema's in-memory address, which means nothing to a reader.
  hoverSchemaSource: false,
  completion: true,
  // Markers come from the engine alone (the API server's wording, one per finding); the schema still drives completion and hover.
  validate: false,
  format: { enable: true },
  schemas: [{ uri: schemaUri, fileMatch: ['*'], schema: schema as JSONSchema }],
});
registerQuickFixes(monaco);

let modelCount = 0;

/** A YAML model under a URI of its own (the schema matches every model), so editors can coexist. */
export function createScenarioModel(text: string): monaco.editor.ITextModel {
  modelCount += 1;
  return monaco.editor.createModel(text, 'yaml', monaco.Uri.parse(`inmemory://playground/scenario-${modelCount}.yaml`));
}

const fallbackMono = "ui-monospace, 'DejaVu Sans Mono', 'Cascadia Mono', Menlo, Consolas, monospace";

/** Options that make the editor line up with the `<pre class="yaml-view">` placeholder it replaces. */
export function baseEditorOptions(): monaco.editor.IStandaloneEditorConstructionOptions {
  const mono = getComputedStyle(document.documentElement).getPropertyValue('--mono').trim();
  return {
    fontFamily: mono || fallbackMono,
    fontSize: 13,
    lineHeight: 19,
    padding: { top: 4 },
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    tabSize: 2,
    insertSpaces: true,
    detectIndentation: false,
    accessibilitySupport: 'auto',
    renderLineHighlightOnlyWhenFocus: true,
    // YAML keys and values tokenize as strings, where Monaco's default offers no suggestions.
    quickSuggestions: { other: true, comments: false, strings: true },
    fixedOverflowWidgets: true,
  };
}

const modifierKeys = new Set([monaco.KeyCode.Shift, monaco.KeyCode.Ctrl, monaco.KeyCode.Alt, monaco.KeyCode.Meta]);

/**
 * Escape then Tab (or Shift+Tab) moves focus out of the editor, as in CodeMirror; Tab alone keeps
 * indenting. Escape turns on Monaco's per-editor `tabFocusMode` until the next other key or blur.
 * `lockedOn` says whether tab focus mode is on anyway (a read-only editor has nothing to indent).
 */
export function enableEscapeThenTab(editor: monaco.editor.IStandaloneCodeEditor, lockedOn: () => boolean): monaco.IDisposable {
  let armed = false;
  const arm = (on: boolean) => {
    if (armed === on) return;
    armed = on;
    editor.updateOptions({ tabFocusMode: on || lockedOn() });
  };
  const subscriptions = [
    editor.onKeyDown((e) => {
      if (e.keyCode === monaco.KeyCode.Escape) arm(true);
      else if (e.keyCode !== monaco.KeyCode.Tab && !modifierKeys.has(e.keyCode)) arm(false);
    }),
    editor.onDidBlurEditorText(() => arm(false)),
  ];
  return { dispose: () => subscriptions.forEach((s) => s.dispose()) };
}
