import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useStore } from 'zustand';
import { selectOpenQuestion, selectQuizOn } from '../store/slices/quiz';
import { selectDiagnostics } from '../store/selectors';
import type { PlaygroundStore } from '../store/store';
import { Header } from './chrome/Header';
import { HelpOverlay } from './chrome/HelpOverlay';
import { NoticeBar } from './chrome/NoticeBar';
import { ShareDialog } from './chrome/ShareDialog';
import { useKeyboardShortcuts } from './chrome/useKeyboardShortcuts';
import { useTheme } from './chrome/useTheme';
import { paneId } from './layout/Pane';
import { SkipLink } from './layout/SkipLink';
import { phoneLayoutQuery, useMediaQuery } from './layout/useMediaQuery';
import { WorkspaceGroup, WorkspaceTabs, type WorkspaceTab, type WorkspaceTabSpec } from './layout/WorkspaceTabs';
import { EditorPane } from './panes/EditorPane';
import { ExplanationPanel } from './narration/ExplanationPanel';
import { InspectorPane } from './panes/InspectorPane';
import { TimelinePane } from './panes/TimelinePane';
import { usePlaybackClock } from './playback/usePlaybackClock';

/** The YAML tab's mark: how many errors the Problems list holds, which a phone would not show otherwise. */
function useYamlBadge(store: PlaygroundStore): WorkspaceTabSpec['badge'] {
  const errors = useStore(store, (s) => selectDiagnostics(s).filter((d) => d.severity === 'error').length);
  return errors ? { text: String(errors), spoken: `${errors} error${errors === 1 ? '' : 's'}` } : undefined;
}

/** The playground: header, editor, timeline and inspector; on a phone one of them at a time, in tabs. */
export function App({ store }: { store: PlaygroundStore }) {
  const theme = useTheme(store);
  usePlaybackClock(store);
  useKeyboardShortcuts(store);
  const quizOn = useStore(store, selectQuizOn);
  const quizOpen = useStore(store, (s) => selectOpenQuestion(s) !== undefined);
  const phone = useMediaQuery(phoneLayoutQuery);
  const [tab, setTab] = useState<WorkspaceTab>('timeline');
  const badge = useYamlBadge(store);
  const tabs: WorkspaceTabSpec[] = [{ id: 'timeline', label: 'Timeline' }, { id: 'kubectl', label: 'kubectl' }, { id: 'yaml', label: 'YAML', badge }];
  const skipToTimeline = () => {
    // The timeline's tab is shown before its pane takes the focus.
    flushSync(() => setTab('timeline'));
    document.getElementById(paneId('timeline'))?.focus();
  };
  const group = (id: WorkspaceTab) => ({ id, phone, active: tab === id });
  return (
    <div className="app">
      <SkipLink href={`#${paneId('timeline')}`} onSkip={skipToTimeline}>Skip to timeline</SkipLink>
      <Header store={store} />
      <NoticeBar store={store} />
      {/* Classes, not `:has()` in the style sheets: a `:has()` on the workspace makes every edit in the
          editor recompute the workspace's styles. */}
      <main className={`workspace with-explanation${quizOn ? ' quiz-on' : ''}${quizOpen ? ' quiz-open' : ''}`}>
        {phone && <WorkspaceTabs tabs={tabs} active={tab} onChange={setTab} />}
        {/* The Tab order follows the screen: editor (left), timeline, explanation, inspector. Monaco keeps
            Tab for indenting (Escape then Tab, or Ctrl+M, moves on); the skip link jumps past it. */}
        <WorkspaceGroup {...group('yaml')}>
          <EditorPane store={store} theme={theme} />
        </WorkspaceGroup>
        <WorkspaceGroup {...group('timeline')}>
          <TimelinePane store={store} />
          {/* While guessing, "Next" would give the answers away. */}
          <ExplanationPanel store={store} hideNext={quizOn} />
        </WorkspaceGroup>
        <WorkspaceGroup {...group('kubectl')}>
          <InspectorPane store={store} />
        </WorkspaceGroup>
      </main>
      <HelpOverlay store={store} />
      <ShareDialog store={store} />
    </div>
  );
}
