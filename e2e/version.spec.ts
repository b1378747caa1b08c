import { test, expect, expectNoProblems } from './fixtures';
import { PlaygroundPage } from './playgroundPage';
import { decodeShareState, encodeShareState } from '../src/share/shareCodec';
import { docsExampleYaml } from '../src/scenario/docsExample';

const shots = '.tmp/screens/version';
const picker = (page: import('@playwright/test').Page) => page.getByRole('combobox', { name: /Kubernetes\) version/ });
const textInHash = (url: string) => {
  const decoded = decodeShareState(new URL(url).hash);
  return decoded.ok ? decoded.state.text : '';
};

test.describe('Kubernetes version menu', () => {
  test('shows 1.37 for a scenario that names no version, and a choice rewrites the text, the trace and the link', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await expect(picker(page)).toHaveValue('1.37');
    await page.getByRole('tab', { name: 'describe' }).click();
    await page.getByRole('button', { name: 'Jump to end' }).click();
    await expect(page.getByRole('tabpanel')).toContainText('spec.initContainers{init-myservice}: Container started');
    await page.screenshot({ path: `${shots}/desktop-1.37.png` });

    await picker(page).selectOption('1.34');
    await app.simulated();
    await expect(picker(page)).toHaveValue('1.34');
    await page.getByRole('button', { name: 'Jump to end' }).click();
    await expect(page.getByRole('tabpanel')).toContainText('kubelet            Started container init-myservice');
    await expect(page.getByRole('tabpanel')).not.toContainText('spec.initContainers{init-myservice}:');
    await expect.poll(() => textInHash(page.url())).toContain('kubernetesVersion: "1.34"');
    await page.screenshot({ path: `${shots}/desktop-1.34.png` });

    // The link opens on the version it was made with.
    const link = page.url();
    const other = await page.context().newPage();
    const again = new PlaygroundPage(other);
    await again.open(new URL(link).pathname + new URL(link).hash);
    await expect(picker(other)).toHaveValue('1.34');
    expectNoProblems(problems);
  });

  test('is reached with Tab and changed with the keyboard', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    const select = picker(page);
    // From the example menu, Tab goes along the header's controls to the version menu.
    await page.getByLabel('Example scenario').focus();
    for (let i = 0; i < 6 && !(await select.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(select).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await app.simulated();
    await expect(select).toHaveValue('1.36');
    await expect.poll(() => textInHash(page.url())).toContain('kubernetesVersion: "1.36"');
  });

  test('fits a 390 px phone and reads well in dark mode', async ({ browser }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme });
      const page = await context.newPage();
      const app = new PlaygroundPage(page);
      await app.open();
      const box = await picker(page).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      // The header's name and the menu do not overlap.
      const brand = await page.locator('.brand').boundingBox();
      const label = await page.locator('.version-picker').boundingBox();
      expect(brand && label && (brand.x + brand.width <= label.x || brand.y + brand.height <= label.y)).toBe(true);
      await page.screenshot({ path: `${shots}/phone-${colorScheme}.png` });
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await new PlaygroundPage(page).open();
    await page.locator('header.header').screenshot({ path: `${shots}/desktop-dark-header.png` });
    await context.close();
  });

  test('pins an embed with version=, shows the menu in its bar, and a label when read-only', async ({ page }) => {
    const hash = encodeShareState({ text: docsExampleYaml });
    await page.goto(`/embed.html?version=1.34#${hash}`);
    await expect(picker(page)).toHaveValue('1.34');
    await expect(page.getByTestId('pod-status')).toBeVisible({ timeout: 15_000 });
    await page.screenshot({ path: `${shots}/embed-1.34.png` });
    await picker(page).selectOption('1.36');
    await expect(picker(page)).toHaveValue('1.36');
    await expect(page.getByTestId('pod-status')).toBeVisible();
    await page.goto(`/embed.html?readonly=1#${hash}`);
    await expect(page.locator('.version-label')).toHaveText('Kubernetes 1.37');
    await expect(picker(page)).toHaveCount(0);
  });
});
