import { expect, expectNoProblems, test } from './fixtures';
import { PlaygroundPage } from './playgroundPage';

/** "0:21.3" at the start of a step button as simulated ms. */
function msOf(label: string): number {
  const clock = /^(\d+(?::\d+)*\.\d)/.exec(label)?.[1] ?? '';
  return Math.round(clock.split(':').map(Number).reduce((sum, p) => sum * 60 + p, 0) * 1000);
}

const crashloop = 'Init container in CrashLoopBackOff';

test.describe('lesson', () => {
  test('a gallery example lists its steps, and a step moves the playhead and the Explanation', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample(crashloop);
    await expect(app.lesson.locator('summary')).toContainText(crashloop);
    await app.openLesson();
    await expect(app.lessonSteps).toHaveCount(4);
    await expect(app.lessonSteps.first()).toHaveText(/^\d:\d\d\.\d — migrate prints its error and exits 1\.$/);
    const step = app.lessonSteps.nth(2);
    const label = (await step.textContent()) ?? '';
    expect(label).toContain('waits 10 s in CrashLoopBackOff');
    await step.click();
    const t = msOf(label);
    // The scrubber holds 100 ms steps.
    await expect.poll(async () => Math.abs((await app.playheadMs()) - t)).toBeLessThanOrEqual(100);
    await expect(step).toHaveAttribute('aria-current', 'step');
    await expect(app.lesson.locator('[aria-current="step"]')).toHaveCount(1);
    await expect(app.explanation.getByTestId('explanation-happened')).toContainText(`Just happened (${label.slice(0, label.indexOf(' '))})`);
    await expect(app.explanation.getByTestId('explanation-happened')).toContainText('back-off');
    // An earlier step moves the playhead back, and the current mark goes with it.
    await app.lessonSteps.first().click();
    await expect(app.lessonSteps.first()).toHaveAttribute('aria-current', 'step');
    await expect(step).not.toHaveAttribute('aria-current', 'step');
    await expect(app.explanation.getByTestId('explanation-happened')).toContainText('migrate exited 1');
    expectNoProblems(problems);
  });

  test('while guessing, steps after the playhead stay hidden', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await page.getByRole('button', { name: 'Guess first' }).click();
    await app.openLesson().catch(() => undefined);
    await expect(app.lessonSteps).toHaveCount(0);
    await expect(app.lesson).toContainText('5 more steps come later');
    await app.seek(30_000);
    await expect(app.lessonSteps).toHaveCount(4);
    await expect(app.lesson).toContainText('One more step comes later');
    await expect(app.lesson).not.toContainText('The app container starts only once');
    await page.screenshot({ path: '.tmp/screens/lesson/guessing.png' });
    expectNoProblems(problems);
  });

  test('an edited example is no longer the lesson', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await expect(app.lesson).toBeVisible();
    await app.waitForEditor();
    await app.focusEditor();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n# my change\n');
    await expect(app.lesson).toHaveCount(0);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('a tapped step moves the playhead and the Lesson fits the screen', async ({ page, problems }) => {
      const app = new PlaygroundPage(page);
      await app.open();
      await app.lesson.scrollIntoViewIfNeeded();
      await app.openLesson();
      const step = app.lessonSteps.nth(1);
      await step.tap();
      await expect(step).toHaveAttribute('aria-current', 'step');
      await expect(app.explanation).toContainText('init-myservice exited 0');
      const box = await app.lesson.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      const stepBox = await step.boundingBox();
      expect(stepBox?.height ?? 0).toBeGreaterThanOrEqual(32);
      expect(await app.explanation.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      expectNoProblems(problems);
    });
  });

  for (const [name, viewport, colorScheme] of [
    ['desktop', { width: 1440, height: 900 }, 'light'],
    ['laptop', { width: 1024, height: 768 }, 'light'],
    ['phone', { width: 390, height: 844 }, 'light'],
    ['dark', { width: 1440, height: 900 }, 'dark'],
  ] as const) {
    test.describe(`screenshot (${name})`, () => {
      test.use({ viewport, colorScheme });

      test(`shows the Lesson of the docs example (${name})`, async ({ page }) => {
        const app = new PlaygroundPage(page);
        await app.open();
        await page.screenshot({ path: `.tmp/screens/lesson/${name}-closed.png` });
        await app.openLesson();
        // Scrubbed, not clicked: the Lesson brings its current step into view by itself.
        await app.seek(21_100);
        await expect(app.lessonSteps.nth(2)).toHaveAttribute('aria-current', 'step');
        if (name === 'phone') await app.lesson.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: `.tmp/screens/lesson/${name}.png` });
      });
    });
  }
});
