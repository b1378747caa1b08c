// The example stays itself (modified mark, Reset to example, undo back), the Share snippets' start,
// the embed's empty state, its playhead reports and height, and Esc out of the inspector's tabs.
import type { Frame, Locator, Page } from '@playwright/test';
import { test, expect, expectNoProblems } from './fixtures';
import { PlaygroundPage } from './playgroundPage';

const docsTitle = 'Waiting for Services (Kubernetes docs example)';

/** The text of the picker's chosen option. */
const pickedLabel = (page: Page) => page.getByLabel('Example scenario').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

/** The caption beside the picker: the example's lesson, marked while modified. */
const caption = (page: Page): Locator => page.getByTestId('example-caption');

/** Types a comment at the end of the editor's text. */
async function editText(app: PlaygroundPage) {
  await app.waitForEditor();
  await app.focusEditor();
  await app.page.keyboard.press('ControlOrMeta+End');
  await app.page.keyboard.type('\n# my note');
}

/** The embed page inside the demo page's element with this id, once it shows its pod. */
async function embedFrame(page: Page, id: string): Promise<Frame> {
  const iframe = page.locator(`#${id} iframe`);
  await iframe.scrollIntoViewIfNeeded(); // the iframes load lazily
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame in #${id}`);
  await expect(frame.getByTestId('pod-status')).toBeVisible({ timeout: 15_000 });
  return frame;
}

test.describe('the example stays itself', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('an edit marks the example modified, and undoing it shows the example again', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await expect.poll(() => pickedLabel(page)).toBe(docsTitle);
    await editText(app);
    await expect.poll(() => pickedLabel(page)).toBe(`${docsTitle} (modified)`);
    await expect(caption(page)).toContainText('(modified)');
    await expect(page.getByRole('button', { name: 'Reset to example' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('modified-light.png') });
    for (let i = 0; i < 6 && (await page.getByRole('button', { name: 'Reset to example' }).count()) > 0; i++) {
      await page.keyboard.press('ControlOrMeta+Z');
      await page.waitForTimeout(150);
    }
    await expect.poll(() => pickedLabel(page)).toBe(docsTitle);
    await expect(caption(page)).not.toContainText('(modified)');
    await expect(page.getByRole('button', { name: 'Reset to example' })).toHaveCount(0);
    await expect(app.lesson).toBeVisible();
    expectNoProblems(problems);
  });

  test('Reset to example restores its text and keeps the changes one click away', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await editText(app);
    await expect(app.lesson).toHaveCount(0);
    await page.getByRole('button', { name: 'Reset to example' }).click();
    await expect.poll(() => pickedLabel(page)).toBe(docsTitle);
    await expect(page.locator('.monaco-editor .view-lines').first()).not.toContainText('my note');
    await expect(app.lesson).toBeVisible();
    await expect(page.getByTestId('notice')).toContainText('Your changes to the example were put aside.');
    await page.getByRole('button', { name: 'Restore my draft' }).click();
    // The note is on the last line, which the editor (scrolled to the top) need not render: read the saved draft.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('icp:draft:v1') ?? '')).toContain('my note');
    await expect.poll(() => pickedLabel(page)).toBe(`${docsTitle} (modified)`);
    await expect(page.getByRole('button', { name: 'Reset to example' })).toBeVisible();
    expectNoProblems(problems);
  });

  test('a What-if event keeps the example\'s caption, marked (modified)', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.seek(5000);
    await app.whatIf('Apply Service myservice');
    await expect(caption(page)).toContainText('(modified)');
    await expect(caption(page)).toContainText('init');
    await expect.poll(() => pickedLabel(page)).toBe(`${docsTitle} (modified)`);
    expectNoProblems(problems);
  });

  test('the Share snippets start at the playhead the dialog shows', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.seek(42_108);
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this scenario' });
    await expect(dialog).toContainText('Open at the playhead (0:42.1)');
    await expect(dialog.getByLabel(/Script and element/)).toHaveValue(/ start="42\.1s"/);
    await expect(dialog.getByLabel('iframe')).toHaveValue(/start=42\.1s/);
  });

  test('Esc in the inspector\'s tabs gives the keys back to the timeline, as the help says', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await page.getByRole('tab', { name: 'describe' }).click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'status' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('timeline').getByRole('application')).toBeFocused();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Esc returns to the timeline');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`desktop screenshot of an example changed by a What-if (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    const app = new PlaygroundPage(page);
    await app.open();
    await app.seek(5000);
    await app.whatIf('Apply Service myservice');
    await expect(caption(page)).toContainText('(modified)');
    await page.screenshot({ path: test.info().outputPath(`desktop-${scheme}.png`) });
  });
}

test.describe('embedding', () => {
  test('embed.html opened with no scenario says at once how to give it one', async ({ page, problems }) => {
    await page.goto('/embed.html');
    await expect(page.getByTestId('embed-empty')).toContainText('No scenario to show');
    await expect(page.getByTestId('embed-empty')).toContainText('setYaml');
    await expect(page.getByText('Waiting for the scenario…')).toHaveCount(0);
    expectNoProblems(problems);
  });

  test('an embed whose host sends nothing, or an element with no text, ends its wait with the same help', async ({ page, baseURL }) => {
    await page.setContent(`<iframe id="silent" src="${baseURL}/embed.html" style="width: 600px; height: 300px"></iframe>`
      + `<script src="${baseURL}/embed.js"></script><init-container-playground id="blank"></init-container-playground>`);
    const silent = page.frameLocator('#silent');
    await expect(silent.getByText('Waiting for the scenario…')).toBeVisible();
    await expect(silent.getByTestId('embed-empty')).toBeVisible({ timeout: 6000 });
    await expect(page.frameLocator('#blank iframe').getByTestId('embed-empty')).toBeVisible({ timeout: 6000 });
  });

  test('the demo page\'s readout follows the playhead while it plays', async ({ page, problems }) => {
    await page.goto('/embed-demo.html');
    await embedFrame(page, 'job-sidecar');
    const readout = page.locator('#job-sidecar-state');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const seen = new Set<string>();
    for (let i = 0; i < 30 && seen.size < 4; i++) {
      const text = (await readout.textContent()) ?? '';
      if (text.endsWith('playing')) seen.add(text);
      await page.waitForTimeout(100);
    }
    expect([...seen].length, [...seen].join(' | ')).toBeGreaterThanOrEqual(4);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(readout).toHaveText(/ s, paused$/);
    await page.getByRole('button', { name: 'Jump to 20 s' }).click();
    await expect(readout).toHaveText('20 s, paused');
    expectNoProblems(problems);
  });

  test('an embed without controls is as tall as its content', async ({ page }) => {
    await page.goto('/embed-demo.html');
    const frame = await embedFrame(page, 'job-sidecar');
    await expect(frame.getByRole('button', { name: /^(Play|Pause)$/ })).toHaveCount(0);
    const content = () => frame.evaluate(() => document.getElementById('root')?.getBoundingClientRect().height ?? 0);
    const iframe = () => page.locator('#job-sidecar iframe').evaluate((el) => el.getBoundingClientRect().height);
    await expect.poll(async () => Math.abs((await iframe()) - (await content())), { timeout: 5000 }).toBeLessThanOrEqual(3);
    expect(await content()).toBeGreaterThan(150);
  });

  test('screenshot of the embed demo page', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/embed-demo.html');
    for (const id of ['wait-for-service', 'crash-loop', 'job-sidecar']) await embedFrame(page, id);
    await page.waitForTimeout(500);
    await page.screenshot({ path: test.info().outputPath('embed-demo.png'), fullPage: true });
    await page.locator('#crash-loop').screenshot({ path: test.info().outputPath('embed-split.png') });
  });
});
