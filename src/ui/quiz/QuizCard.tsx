import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { QuizQuestion } from '../../engine/views/quiz';
import { selectOpenQuestion, selectQuizAnswers } from '../../store/slices/quiz';
import type { PlaygroundState } from '../../store/types';
import type { PlaygroundStore } from '../../store/store';
import { QuizReveal } from './QuizReveal';
import { useQuizKeys } from './useQuizKeys';
import './quiz.css';

const selectChosen = (s: PlaygroundState): number | undefined => {
  const q = selectOpenQuestion(s);
  return q ? selectQuizAnswers(s)[q.id] : undefined;
};

function choiceClass(q: QuizQuestion, i: number, chosen: number | undefined): string {
  if (chosen === undefined) return 'quiz-choice';
  if (i === q.answer) return 'quiz-choice right';
  return i === chosen ? 'quiz-choice wrong' : 'quiz-choice';
}

/** The open question: choices as buttons (keys 1–4), then the right answer with its cause and Continue. */
export function QuizCard({ store }: { store: PlaygroundStore }) {
  const q = useStore(store, selectOpenQuestion);
  const chosen = useStore(store, selectChosen);
  const card = useRef<HTMLElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  useQuizKeys(store, q, chosen);
  // The question takes focus so that it is announced and the keys reach it; the reveal hands it to Continue.
  useEffect(() => { if (q) card.current?.focus({ preventScroll: true }); }, [q]);
  useEffect(() => { if (chosen !== undefined) next.current?.focus({ preventScroll: true }); }, [chosen]);
  const s = () => store.getState();
  return (
    <>
      {q && (
        <section ref={card} className="quiz-card" aria-labelledby="quiz-title" tabIndex={-1} data-testid="quiz-card">
          <div className="quiz-head">
            <h3 id="quiz-title" className="quiz-title">What happens next?</h3>
            <p className="quiz-prompt">{q.prompt}</p>
          </div>
          <ol className="quiz-choices">
            {q.choices.map((choice, i) => (
              <li key={choice}>
                <button type="button" className={choiceClass(q, i, chosen)} disabled={chosen !== undefined} onClick={() => s().answerQuiz(i)}
                  aria-keyshortcuts={String(i + 1)}>
                  <kbd aria-hidden="true">{i + 1}</kbd> {choice}
                  {chosen !== undefined && i === q.answer && <span className="quiz-mark"> ✓<span className="visually-hidden"> right answer</span></span>}
                  {chosen !== undefined && i === chosen && i !== q.answer && <span className="quiz-mark"> ✗<span className="visually-hidden"> your answer</span></span>}
                </button>
              </li>
            ))}
          </ol>
          <div className="quiz-foot">
            <div aria-live="polite" className="quiz-live">
              {chosen !== undefined && <QuizReveal question={q} right={chosen === q.answer} />}
            </div>
            {chosen === undefined
              ? <><span className="quiz-hint">Press 1–{q.choices.length} to answer.</span><button type="button" onClick={() => s().continueQuiz()}>Skip</button></>
              : <button ref={next} type="button" className="quiz-continue" onClick={() => s().continueQuiz()}>Continue <kbd aria-hidden="true">Enter</kbd></button>}
          </div>
        </section>
      )}
    </>
  );
}
