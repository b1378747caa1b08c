// Monaco code actions ("Quick Fix", Ctrl+.) for the engine's markers; the fixes themselves are
// computed by the pure quickFixes module.
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import { quickFixesFor } from './quickFixes';

/** Registers the quick fixes for every YAML model on the page; call once. */
export function registerQuickFixes(monaco: typeof Monaco): Monaco.IDisposable {
  return monaco.languages.registerCodeActionProvider(
    'yaml',
    {
      provideCodeActions(model, _range, context) {
        const text = model.getValue();
        const actions: Monaco.languages.CodeAction[] = context.markers.flatMap((marker) =>
          quickFixesFor({ message: marker.message, line: marker.startLineNumber, column: marker.startColumn }, text).map((fix) => ({
            title: fix.title,
            kind: 'quickfix',
            isPreferred: fix.isPreferred,
            diagnostics: [marker],
            edit: { edits: [{ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: fix.edit, text: fix.edit.text } }] },
          })),
        );
        return { actions, dispose: () => undefined };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}
