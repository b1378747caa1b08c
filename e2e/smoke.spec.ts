import { test, expect, expectNoProblems, tabOrder } from './fixtures';

test.describe('first load', () => {
  test('shows the header and the three areas with no error and no request leaving localhost', async ({ page, problems }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Init Container Playground' })).toBeVisible();
    for (const name of ['Scenario', 'Timeline', 'Inspector']) {
      await expect(page.getByRole('region', { name })).toBeVisible();
    }
    await page.screenshot({ path: 'test-results/smoke-first-load.png', fullPage: true });
    expectNoProblems(problems);
  });

  test('reaches the editor, then the timeline controls, then the inspector by keyboard, as they stand on screen', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 15_000 });
    // Up to the editor, which keeps Tab for indenting.
    const before: string[] = [];
    while (before.length < 12 && !before.at(-1)?.startsWith('Scenario YAML')) before.push(...await tabOrder(page, 1));
    expect(before[0]).toBe('Skip to timeline');
    expect(before, before.join(' | ')).toContain('Example scenario');
    expect(before.at(-1)).toMatch(/^Scenario YAML/);
    // Escape then Tab moves on from the editor: to the timeline, then the inspector.
    await page.keyboard.press('Escape');
    const after = await tabOrder(page, 30);
    for (const name of ['Play', 'Speed', 'get']) expect(after, `${name} in ${after.join(' | ')}`).toContain(name);
    expect(after.indexOf('Play')).toBeLessThan(after.indexOf('get'));
    expect(after.slice(0, after.indexOf('get')).some((r) => r.startsWith('Scenario YAML'))).toBe(false);
  });
});
