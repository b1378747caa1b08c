import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoProblems, tabOrder } from './fixtures';
import { PlaygroundPage } from './playgroundPage';

const shots = '.tmp/screens/phone';

/** How far the page scrolls sideways: 0 when nothing is wider than the screen. */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The workspace tab named `name` (Timeline, kubectl, YAML). */
const workspaceTab = (page: Page, name: string) => page.getByRole('tablist', { name: 'Workspace' }).getByRole('tab', { name: new RegExp(`^${name}`) });

/** Whether `inner` lies wholly inside `outer` and the viewport's width. */
async function within(inner: Locator, outer: Locator, width: number): Promise<boolean> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  if (!a || !b) return false;
  return a.x >= b.x - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.x >= 0 && a.x + a.width <= width + 0.5;
}

for (const viewport of [{ width: 390, height: 844 }, { width: 360, height: 640 }]) {
  const size = `${viewport.width}x${viewport.height}`;

  test.describe(`phone layout ${size}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });

    test('shows the timeline first and switches panes with the tabs', async ({ page, problems }) => {
      const app = new PlaygroundPage(page);
      await app.open();
      const [timelineTab, kubectlTab, yamlTab] = [workspaceTab(page, 'Timeline'), workspaceTab(page, 'kubectl'), workspaceTab(page, 'YAML')];
      await expect(timelineTab).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel', { name: 'Timeline' })).toBeVisible();
      await expect(app.timeline).toBeVisible();
      await expect(app.explanation).toBeVisible();
      await expect(page.getByRole('region', { name: 'Inspector' })).toBeHidden();
      await expect(page.getByRole('region', { name: 'Scenario' })).toBeHidden();
      expect(await sidewaysOverflow(page)).toBe(0);

      await kubectlTab.tap();
      await expect(kubectlTab).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
      await expect(app.timeline).toBeHidden();
      await expect(page.getByTestId('kubectl-get')).toBeVisible();
      expect(await sidewaysOverflow(page)).toBe(0);

      await yamlTab.tap();
      await expect(page.getByRole('region', { name: 'Scenario' })).toBeVisible();
      await expect(app.problems).toBeVisible();
      await app.waitForEditor();
      expect(await sidewaysOverflow(page)).toBe(0);
      // The editor starts right under the tabs: no inspector above it pushes it down.
      const [tabsBox, editorBox] = [await page.getByTestId('workspace-tabs').boundingBox(), await page.locator('.monaco-editor').first().boundingBox()];
      expect((editorBox?.y ?? 999) - ((tabsBox?.y ?? 0) + (tabsBox?.height ?? 0))).toBeLessThan(70);
      expect(editorBox?.height ?? 0).toBeGreaterThan(200);

      await timelineTab.tap();
      await expect(app.timeline).toBeVisible();
      await expect(page.getByRole('region', { name: 'Scenario' })).toBeHidden();
      expectNoProblems(problems);
    });

    test('moves between the tabs with the arrow keys, Home and End', async ({ page }) => {
      const app = new PlaygroundPage(page);
      await app.open();
      const timelineTab = workspaceTab(page, 'Timeline');
      await timelineTab.focus();
      await page.keyboard.press('ArrowRight');
      await expect(workspaceTab(page, 'kubectl')).toBeFocused();
      await expect(workspaceTab(page, 'kubectl')).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
      await page.keyboard.press('End');
      await expect(workspaceTab(page, 'YAML')).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('ArrowRight');
      await expect(timelineTab).toBeFocused();
      await page.keyboard.press('ArrowLeft');
      await expect(workspaceTab(page, 'YAML')).toBeFocused();
      await page.keyboard.press('Home');
      await expect(timelineTab).toHaveAttribute('aria-selected', 'true');
      // The arrows moved between tabs only: the playhead stayed where it was.
      expect(await app.playheadMs()).toBe(0);
      // Only the chosen tab is in the Tab order.
      await expect(page.getByRole('tab', { selected: false }).first()).toHaveAttribute('tabindex', '-1');
    });

    test('pins a tapped segment\'s explanation and unpins it on a second tap', async ({ page, problems }) => {
      const app = new PlaygroundPage(page);
      await app.open();
      const running = app.segments('container:init-mydb').nth(1);
      await running.tap();
      await expect(app.timelineTooltip).toContainText('init-mydb started');
      const tip = await app.timelineTooltip.boundingBox();
      expect(tip && tip.x >= 0 && tip.x + tip.width <= viewport.width && tip.y + tip.height <= viewport.height).toBe(true);
      await page.screenshot({ path: `${shots}/${size}-pinned.png` });
      await running.tap();
      await expect(app.timelineTooltip).toHaveCount(0);
      expectNoProblems(problems);
    });

    test('tells the two init lanes apart by their labels, and a tap on a label shows the full name', async ({ page, problems }) => {
      const app = new PlaygroundPage(page);
      await app.open();
      // The drawn name is the text itself, without the <title> inside it.
      const shown = (name: string) => page.locator('.tl-lanes text.tl-name').filter({ has: page.locator('title', { hasText: new RegExp(`^${name} \\(`) }) });
      const drawn = (l: Locator) => l.evaluate((el) => Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''));
      const [service, db] = [shown('init-myservice'), shown('init-mydb')];
      await expect(service).toHaveCount(1);
      const [serviceText, dbText] = [await drawn(service), await drawn(db)];
      expect(serviceText).not.toBe(dbText);
      expect(serviceText.startsWith('init-')).toBe(true);
      // Every name stays inside the label column.
      const column = await page.locator('.tl-lanes').boundingBox();
      for (const label of await page.locator('.tl-lanes text.tl-name').all()) {
        const box = await label.boundingBox();
        expect((box?.x ?? 0) + (box?.width ?? 0) - (column?.x ?? 0)).toBeLessThanOrEqual(135);
      }
      const box = await service.boundingBox();
      await page.touchscreen.tap((box?.x ?? 0) + 4, (box?.y ?? 0) + (box?.height ?? 0) / 2);
      await expect(app.timelineTooltip).toContainText('init-myservice');
      await expect(app.timelineTooltip).toContainText('init container');
      const tip = await app.timelineTooltip.boundingBox();
      expect(tip && tip.x >= 0 && tip.x + tip.width <= viewport.width).toBe(true);
      await page.screenshot({ path: `${shots}/${size}-label-pinned.png` });
      // A tap on the same label unpins it.
      await page.touchscreen.tap((box?.x ?? 0) + 4, (box?.y ?? 0) + (box?.height ?? 0) / 2);
      await expect(app.timelineTooltip).toHaveCount(0);
      expectNoProblems(problems);
    });

    test('fits the header: the example, its caption and every button', async ({ page }) => {
      const app = new PlaygroundPage(page);
      await app.open();
      const header = page.locator('header.header');
      const caption = header.locator('.lesson');
      await expect(page.getByLabel('Example scenario')).toBeVisible();
      await expect(caption).toBeVisible();
      expect(await within(page.getByLabel('Example scenario'), header, viewport.width)).toBe(true);
      expect(await within(caption, header, viewport.width)).toBe(true);
      for (const button of await header.getByRole('button').all()) expect(await within(button, header, viewport.width), await button.innerText()).toBe(true);
      // Three lines at first; a tap shows the whole caption.
      const before = (await caption.boundingBox())?.height ?? 0;
      expect(before).toBeGreaterThan(30);
      await caption.tap();
      await expect.poll(async () => caption.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
    });

    test('shows kubectl\'s tabs whole, and lane names within the timeline', async ({ page }) => {
      const app = new PlaygroundPage(page);
      await app.open();
      await workspaceTab(page, 'kubectl').tap();
      const inspector = page.getByRole('region', { name: 'Inspector' });
      const views = inspector.getByRole('tablist', { name: 'kubectl views' });
      for (const tab of await views.getByRole('tab').all()) {
        expect(await within(tab, views, viewport.width), await tab.innerText()).toBe(true);
        expect(await tab.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      }
      expect(await views.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      await inspector.getByRole('tab', { name: 'resources' }).tap();
      await expect(inspector.getByRole('tab', { name: 'resources' })).toHaveAttribute('aria-selected', 'true');
      expect(await sidewaysOverflow(page)).toBe(0);
    });

    test('counts the errors on the YAML tab, which is where they are listed', async ({ page }) => {
      const app = new PlaygroundPage(page);
      await app.open();
      await workspaceTab(page, 'YAML').tap();
      await app.waitForEditor();
      await app.replaceText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n');
      await expect(workspaceTab(page, 'YAML')).toHaveAccessibleName(/^YAML, 1 error$/);
      await workspaceTab(page, 'Timeline').tap();
      await expect(page.getByTestId('stale-note')).toBeVisible();
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.screenshot({ path: `${shots}/${size}-error-badge.png` });
    });

    test('the skip link opens the Timeline tab from another tab', async ({ page }) => {
      const app = new PlaygroundPage(page);
      await app.open();
      await workspaceTab(page, 'YAML').tap();
      // The tap focused the YAML tab; the skip link stays the first stop of the page.
      const skip = page.getByRole('link', { name: 'Skip to timeline' });
      for (let i = 0; i < 10 && !(await skip.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
      await expect(skip).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(workspaceTab(page, 'Timeline')).toHaveAttribute('aria-selected', 'true');
      await expect(app.timeline).toBeFocused();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`screenshots of the three tabs (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        const app = new PlaygroundPage(page);
        await app.open();
        await app.seek(22_000);
        await page.screenshot({ path: `${shots}/${size}-${colorScheme}-timeline.png` });
        await page.getByRole('tabpanel', { name: 'Timeline' }).evaluate((el) => el.scrollTo(0, el.scrollHeight));
        await page.screenshot({ path: `${shots}/${size}-${colorScheme}-timeline-end.png` });
        await workspaceTab(page, 'kubectl').tap();
        await page.screenshot({ path: `${shots}/${size}-${colorScheme}-kubectl.png` });
        await workspaceTab(page, 'YAML').tap();
        await app.waitForEditor();
        await page.screenshot({ path: `${shots}/${size}-${colorScheme}-yaml.png` });
      });
    }
  });
}

test.describe('desktop layout', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('keeps the three areas and no workspace tabs', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await expect(page.getByRole('tablist', { name: 'Workspace' })).toHaveCount(0);
    for (const name of ['Scenario', 'Timeline', 'Inspector', 'Explanation']) await expect(page.getByRole('region', { name })).toBeVisible();
    const [editor, timeline] = [await page.getByRole('region', { name: 'Scenario' }).boundingBox(), await app.timeline.boundingBox()];
    expect((editor?.x ?? 0) + (editor?.width ?? 0)).toBeLessThanOrEqual(timeline?.x ?? 0);
    expect(await sidewaysOverflow(page)).toBe(0);
    await app.waitForEditor();
    await page.screenshot({ path: `${shots}/desktop-1440x900.png` });
    expectNoProblems(problems);
  });

  test('starts the Tab order with a skip link that jumps to the timeline', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to timeline' });
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 20).toBe(true);
    await page.screenshot({ path: `${shots}/desktop-skip-link.png` });
    await page.keyboard.press('Enter');
    await expect(app.timeline).toBeFocused();
    await page.screenshot({ path: `${shots}/desktop-skipped.png` });
    // The page's fragment (the share link's state) is left alone.
    expect(new URL(page.url()).hash).not.toContain('pane-timeline');
    const next = await tabOrder(page, 6);
    expect(next, next.join(' | ')).toContain('Play');
    expect(next.some((n) => n.startsWith('Scenario YAML'))).toBe(false);
  });
});
