import { useStore } from 'zustand';
import { selectQuizOn } from '../store/slices/quiz';
import type { PlaygroundStore } from '../store/store';
import { Header } from './chrome/Header';
import { HelpOverlay } from './chrome/HelpOverlay';
import { NoticeBar } from './chrome/NoticeBar';
import { ShareDialog } from './chrome/ShareDialog';
import { useKeyboardShortcuts } from './chrome/useKeyboardShortcuts';
import { useTheme } from './chrome/useTheme';
import { EditorPane } from './panes/EditorPane';
import { ExplanationPanel } from './narration/ExplanationPanel';
import { InspectorPane } from './panes/InspectorPane';
import { TimelinePane } from './panes/TimelinePane';
import { usePlaybackClock } from './playback/usePlaybackClock';

/** The playground: header, editor, timeline and inspector. */
export function App({ store }: { store: PlaygroundStore }) {
  const theme = useTheme(store);
  usePlaybackClock(store);
  useKeyboardShortcuts(store);
  const quizOn = useStore(store, selectQuizOn);
  return (
    <div className="app">
      <Header store={store} />
      <NoticeBar store={store} />
      <main className="workspace">
        {/* Timeline first in the tab order: Monaco keeps Tab for indentation (Ctrl+M releases it). */}
        <TimelinePane store={store} />
        {/* While guessing, "Next" would give the answers away. */}
        <ExplanationPanel store={store} hideNext={quizOn} />
        <InspectorPane store={store} />
        <EditorPane store={store} theme={theme} />
      </main>
      <HelpOverlay store={store} />
      <ShareDialog store={store} />
    </div>
  );
}
