import type { Page } from '@playwright/test';
import { test, expect, expectNoProblems } from './fixtures';
import { PlaygroundPage } from './playgroundPage';
import { docsExampleYaml } from '../src/scenario/docsExample';
import { simulateScenario } from '../src/engine/simulate';
import { buildQuiz } from '../src/engine/views/quiz';
import { isRejection } from '../src/scenario/trace';
import { encodeShareState } from '../src/share/shareCodec';

const result = simulateScenario(docsExampleYaml);
if (isRejection(result)) throw new Error('the docs example is rejected');
const [first, second] = buildQuiz(result);
if (!first || !second) throw new Error('the docs example has fewer than two questions');
const shots = '.tmp/shots-quiz';

/** Answers the open question wrong, then right after Enter, checking what each reveal says. */
async function roundTrip(page: Page) {
  const card = page.getByRole('region', { name: 'What happens next?' });
  await expect(card).toBeVisible({ timeout: 15_000 });
  await expect(card).toContainText(first?.prompt ?? '');
  // Playback is stopped at the instant before the change.
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const before = await page.getByRole('slider', { name: 'Playhead' }).inputValue();
  await page.waitForTimeout(300);
  expect(await page.getByRole('slider', { name: 'Playhead' }).inputValue()).toBe(before);

  const wrong = first?.choices.find((_, i) => i !== first.answer) ?? '';
  await card.getByRole('button', { name: wrong, exact: false }).first().click();
  const reveal = card.getByTestId('quiz-reveal');
  await expect(reveal).toContainText('Not quite.');
  await expect(reveal).toContainText(`The answer is ${first?.choices[first.answer] ?? ''}`);
  if (first?.why) await expect(reveal).toContainText(first.why.rule);
  await expect(card.getByRole('button', { name: /right answer/ })).toContainText(first?.choices[first.answer] ?? '');
  await expect(page.getByTestId('quiz-score')).toHaveText('0 of 1 right');

  await page.keyboard.press('Enter');
  await expect(card).toContainText(second?.prompt ?? '', { timeout: 15_000 });
  await page.keyboard.press(String((second?.answer ?? 0) + 1));
  await expect(card.getByTestId('quiz-reveal')).toContainText('Right.');
  if (second?.why) await expect(card.getByTestId('quiz-reveal')).toContainText(second.why.rule);
  await expect(page.getByTestId('quiz-score')).toHaveText('1 of 2 right');
}

test.describe('guess first', () => {
  test('stops before each change, reveals the answer with its cause, and keeps the score', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open('/');
    await app.setSpeed(16);
    const toggle = page.getByRole('button', { name: 'Guess first' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await app.playButton.click();
    await roundTrip(page);
    await page.screenshot({ path: `${shots}/desktop.png` });
    expectNoProblems(problems);
  });

  test('works in an embed with predict=1', async ({ page, problems }) => {
    await page.goto(`/embed.html?predict=1&speed=16#${encodeShareState({ text: docsExampleYaml })}`);
    await expect(page.getByRole('button', { name: 'Guess first' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await roundTrip(page);
    await page.screenshot({ path: `${shots}/embed.png`, fullPage: true });
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expectNoProblems(problems);
  });

  test('fits a phone and the dark theme', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    const app = new PlaygroundPage(page);
    await app.open('/');
    await app.setSpeed(16);
    await page.getByRole('button', { name: 'Guess first' }).click();
    await app.playButton.click();
    const card = page.getByRole('region', { name: 'What happens next?' });
    await expect(card).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press(String(((first?.answer ?? 0) + 1) % (first?.choices.length ?? 1) + 1));
    await expect(card.getByTestId('quiz-reveal')).toBeVisible();
    const box = await card.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/phone-dark.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: `${shots}/desktop-dark.png` });
  });
});
