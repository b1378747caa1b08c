import { useStore } from 'zustand';
import { selectErrors, selectStale, selectTrace } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import { Pane } from '../layout/Pane';
import { HaltNote } from './HaltNote';
import { StepCaption } from '../narration/StepCaption';
import { PlaybackControls } from '../playback/PlaybackControls';
import { PodStatusChip } from '../playback/PodStatusChip';
import { WhatIfMenu } from '../playback/WhatIfMenu';
import { QuizCard } from '../quiz/QuizCard';
import { QuizToggle } from '../quiz/QuizToggle';
import { ExportMenu } from '../timeline/ExportMenu';
import { Timeline } from '../timeline/Timeline';

/** Controls, the pod's status at the playhead, and the timeline (kept, dimmed, while the text is invalid); the skip link's target. */
export function TimelinePane({ store }: { store: PlaygroundStore }) {
  const stale = useStore(store, selectStale);
  const errors = useStore(store, selectErrors);
  const trace = useStore(store, selectTrace);
  const first = errors[0];
  return (
    <Pane id="timeline" title="Timeline" focusable actions={<div className="pane-actions"><QuizToggle store={store} /><WhatIfMenu store={store} /></div>}>
      {/* In the playback row, where a phone has room for it: the pane bar would wrap to a second line. */}
      <PlaybackControls store={store}><ExportMenu store={store} /></PlaybackControls>
      <PodStatusChip store={store} />
      <QuizCard store={store} />
      {stale && first && (
        <p className="stale-note" role="status" data-testid="stale-note">
          {trace ? 'Showing the last valid scenario. ' : ''}The current text is not simulated: line {first.line}, column {first.column}: {first.path ? `${first.path}: ` : ''}{first.message}
        </p>
      )}
      <HaltNote store={store} />
      {trace?.truncated && <p className="stale-note" role="status">The simulation stopped early: {trace.warnings.at(-1)?.message}</p>}
      <StepCaption store={store} />
      <Timeline store={store} />
    </Pane>
  );
}
