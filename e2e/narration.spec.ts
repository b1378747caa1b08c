import { expect, expectNoProblems, test } from './fixtures';
import { PlaygroundPage } from './playgroundPage';

/** "0:21.3" or "1:02:05.4" as simulated ms. */
function msOf(clock: string): number {
  const parts = clock.split(':').map(Number);
  return Math.round(parts.reduce((sum, p) => sum * 60 + p, 0) * 1000);
}

test.describe('narration', () => {
  test('the Explanation follows a scrub across the Service appearing at 20 s', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.seek(10_000);
    await expect(app.explanation).toContainText('at 0:10.0');
    await expect(app.explanation.getByTestId('explanation-next')).toContainText('Service myservice created');
    await expect(app.explanation).not.toContainText('init-myservice exited 0');
    await app.seek(22_000);
    await expect(app.explanation).toContainText('at 0:22.0');
    await expect(app.explanation).toContainText('init-myservice exited 0');
    await expect(app.explanation.getByTestId('explanation-next')).toContainText('Service mydb created');
    await app.seek(5_000);
    await expect(app.explanation).not.toContainText('init-myservice exited 0');
    expectNoProblems(problems);
  });

  test('← → step from cause to cause and the caption names the step', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.seek(0);
    // Arrow keys on the focused scrubber would move it by 100 ms: the shortcuts work from the page.
    await app.page.getByRole('heading', { name: 'Init Container Playground' }).click();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('ArrowRight');
      const time = app.stepCaption.locator('.step-caption-time');
      await expect(time).toBeVisible();
      const caption = (await app.stepCaption.textContent()) ?? '';
      expect(caption).not.toBe(seen.at(-1));
      seen.push(caption);
      // The caption speaks of the step the playhead landed on (the scrubber holds 100 ms steps).
      expect(Math.abs((await app.playheadMs()) - msOf((await time.textContent()) ?? ''))).toBeLessThanOrEqual(100);
    }
    await page.keyboard.press('ArrowLeft');
    await expect(app.stepCaption).toHaveText(seen[2] ?? '');
    expectNoProblems(problems);
  });

  test('the Explanation is reachable by keyboard', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    const body = app.explanation.getByRole('group', { name: 'Explanation at the playhead' });
    // The skip link passes the editor (which keeps Tab for indenting); the Explanation follows the timeline.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await body.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(body).toBeFocused();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('the Explanation is readable and not clipped', async ({ page, problems }) => {
      const app = new PlaygroundPage(page);
      await app.open();
      await app.seek(22_000);
      await app.explanation.scrollIntoViewIfNeeded();
      await expect(app.explanation).toBeVisible();
      const box = await app.explanation.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      const overflow = await app.explanation.evaluate((el) => {
        const body = el.querySelector('.explanation-body') as HTMLElement;
        return { x: body.scrollWidth - body.clientWidth, y: body.scrollHeight - body.clientHeight };
      });
      expect(overflow).toEqual({ x: 0, y: 0 });
      expect(await app.stepCaption.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      expectNoProblems(problems);
    });
  });

  for (const [name, viewport, colorScheme] of [
    ['desktop', { width: 1440, height: 900 }, 'light'],
    ['phone', { width: 390, height: 844 }, 'light'],
    ['dark', { width: 1440, height: 900 }, 'dark'],
  ] as const) {
    test.describe(`screenshot (${name})`, () => {
      test.use({ viewport, colorScheme });

      test(`shows the Explanation at 22 s (${name})`, async ({ page }) => {
        const app = new PlaygroundPage(page);
        await app.open();
        await app.seek(22_000);
        await expect(app.explanation).toContainText('init-myservice exited 0');
        // The phone's workspace scrolls by itself: bring the caption and the panel into the picture.
        if (name === 'phone') await app.stepCaption.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: `.tmp/screens/narration/${name}.png` });
      });

      test(`shows the Explanation of a SIGKILLed sidecar (${name})`, async ({ page }) => {
        const app = new PlaygroundPage(page);
        await app.open();
        await app.pickExample('Job-style pod with a sidecar');
        await app.seek(43_000);
        await expect(app.explanation).toContainText('grace period ran out');
        if (name === 'phone') await app.stepCaption.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: `.tmp/screens/narration/${name}-sidecars.png` });
      });
    });
  }
});
