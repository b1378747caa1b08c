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

  test('reaches the timeline controls, the inspector and the scenario by keyboard', async ({ page }) => {
    await page.goto('/');
    const reached = await tabOrder(page, 40);
    for (const name of ['Example scenario', 'Play', 'Speed', 'Scenario YAML']) {
      expect(reached.some((r) => r.startsWith(name)), `${name} in ${reached.join(' | ')}`).toBe(true);
    }
    expect(reached.indexOf('Play')).toBeLessThan(reached.findIndex((r) => r.startsWith('Scenario YAML')));
  });
});
