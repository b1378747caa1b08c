// A timeline of more than 100 lanes draws only the blocks of lanes on screen, wherever the
// scrolling happens: in the playground's timeline box, or in the docs page around an embed that
// grows to its content.
import type { Page } from '@playwright/test';
import { test, expect, expectNoProblems } from './fixtures';
import { encodeShareState } from '../src/share/shareCodec';
import { PlaygroundPage } from './playgroundPage';

function manyContainers(count: number): string {
  const containers = Array.from({ length: count }, (_, i) => `  - { name: c${i}, image: busybox:1.28, command: ['sh', '-c', 'sleep ${1 + (i % 9)}'] }`).join('\n');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: many\nspec:\n  restartPolicy: Never\n  containers:\n${containers}\n`;
}

/** The embed demo's sidecar embed given 150 containers through setYaml, once it has grown to its content (the page scrolls, not the timeline). */
async function embedOfManyLanes(page: Page) {
  await page.goto('/embed-demo.html');
  const host = page.locator('#job-sidecar');
  await host.locator('iframe').scrollIntoViewIfNeeded();
  const frame = page.frameLocator('#job-sidecar iframe');
  await expect(frame.getByTestId('pod-status')).toBeVisible({ timeout: 15_000 });
  await host.evaluate((el, text) => (el as HTMLElement & { setYaml(t: string): void }).setYaml(text), manyContainers(150));
  await expect(frame.getByRole('application')).toHaveAttribute('aria-label', 'Timeline: 156 lanes', { timeout: 15_000 });
  await expect.poll(() => host.locator('iframe').evaluate((el) => el.getBoundingClientRect().height), { timeout: 15_000 }).toBeGreaterThan(3000);
  return { host, frame };
}

test.describe('a timeline of many lanes', () => {
  test('in the playground, draws the lanes in its scroll box and the last ones once scrolled there', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open(`/#${encodeShareState({ text: manyContainers(150) })}`);
    const timeline = page.getByTestId('timeline');
    await expect(timeline.getByRole('application')).toHaveAttribute('aria-label', 'Timeline: 156 lanes');
    await expect(timeline.locator('[data-lane="container:c0"]')).toHaveCount(1);
    const drawn = await timeline.locator('[data-lane]').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(100);
    await expect(timeline.locator('[data-lane="container:c149"]')).toHaveCount(0);
    await timeline.locator('.tl-scroll').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await expect(timeline.locator('[data-lane="container:c149"]')).toHaveCount(1);
    await expect(timeline.locator('[data-lane="container:c0"]')).toHaveCount(0);
    expectNoProblems(problems);
  });

  test('of more than 200 lanes follows each text, large after small and small after large', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open('/');
    await app.waitForEditor();
    const lanes = page.getByTestId('timeline').getByRole('application');
    await app.replaceText(manyContainers(250));
    await expect(lanes).toHaveAttribute('aria-label', 'Timeline: 256 lanes', { timeout: 15_000 });
    await expect(app.status).toHaveText('ContainerCreating');
    await expect(page.locator('[data-lane="container:c0"]')).toHaveCount(1);
    // The overview draws the pod and the first containers.
    expect(await page.locator('.tl-overview path').count()).toBeGreaterThan(1);
    await app.replaceText(manyContainers(251));
    await expect(lanes).toHaveAttribute('aria-label', 'Timeline: 257 lanes', { timeout: 15_000 });
    // Back to a small timeline, then a large one again.
    await app.pickExample('Init container in CrashLoopBackOff');
    await expect(lanes).toHaveAttribute('aria-label', /^Timeline: \d lanes$/);
    await app.replaceText(manyContainers(250));
    await expect(lanes).toHaveAttribute('aria-label', 'Timeline: 256 lanes', { timeout: 15_000 });
    expectNoProblems(problems);
  });

  test('in an embed sized to its content, follows the scrolling of the host page', async ({ page, problems }) => {
    const { host, frame } = await embedOfManyLanes(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(frame.locator('[data-lane="container:c149"]')).toHaveCount(0);
    expect(await frame.locator('[data-lane]').count()).toBeLessThan(100);
    await host.locator('iframe').evaluate((el) => { const r = el.getBoundingClientRect(); window.scrollTo(0, window.scrollY + r.bottom - window.innerHeight); });
    await expect(frame.locator('[data-lane="container:c149"]')).toHaveCount(1);
    await expect(frame.locator('[data-lane="container:c0"]')).toHaveCount(0);
    expectNoProblems(problems);
  });

  test('in an embed sized to its content, keys that move to a lane out of view scroll the host page to it', async ({ page, problems }) => {
    const { frame } = await embedOfManyLanes(page);
    const lanes = frame.getByRole('application');
    await lanes.focus();
    const scrolled = await page.evaluate(() => window.scrollY);
    // Ten lanes a key: past the bottom of the window within a few keys.
    for (let i = 0; i < 8; i++) await lanes.press('PageDown');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 200);
    // The focused lane's ring is on screen in the host page.
    const ring = frame.locator('.tl-focus-ring');
    await expect(ring).toHaveCount(1);
    const inView = await ring.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const f = window.frameElement?.getBoundingClientRect() ?? { top: 0 };
      const top = f.top + r.top;
      return top >= 0 && top + r.height <= (window.top?.innerHeight ?? window.innerHeight);
    });
    expect(inView).toBe(true);
    expectNoProblems(problems);
  });
});
