import { describe, expect, it } from 'vitest';
import { createTestStore } from '../testing';
import { selectOpenQuestion, selectQuizAnswered, selectQuizQuestions, selectQuizRight } from './quiz';

/** Plays in big wall-clock steps until playback stops (at a question or the end). */
function playUntilStopped(store: ReturnType<typeof createTestStore>) {
  store.getState().play();
  for (let i = 0; i < 10_000 && store.getState().playing; i++) store.getState().advance(100);
}

describe('quiz slice', () => {
  it('stops playback just before the first question and opens it', () => {
    const store = createTestStore({ overrides: { quizOn: true } });
    const first = selectQuizQuestions(store.getState())[0];
    playUntilStopped(store);
    expect(store.getState().playing).toBe(false);
    expect(store.getState().t).toBe(first?.askAt);
    expect(selectOpenQuestion(store.getState())?.id).toBe(first?.id);
  });

  it('counts a wrong and a right answer, and plays on to the next question', () => {
    const store = createTestStore({ overrides: { quizOn: true } });
    playUntilStopped(store);
    const q1 = selectOpenQuestion(store.getState());
    store.getState().answerQuiz(((q1?.answer ?? 0) + 1) % (q1?.choices.length ?? 1));
    store.getState().answerQuiz(q1?.answer ?? 0); // a second answer does not count
    expect([selectQuizRight(store.getState()), selectQuizAnswered(store.getState())]).toEqual([0, 1]);
    store.getState().continueQuiz();
    expect(store.getState().playing).toBe(true);
    playUntilStopped(store);
    const q2 = selectOpenQuestion(store.getState());
    expect(q2?.id).not.toBe(q1?.id);
    store.getState().answerQuiz(q2?.answer ?? 0);
    expect([selectQuizRight(store.getState()), selectQuizAnswered(store.getState())]).toEqual([1, 2]);
  });

  it('does not ask answered questions again on a replay, until reset', () => {
    const store = createTestStore({ overrides: { quizOn: true } });
    playUntilStopped(store);
    const q1 = selectOpenQuestion(store.getState());
    store.getState().answerQuiz(0);
    store.getState().seek(0);
    playUntilStopped(store);
    expect(selectOpenQuestion(store.getState())?.id).not.toBe(q1?.id);
    store.getState().resetQuiz();
    store.getState().seek(0);
    playUntilStopped(store);
    expect(selectOpenQuestion(store.getState())?.id).toBe(q1?.id);
  });

  it('never stops playback while the mode is off', () => {
    const store = createTestStore();
    playUntilStopped(store);
    expect(store.getState().t).toBe(store.getState().trace?.horizon);
    expect(selectOpenQuestion(store.getState())).toBeUndefined();
  });

  it('starts a fresh score when the scenario changes', () => {
    const store = createTestStore({ overrides: { quizOn: true } });
    playUntilStopped(store);
    store.getState().answerQuiz(0);
    store.getState().setText(store.getState().text.replace('sleep 2', 'sleep 3'));
    expect(selectQuizAnswered(store.getState())).toBe(0);
  });

  it('keeps the score through an edit to a comment, which simulates nothing new', () => {
    const store = createTestStore({ overrides: { quizOn: true } });
    playUntilStopped(store);
    store.getState().answerQuiz(0);
    store.getState().setText(`${store.getState().text}\n# edited\n`);
    expect(selectQuizAnswered(store.getState())).toBe(1);
  });
});
