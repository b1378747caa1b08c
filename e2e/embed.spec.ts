import { test, expect, expectNoProblems } from './fixtures';
import { encodeShareState } from '../src/share/shareCodec';
import { gallery } from '../src/scenario/gallery';

const job = gallery.find((g) => g.id === 'job-with-sidecar');

test.describe('embed view', () => {
  test('obeys only the page that embeds it, not a sibling frame', async ({ page }) => {
    await page.goto('/embed-demo.html');
    const frames = () => page.frames().filter((f) => f.url().includes('/embed.html'));
    await expect.poll(() => frames().length).toBeGreaterThanOrEqual(2);
    const [target, sibling] = frames();
    await expect(target?.getByTestId('pod-status') ?? page.locator('none')).toBeVisible({ timeout: 15_000 });
    const before = await target?.evaluate(() => document.querySelector('.yaml-view, [data-lane]')?.textContent ?? '');
    await sibling?.evaluate(() => {
      const spoof = { source: 'init-container-playground', version: 1, type: 'setYaml', yaml: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: spoofed\nspec:\n  containers:\n  - { name: x, image: busybox }\n' };
      window.parent.frames[0]?.postMessage(spoof, '*');
    });
    await page.waitForTimeout(500);
    expect(await target?.evaluate(() => document.body.innerText.includes('spoofed'))).toBe(false);
    expect(await target?.evaluate(() => document.querySelector('.yaml-view, [data-lane]')?.textContent ?? '')).toBe(before);
  });

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
    const link = page.getByRole('link', { name: /Open in playground/ });
    await link.hover();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/#s1\./);
    const other = await context.newPage();
    await other.goto(href ?? '/');
    await expect(other.getByRole('heading', { name: 'Init Container Playground' })).toBeVisible();
    await expect(other.locator('.monaco-editor .view-lines, [data-testid="yaml-placeholder"]').first()).toContainText('batch-job');
    expectNoProblems(problems);
  });

  test('shows a text of 900 lines whole, drawing its lines with their hanging indent as they scroll into view', async ({ page, problems }) => {
    const annotations = Array.from({ length: 900 }, (_, i) => `    note-${i}: "annotation number ${i}, long enough to wrap in the narrow source column of a split embed"`).join('\n');
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: many-notes\n  annotations:\n${annotations}\nspec:\n  containers:\n  - { name: app, image: busybox:1.28, command: ['sh', '-c', 'sleep 5'] }\n`;
    await page.goto(`/embed.html?view=split#${encodeShareState({ text })}`);
    const view = page.locator('.yaml-view');
    await expect(view).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('pod-status')).toBeVisible({ timeout: 15_000 });
    // The first run of lines is drawn line by line, the rest as plain text until it comes near the view.
    expect(await page.locator('.yaml-line').count()).toBeLessThan(600);
    expect(await view.evaluate((el) => el.textContent)).toBe(text);
    const last = '  - { name: app, image: busybox:1.28';
    await expect(page.locator('.yaml-line', { hasText: last })).toHaveCount(0);
    await page.locator('.embed-source').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await expect(page.locator('.yaml-line', { hasText: last })).toHaveCount(1);
    expect(await view.evaluate((el) => el.textContent)).toBe(text);
    await page.screenshot({ path: test.info().outputPath('long-text-bottom.png') });
    expectNoProblems(problems);
  });
});
