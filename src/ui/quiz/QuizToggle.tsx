import { useStore } from 'zustand';
import { selectQuizAnswered, selectQuizOn, selectQuizRight } from '../../store/slices/quiz';
import type { PlaygroundStore } from '../../store/store';
import './quiz.css';

/** The "Guess first" switch, with the score once something was answered. */
export function QuizToggle({ store }: { store: PlaygroundStore }) {
  const on = useStore(store, selectQuizOn);
  const answered = useStore(store, selectQuizAnswered);
  const right = useStore(store, selectQuizRight);
  const s = () => store.getState();
  return (
    <div className="quiz-toggle" role="group" aria-label="Guess first">
      <button type="button" className={on ? 'quiz-switch on' : 'quiz-switch'} aria-pressed={on}
        title="Stop before each change and guess what happens next" onClick={() => s().setQuizOn(!on)}>
        <span aria-hidden="true" className="quiz-switch-knob" />Guess first
      </button>
      {on && answered > 0 && (
        <>
          <span className="quiz-score" data-testid="quiz-score" aria-live="polite">{right} of {answered} right</span>
          <button type="button" className="quiz-reset" onClick={() => s().resetQuiz()}>Start over</button>
        </>
      )}
    </div>
  );
}
