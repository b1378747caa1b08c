import { test, expect, expectNoProblems } from './fixtures';
import { gallery } from '../src/scenario/gallery';
import { PlaygroundPage } from './playgroundPage';

// Screenshots of every example, light and dark, at the end of its timeline (test-results/gallery/).
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`gallery screenshots (${scheme})`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1440, height: 900 } });
    test(`renders every example in ${scheme}`, async ({ page, problems }) => {
      test.setTimeout(120_000);
      const app = new PlaygroundPage(page);
      await app.open();
      for (const entry of gallery) {
        await app.pickExample(entry.title);
        await page.getByRole('button', { name: 'Jump to end' }).click();
        await expect(page.locator('[data-lane]').first()).toBeVisible();
        await expect(app.status).not.toHaveText('');
        await page.screenshot({ path: `test-results/gallery/${entry.id}-${scheme}.png` });
      }
      expectNoProblems(problems);
    });
  });
}
