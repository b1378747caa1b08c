import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { selectDiagnostics, selectText } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import type { EditorApi } from '../editor/types';
import { Pane } from '../layout/Pane';
import { ProblemsList } from './ProblemsList';

const ScenarioEditor = lazy(() => import('../editor/ScenarioEditor'));

/**
 * Waits for the first paint and the simulator's first answer (the timeline on screen), so that the
 * timeline never waits for Monaco's download; after a few seconds Monaco loads anyway.
 */
function useAfterFirstTimeline(store: PlaygroundStore): boolean {
  const simulating = useStore(store, (s) => s.simulating);
  const [painted, setPainted] = useState(false);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => { timer = window.setTimeout(() => setPainted(true), 0); });
    const late = window.setTimeout(() => setReady(true), 4000);
    return () => { cancelAnimationFrame(frame); clearTimeout(timer); clearTimeout(late); };
  }, []);
  useEffect(() => {
    if (!painted || simulating) return undefined;
    // One more frame, so the answer's timeline is painted before the download starts.
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, [painted, simulating]);
  return ready;
}

/** The scenario editor: an editable plain view at once, Monaco when it has loaded, and the problems. */
export function EditorPane({ store, theme }: { store: PlaygroundStore; theme: 'light' | 'dark' }) {
  const text = useStore(store, selectText);
  const diagnostics = useStore(store, selectDiagnostics);
  const api = useRef<EditorApi | null>(null);
  const placeholder = useRef<HTMLTextAreaElement>(null);
  const load = useAfterFirstTimeline(store);
  const setText = (value: string) => store.getState().setText(value);
  const reveal = (line: number, column: number) => {
    if (api.current) { api.current.revealPosition(line, column); api.current.focus(); return; }
    const el = placeholder.current;
    if (!el) return;
    const lines = el.value.split('\n');
    const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
    el.focus();
    el.setSelectionRange(offset, offset);
  };
  const fallback = (
    <textarea ref={placeholder} className="yaml-view" aria-label="Scenario YAML" spellCheck={false} value={text}
      onChange={(e) => setText(e.target.value)} data-testid="yaml-placeholder" />
  );
  return (
    <Pane id="editor" title="Scenario">
      <div className="editor-host">
        {load ? (
          <Suspense fallback={fallback}>
            <ScenarioEditor value={text} onChange={setText} diagnostics={diagnostics} theme={theme} ariaLabel="Scenario YAML"
              onReady={(a) => { api.current = a; }} />
          </Suspense>
        ) : fallback}
      </div>
      <ProblemsList diagnostics={diagnostics} onSelect={reveal} />
    </Pane>
  );
}
