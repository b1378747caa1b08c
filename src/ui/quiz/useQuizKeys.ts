import { useEffect } from 'react';
import type { QuizQuestion } from '../../engine/views/quiz';
import type { PlaygroundStore } from '../../store/store';

/** The keys of an open question, as the help overlay lists them. */
export const quizShortcuts: [keys: string, action: string][] = [
  ['1 – 4', 'Answer with choice 1 to 4'],
  ['Enter / Space', 'Continue after the answer is shown'],
];

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !!target.closest('.monaco-editor');
}

/**
 * While a question is open: 1–4 answer it, Enter or Space continue after the reveal. Listens in
 * the capture phase so that Space does not also toggle playback (the global shortcut).
 */
export function useQuizKeys(store: PlaygroundStore, question: QuizQuestion | undefined, chosen: number | undefined): void {
  useEffect(() => {
    if (!question) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      const s = store.getState();
      if (s.helpOpen || s.shareOpen) return;
      const el = e.target instanceof HTMLElement ? e.target : undefined;
      const onButton = !!el?.closest('button, a, summary, [role="tab"]');
      // Enter and Space keep their meaning on other controls, and on a focused choice.
      if ((e.key === 'Enter' || e.key === ' ') && onButton && (!el?.closest('.quiz-card') || chosen === undefined)) return;
      const n = Number(e.key);
      if (chosen === undefined && Number.isInteger(n) && n >= 1 && n <= question.choices.length) s.answerQuiz(n - 1);
      else if (chosen !== undefined && (e.key === 'Enter' || e.key === ' ')) s.continueQuiz();
      else if (chosen === undefined && e.key === ' ') { /* Space waits for an answer instead of playing on */ }
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store, question, chosen]);
}
