import { lazy, Suspense, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { encodeShareState } from '../../share/shareCodec';
import type { EmbedOptions } from '../../share/embedOptions';
import { selectErrors, selectStale, selectText } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import { shareStateOf } from '../../store/urlSync';
import { useTheme } from '../chrome/useTheme';
import { PlaybackControls } from '../playback/PlaybackControls';
import { HaltNote } from '../panes/HaltNote';
import { PodStatusChip } from '../playback/PodStatusChip';
import { usePlaybackClock } from '../playback/usePlaybackClock';
import { selectQuizOn } from '../../store/slices/quiz';
import { QuizCard } from '../quiz/QuizCard';
import { QuizToggle } from '../quiz/QuizToggle';
import { VersionPicker } from '../chrome/VersionPicker';
import { Timeline } from '../timeline/Timeline';
import { EmbedEmptyState } from './EmbedEmptyState';
import { YamlView } from './YamlView';
import './embed.css';

const ScenarioEditor = lazy(() => import('../editor/ScenarioEditor'));

/** Whether the embed has its scenario: given (hash or host page), still waiting for the host page, or missing. */
export type EmbedScenario = 'given' | 'waiting' | 'missing';

/** The embed view: timeline with controls, no app chrome; the editor only after a click. */
export function EmbedApp({ store, options, error, scenario, playgroundUrl }: {
  store: PlaygroundStore; options: EmbedOptions; error?: string; scenario: EmbedScenario; playgroundUrl: string;
}) {
  const theme = useTheme(store);
  usePlaybackClock(store);
  const text = useStore(store, selectText);
  const quizOn = useStore(store, selectQuizOn);
  const stale = useStore(store, selectStale);
  const [firstError] = useStore(store, selectErrors);
  const [editing, setEditing] = useState(false);
  // `predict`: a docs page's quiz; the mode is switched on once, the reader may switch it off.
  useEffect(() => { if (options.predict) store.getState().setQuizOn(true); }, [store, options.predict]);
  // Built when the reader reaches for the link (hover, press, focus, tap), so it carries the playhead of
  // that moment, and a long text is not compressed again on every change of the embed.
  const openHref = () => `${playgroundUrl}#${encodeShareState(shareStateOf(store.getState(), true))}`;
  const refresh = (e: { currentTarget: HTMLAnchorElement }) => { e.currentTarget.href = openHref(); };
  return (
    <div className={`embed embed-${options.view}${quizOn ? ' quiz-on' : ''}`}>
      {error && <p className="embed-error" role="alert" data-testid="embed-error">{error}</p>}
      {scenario === 'waiting' ? (!error && <p className="empty">Waiting for the scenario…</p>)
        : scenario === 'missing' ? (!error && <EmbedEmptyState playgroundUrl={playgroundUrl} />)
          : error && text === '' ? null : (
        <>
          <div className="embed-bar">
            <PodStatusChip store={store} />
            {options.predict && <QuizToggle store={store} />}
            <VersionPicker store={store} readOnly={options.readonly} />
            <a className="open-link" href={playgroundUrl} target="_blank" rel="noopener noreferrer" onMouseEnter={refresh} onMouseDown={refresh} onTouchStart={refresh} onFocus={refresh} onClick={refresh}>Open in playground ↗</a>
          </div>
          {stale && firstError && (
            <p className="stale-note" role="status">The scenario is not simulated: line {firstError.line}, column {firstError.column}: {firstError.path ? `${firstError.path}: ` : ''}{firstError.message}</p>
          )}
          <HaltNote store={store} />
          {options.controls && <PlaybackControls store={store} />}
          <QuizCard store={store} />
          <div className="embed-body">
            {options.view === 'split' && (
              <div className="embed-source">
                {editing ? (
                  <Suspense fallback={<pre className="yaml-view">{text}</pre>}>
                    <ScenarioEditor value={text} onChange={(v) => store.getState().setText(v)} diagnostics={[]} theme={theme} ariaLabel="Scenario YAML" />
                  </Suspense>
                ) : (
                  <>
                    <YamlView text={text} />
                    {!options.readonly && <button type="button" className="edit-button" onClick={() => setEditing(true)}>Edit</button>}
                  </>
                )}
              </div>
            )}
            <Timeline store={store} />
          </div>
        </>
      )}
    </div>
  );
}
