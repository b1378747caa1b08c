import { useStore } from 'zustand';
import { formatStepTime } from '../../engine/views/stepTime';
import { selectNarration } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import { InlineCode } from './InlineCode';
import './narration.css';

/** The current step's sentence on one line over the timeline; the Explanation panel has the full text. */
export function StepCaption({ store }: { store: PlaygroundStore }) {
  const step = useStore(store, (s) => selectNarration(s)?.step);
  const caption = useStore(store, (s) => selectNarration(s)?.caption ?? '');
  // Not live: the Explanation panel announces the same sentence once.
  return (
    <p className="step-caption" data-testid="step-caption" title={caption || undefined}>
      {step !== undefined && caption ? (
        <><span className="step-caption-time">{formatStepTime(step)}</span><InlineCode text={caption} /></>
      ) : <span className="step-caption-empty">Step with ← → from cause to cause; the Explanation says why each change happens.</span>}
    </p>
  );
}
