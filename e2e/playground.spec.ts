import { test, expect, expectNoProblems } from './fixtures';
import { PlaygroundPage } from './playgroundPage';

const docsTitle = 'Waiting for Services (Kubernetes docs example)';

test.describe('playground', () => {
  test('plays the docs example from the gallery through Init:0/2, Init:1/2 and Running', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample('Init container in CrashLoopBackOff');
    await app.pickExample(docsTitle);
    await expect(app.status).toHaveText('Init:0/2');
    // 16×: Init:1/2 is on screen for about a second of real time, many frames even on a busy machine.
    await app.setSpeed(16);
    const statusesUntil = await app.recordStatuses();
    await app.playButton.click();
    const seen = await statusesUntil('Running');
    expect(seen.filter((s) => ['Init:0/2', 'Init:1/2', 'Running'].includes(s))).toEqual(['Init:0/2', 'Init:1/2', 'Running']);
    expectNoProblems(problems);
  });

  test('marks an error in the editor and keeps the last timeline, dimmed, with the error beside it', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.waitForEditor();
    await expect(page.locator('[data-lane]').first()).toBeVisible();
    const lanes = await page.locator('[data-lane]').count();
    await app.focusEditor();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('End');
    await page.keyboard.type('x');
    await expect(page.getByTestId('stale-note')).toContainText('line 1');
    await expect(page.locator('.squiggly-error').first()).toBeVisible();
    await expect(app.problems.getByRole('button').first()).toContainText('1:');
    expect(await page.locator('[data-lane]').count()).toBe(lanes);
    await expect(page.locator('.tl-root--stale')).toBeVisible();
    await expect(page.getByRole('button', { name: 'What if…' })).toBeDisabled();
    await page.keyboard.press('Backspace');
    await expect(page.getByTestId('stale-note')).toHaveCount(0);
    expectNoProblems(problems);
  });

  test('marks schema errors (an unknown field, a wrong enum value) from the Kubernetes schema', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.waitForEditor();
    await app.replaceText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  restartPolicy: Sometimes\n  containers:\n  - name: app\n    imagee: busybox\n');
    await expect(page.locator('.monaco-editor .view-lines')).toContainText('imagee');
    await expect.poll(() => page.locator('.squiggly-error, .squiggly-warning').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  });

  test('applies a Service from the what-if menu and the init container finishes', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await page.getByRole('slider', { name: 'Playhead' }).fill('5000');
    await app.whatIf('Apply Service myservice');
    await expect(page.getByLabel('Scenario YAML').first()).toBeAttached();
    await page.getByRole('slider', { name: 'Playhead' }).fill('12000');
    await expect(app.status).toHaveText('Init:1/2');
    await app.whatIf('Apply Service mydb');
    await page.getByRole('button', { name: 'Jump to end' }).click();
    await expect(app.status).toHaveText('Running');
    expectNoProblems(problems);
  });

  test('shows in describe the event the playhead stepped to', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await page.getByRole('tab', { name: 'describe' }).click();
    await page.getByRole('button', { name: 'Next change' }).click();
    await page.getByRole('button', { name: 'Next change' }).click();
    await expect(page.getByRole('tabpanel')).toContainText('Pulling image "busybox:1.28"');
  });

  test('keeps focus inside a dialog and gives it back when the dialog closes', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    const help = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await help.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(help).toBeFocused();
  });

  test('runs the docs example with the keyboard alone', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    const select = page.getByLabel('Example scenario');
    for (let i = 0; i < 20 && !(await select.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(select).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(select).toHaveValue('docs-myapp-pod');
    // Back to the skip link, first in the Tab order, which passes the editor to the timeline.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('link', { name: 'Skip to timeline' })).toBeFocused();
    await page.keyboard.press('Enter');
    const speed = page.getByRole('combobox', { name: 'Speed' });
    for (let i = 0; i < 40 && !(await speed.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(speed).toBeFocused();
    await page.keyboard.press('End');
    await expect(speed).toHaveValue('64');
    for (let i = 0; i < 10 && !(await app.playButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
    await expect(app.playButton).toBeFocused();
    const statusesUntil = await app.recordStatuses();
    await page.keyboard.press('Enter');
    const seen = await statusesUntil('Running');
    expect(seen).toContain('Init:1/2');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
