// Types shared by the editor and the rest of the UI. No Monaco import here: code that only needs
// these types must not pull the editor chunk into the main bundle.

/** A problem to mark in the editor; lines and columns are 1-based, as the engine reports them. */
export interface EditorDiagnostic {
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Who found it (e.g. 'engine'); shown beside the message. */
  source: string;
}

/** What the editor lets its host do once it is ready. */
export interface EditorApi {
  /** Moves the cursor to a 1-based position and scrolls it into view. */
  revealPosition(line: number, column: number): void;
  focus(): void;
  getValue(): string;
}

/** Props of the lazily loaded `ScenarioEditor` component. */
export interface ScenarioEditorProps {
  value: string;
  /** Called on every content change the user makes (not for `value` updates from the host). */
  onChange(text: string): void;
  diagnostics: EditorDiagnostic[];
  theme: 'light' | 'dark';
  readOnly?: boolean;
  onReady?(api: EditorApi): void;
  ariaLabel?: string;
}
