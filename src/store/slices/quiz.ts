// The "Guess first" slice: while the mode is on, playback stops just before each quiz question's
// change; the learner answers, sees the right answer and its cause, and continues. Answers belong
// to the trace they were given for, so editing the scenario starts a fresh score.
import type { StateCreator } from 'zustand/vanilla';
import { buildQuiz, type QuizQuestion } from '../../engine/views/quiz';
import type { Trace } from '../../scenario/trace';
import type { PlaygroundState, QuizSlice } from '../types';

const quizzes = new WeakMap<Trace, QuizQuestion[]>();
const none: QuizQuestion[] = [];
const noAnswers: Readonly<Record<string, number>> = Object.freeze({});

/** The questions of the current trace (memoized by trace). */
export const selectQuizQuestions = (s: Pick<PlaygroundState, 'trace'>): QuizQuestion[] => {
  if (!s.trace) return none;
  let quiz = quizzes.get(s.trace);
  if (!quiz) {
    quiz = buildQuiz(s.trace);
    quizzes.set(s.trace, quiz);
  }
  return quiz;
};

/** The answers given for the current trace, by question id. */
export const selectQuizAnswers = (s: PlaygroundState): Readonly<Record<string, number>> =>
  (s.quizTrace === s.trace ? s.quizAnswers : noAnswers);

/** Whether the mode is on. */
export const selectQuizOn = (s: PlaygroundState) => s.quizOn;

/** The question playback stopped at, while the playhead is still there. */
export const selectOpenQuestion = (s: PlaygroundState): QuizQuestion | undefined => {
  if (!s.quizOn || s.quizOpen === undefined) return undefined;
  const q = selectQuizQuestions(s).find((x) => x.id === s.quizOpen);
  return q && q.askAt === s.t ? q : undefined;
};

/** Questions answered for the current trace. */
export const selectQuizAnswered = (s: PlaygroundState) => Object.keys(selectQuizAnswers(s)).length;

/** Questions answered right for the current trace. */
export const selectQuizRight = (s: PlaygroundState) => {
  const answers = selectQuizAnswers(s);
  // No answer yet (the mode is off, or the trace is new): the questions need not be built.
  if (answers === noAnswers || Object.keys(answers).length === 0) return 0;
  return selectQuizQuestions(s).filter((q) => answers[q.id] === q.answer).length;
};

/**
 * Where playback moving from `from` to `to` must stop for a question not answered yet: the
 * patch for the store, or undefined when it may go on.
 */
export function quizStopBetween(s: PlaygroundState, from: number, to: number): Partial<PlaygroundState> | undefined {
  if (!s.quizOn) return undefined;
  const answers = selectQuizAnswers(s);
  const q = selectQuizQuestions(s).find((x) => x.askAt > from && x.askAt <= to && answers[x.id] === undefined);
  return q ? { t: q.askAt, playing: false, quizOpen: q.id } : undefined;
}

/** Creates the quiz slice. */
export const createQuizSlice: StateCreator<PlaygroundState, [], [], QuizSlice> = (set, get) => ({
  quizOn: false,
  quizAnswers: {},
  setQuizOn: (quizOn) => set(quizOn ? { quizOn } : { quizOn, quizOpen: undefined }),
  answerQuiz: (choice) => {
    const s = get();
    const q = selectOpenQuestion(s);
    if (!q || choice < 0 || choice >= q.choices.length || selectQuizAnswers(s)[q.id] !== undefined) return;
    set({ quizTrace: s.trace, quizAnswers: { ...selectQuizAnswers(s), [q.id]: choice } });
  },
  continueQuiz: () => {
    set({ quizOpen: undefined });
    get().play();
  },
  resetQuiz: () => set({ quizAnswers: {}, quizTrace: undefined, quizOpen: undefined }),
});
