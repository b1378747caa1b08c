import { useStore } from 'zustand';
import { formatStepTime } from '../../engine/views/stepTime';
import { selectNarration } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import { LessonSteps } from './LessonSteps';
import { NarrationBody } from './NarrationBody';
import './narration.css';

/**
 * What the trace says about the playhead: what just happened and why, what each waiting container
 * waits for, and (unless `hideNext`, as a quiz does before it reveals) what happens next and when;
 * above it, for a gallery example, the lesson's steps.
 */
export function ExplanationPanel({ store, hideNext = false }: { store: PlaygroundStore; hideNext?: boolean }) {
  const narration = useStore(store, selectNarration);
  return (
    <section className="pane pane-explanation" aria-label="Explanation" data-testid="explanation">
      <div className="pane-bar">
        <h2 className="pane-title">Explanation</h2>
        {narration && <span className="explanation-at">at {formatStepTime(narration.t)}</span>}
      </div>
      {/* Screen readers hear the step's one sentence; the panel below holds the whole story. */}
      <p className="visually-hidden" aria-live="polite" data-testid="explanation-live">{narration?.step !== undefined && narration.caption ? `At ${formatStepTime(narration.step)}: ${narration.caption}` : ''}</p>
      {/* Focusable so that keyboard users can scroll a long explanation. */}
      <div className="explanation-body" role="group" tabIndex={0} aria-label="Explanation at the playhead">
        <LessonSteps store={store} hideFuture={hideNext} />
        <div className="explanation-story">{narration ? <NarrationBody narration={narration} hideNext={hideNext} /> : <Empty />}</div>
      </div>
    </section>
  );
}

function Empty() {
  return <p className="explanation-empty">Nothing to explain yet: the scenario has not been simulated.</p>;
}
