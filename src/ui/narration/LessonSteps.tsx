import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { currentLessonStep, placeLessonSteps, type LessonStepAt } from '../../engine/views/lessonSteps';
import { formatStepTime } from '../../engine/views/stepTime';
import { findGalleryEntry, type GalleryEntry } from '../../scenario/gallery';
import { selectGalleryId, selectText, selectTrace } from '../../store/selectors';
import type { PlaygroundState } from '../../store/types';
import type { PlaygroundStore } from '../../store/store';
import { InlineCode } from './InlineCode';
import './lessonSteps.css';

/** The gallery example being shown, while its text is still the example's own. */
const selectLessonEntry = (s: PlaygroundState): GalleryEntry | undefined => {
  const id = selectGalleryId(s);
  const entry = id === undefined ? undefined : findGalleryEntry(id);
  return entry?.yaml === selectText(s) ? entry : undefined;
};

/** Scrolls a Lesson that scrolls by itself (beside the narration) so that its current step shows. */
function keepCurrentInView(details: HTMLDetailsElement | null): void {
  const step = details?.querySelector('[aria-current="step"]');
  if (!details || !step || details.scrollHeight <= details.clientHeight) return;
  const outer = details.getBoundingClientRect();
  const inner = step.getBoundingClientRect();
  // The summary sticks to the top of the scrolling Lesson: a step under it is hidden too.
  const top = details.querySelector('summary')?.getBoundingClientRect().bottom ?? outer.top;
  // Brought to the top rather than the bottom: the steps still to come are what a learner reads next.
  if (inner.top < top || inner.bottom > outer.bottom) details.scrollTop += inner.top - top - 4;
}

/**
 * A gallery example's lesson as a collapsed list of its narrated steps, each a button that moves
 * the playhead to its change; `hideFuture` (Guess first) keeps steps after the playhead unsaid.
 */
export function LessonSteps({ store, hideFuture }: { store: PlaygroundStore; hideFuture: boolean }) {
  const entry = useStore(store, selectLessonEntry);
  const trace = useStore(store, selectTrace);
  const placed = useMemo(() => (entry ? placeLessonSteps(trace, entry.steps) : []), [entry, trace]);
  // A number, so that playback re-renders the list only when the playhead passes a step.
  const latest = useStore(store, (s) => currentLessonStep(placed, s.t));
  const [open, setOpen] = useState(false);
  // Steps can share an instant (an exit and the STATUS it changes): the one clicked stays current.
  const [chosen, setChosen] = useState<{ placed: LessonStepAt[]; i: number }>();
  const current = chosen?.placed === placed && placed[chosen.i]?.t === placed[latest]?.t ? chosen.i : latest;
  const box = useRef<HTMLDetailsElement>(null);
  useEffect(() => keepCurrentInView(box.current), [current, open]);
  if (!entry || placed.length === 0) return null;
  const shown = hideFuture ? placed.slice(0, current + 1) : placed;
  const go = (i: number, t: number) => {
    const s = store.getState();
    setChosen({ placed, i });
    s.pause();
    s.seek(t);
  };
  return (
    <details ref={box} className="lesson-steps" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="lesson-steps">
      <summary>
        <span className="lesson-steps-label">Lesson</span>
        <span className="lesson-steps-title" title={entry.title}>{entry.title}</span>
        <span className="lesson-steps-count">{current < 0 ? `${placed.length} steps` : `step ${current + 1} of ${placed.length}`}</span>
      </summary>
      <p className="lesson-steps-line">{entry.lesson}</p>
      <ol aria-label="Lesson steps">
        {shown.map((p, i) => (
          <li key={i}>
            {p.t === undefined ? <span className="lesson-step lesson-step-unmatched"><InlineCode text={p.note} /> <em>(not in this run)</em></span> : (
              <button type="button" className="lesson-step" aria-current={i === current ? 'step' : undefined} onClick={() => go(i, p.t ?? 0)}>
                <span className="lesson-step-time">{formatStepTime(p.t)}</span> — <InlineCode text={p.note} />
              </button>
            )}
          </li>
        ))}
      </ol>
      {shown.length < placed.length && (
        <p className="lesson-steps-hidden">{placed.length - shown.length === 1 ? 'One more step comes' : `${placed.length - shown.length} more steps come`} later: guess first.</p>
      )}
    </details>
  );
}
