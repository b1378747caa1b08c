import type { QuizQuestion } from '../../engine/views/quiz';

/** Whether the guess was right, the answer with its time, and why (the rule, its trigger, what comes next). */
export function QuizReveal({ question, right }: { question: QuizQuestion; right: boolean }) {
  const why = question.why;
  return (
    <div className={right ? 'quiz-reveal right' : 'quiz-reveal wrong'} data-testid="quiz-reveal">
      <p className="quiz-verdict">
        <strong>{right ? 'Right.' : 'Not quite.'}</strong>{' '}
        {right ? '' : <>The answer is <strong>{question.choices[question.answer]}</strong>. </>}
        {question.reveal}
      </p>
      {why && (
        <p className="quiz-why">
          <span className="quiz-why-label">Why: </span>{why.rule}
          {why.trigger && <><br /><span className="quiz-why-label">Trigger: </span>{why.trigger}</>}
          {why.next && <><br /><span className="quiz-why-label">Next: </span>{why.next}</>}
        </p>
      )}
    </div>
  );
}
