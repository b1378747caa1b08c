import { test, expect, expectNoProblems } from './fixtures';
import { encodeShareState } from '../src/share/shareCodec';
import { gallery } from '../src/scenario/gallery';

const job = gallery.find((g) => g.id === 'job-with-sidecar');

test.describe('embed view', () => {
  test('shows a clear error card for bad settings and a damaged link, and nothing else', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('/embed.html?speed=3#s1.garbage');
    await expect(page.getByTestId('embed-error')).toContainText('"speed" must be one of');
    await expect(page.getByTestId('embed-error')).toContainText('damaged');
    await expect(page.getByTestId('pod-status')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('plays a scenario from its link, writes nothing to storage, and opens it in the playground', async ({ page, context, problems }) => {
    await page.goto(`/embed.html?autoplay=1&speed=64#${encodeShareState({ text: job?.yaml ?? '' })}`);
    await expect(page.getByTestId('pod-status')).toHaveText('Completed', { timeout: 15_000 });
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    const href = await page.getByRole('link', { name: /Open in playground/ }).getAttribute('href');
    const other = await context.newPage();
    await other.goto(href ?? '/');
    await expect(other.getByRole('heading', { name: 'Init Container Playground' })).toBeVisible();
    await expect(other.locator('.monaco-editor .view-lines, [data-testid="yaml-placeholder"]').first()).toContainText('batch-job');
    expectNoProblems(problems);
  });
});
