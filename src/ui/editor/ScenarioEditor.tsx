// The scenario editor: Monaco with monaco-yaml's schema completion and hover, the host's
// diagnostics as its only markers (so a squiggle says what the Problems list says), and quick fixes. Load it with
// `React.lazy(() => import('./editor/ScenarioEditor'))` so Monaco stays out of the main bundle.
//
// Keyboard: Tab indents, as in any code editor. To leave the editor press Escape, then Tab (or
// Shift+Tab). Ctrl+M (Ctrl+Shift+M on macOS) toggles Monaco's "Tab moves focus" mode for every
// editor on the page; F1 lists all commands.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { baseEditorOptions, createScenarioModel, enableEscapeThenTab, monaco } from './monaco';
import { toMarkerSpecs } from './markers';
import { computeMinimalEdit, createEchoFilter } from './textSync';
import type { EditorApi, ScenarioEditorProps } from './types';
import './editor.css';

// Marker owner for the host's diagnostics; monaco-yaml's own validation is off (see monaco.ts).
const markerOwner = 'playground';

// Monaco's own themes with the page's panel colours (styles.css --panel), so the editor matches its pane.
monaco.editor.defineTheme('playground-light', { base: 'vs', inherit: true, rules: [], colors: { 'editor.background': '#ffffff', 'editorGutter.background': '#ffffff' } });
monaco.editor.defineTheme('playground-dark', { base: 'vs-dark', inherit: true, rules: [], colors: { 'editor.background': '#161b22', 'editorGutter.background': '#161b22', 'minimap.background': '#161b22' } });

const themeName = (theme: ScenarioEditorProps['theme']) => (theme === 'dark' ? 'playground-dark' : 'playground-light');

/** The Monaco YAML editor for the scenario text (default export, for React.lazy). */
export default function ScenarioEditor(props: ScenarioEditorProps) {
  const { value, diagnostics, theme, readOnly = false, ariaLabel = 'Scenario YAML' } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const latest = useRef(props);
  const applyingHostValue = useRef(false);
  const [echo] = useState(createEchoFilter);

  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return undefined;
    const initial = latest.current;
    const model = createScenarioModel(initial.value);
    const editor = monaco.editor.create(host, {
      ...baseEditorOptions(),
      model,
      theme: themeName(initial.theme),
      readOnly: initial.readOnly ?? false,
      tabFocusMode: initial.readOnly ?? false,
      ariaLabel: initial.ariaLabel ?? 'Scenario YAML',
    });
    editorRef.current = editor;
    const subscriptions = [
      model.onDidChangeContent(() => {
        if (applyingHostValue.current) return;
        const text = model.getValue();
        echo.noteEmitted(text);
        latest.current.onChange(text);
      }),
      enableEscapeThenTab(editor, () => latest.current.readOnly ?? false),
    ];
    let disposed = false;
    // Once the editor is gone (unmounted), a host holding on to the api gets no-ops, not errors.
    const api: EditorApi = {
      revealPosition(line, column) {
        if (disposed) return;
        const position = model.validatePosition({ lineNumber: line, column });
        editor.setPosition(position);
        editor.revealPositionInCenterIfOutsideViewport(position);
      },
      focus: () => {
        if (!disposed) editor.focus();
      },
      getValue: () => (disposed ? latest.current.value : model.getValue()),
    };
    latest.current.onReady?.(api);
    return () => {
      disposed = true;
      subscriptions.forEach((s) => s.dispose());
      editorRef.current = null;
      editor.dispose();
      model.dispose();
    };
  }, [echo]);

  // A new `value` from the host (a gallery pick, an appended event) replaces only the changed
  // span, as one undo step, without calling onChange. A value the editor itself emitted earlier
  // (a debounced host catching up) is ignored so it cannot overwrite newer typing.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const current = model.getValue();
    if (current === value || echo.isEcho(value)) return;
    const edit = computeMinimalEdit(current, value);
    if (!edit) return;
    const start = model.getPositionAt(edit.start);
    const end = model.getPositionAt(edit.end);
    const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
    applyingHostValue.current = true;
    try {
      model.pushStackElement();
      model.pushEditOperations(editor.getSelections(), [{ range, text: edit.text }], () => null);
      model.pushStackElement();
    } finally {
      applyingHostValue.current = false;
    }
    echo.reset();
  }, [value, echo]);

  // Declared after the value effect so a new text and its diagnostics are applied in that order.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const markers = toMarkerSpecs(diagnostics, model.getLinesContent()).map(({ severity, ...rest }) => ({
      ...rest,
      severity: severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    }));
    monaco.editor.setModelMarkers(model, markerOwner, markers);
  }, [diagnostics]);

  useEffect(() => {
    monaco.editor.setTheme(themeName(theme));
  }, [theme]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, ariaLabel, tabFocusMode: readOnly });
  }, [readOnly, ariaLabel]);

  return <div ref={hostRef} className="scenario-editor" data-testid="scenario-editor" style={{ flex: 1, minWidth: 0, minHeight: 0, height: '100%' }} />;
}
