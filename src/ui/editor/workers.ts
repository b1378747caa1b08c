// Monaco's web workers, bundled by Vite from `?worker` imports: no CDN, no blob URLs.
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker.ts?worker';

/** A new worker for a Monaco worker label: monaco-yaml's language service or the editor's own. */
export function createWorker(label: string): Worker {
  return label === 'yaml' ? new YamlWorker() : new EditorWorker();
}

/** Tells Monaco where its workers come from (the editor worker asks through this). */
export function installMonacoEnvironment(): void {
  globalThis.MonacoEnvironment = { getWorker: (_moduleId: string, label: string) => createWorker(label) };
}

type WorkerOptions = Monaco.editor.IWebWorkerOptions | Monaco.editor.IInternalWebWorkerOptions;

/**
 * monaco-yaml (through monaco-worker-manager) calls `createWebWorker({ moduleId, label,
 * createData })`, a form only the full `monaco-editor` entry (editor.main.js) adds on top of
 * editor.api.js, which takes `{ worker }`. This returns the API with that form restored, the way
 * editor.main.js does it: the worker's bootstrap skips one message, then takes createData.
 */
export function withLabelledWorkers(monaco: typeof Monaco): typeof Monaco {
  function createWebWorker<T extends object>(options: WorkerOptions): Monaco.editor.MonacoWebWorker<T> {
    if ('worker' in options) return monaco.editor.createWebWorker<T>(options);
    const worker = createWorker(options.label ?? '');
    worker.postMessage('ignore');
    worker.postMessage(options.createData);
    return monaco.editor.createWebWorker<T>({ worker, host: options.host, keepIdleModels: options.keepIdleModels });
  }
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } };
}
