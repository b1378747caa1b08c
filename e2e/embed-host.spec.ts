// The host side of embedding: public/embed.js on public/embed-demo.html, talking to embed.html
// through the postMessage protocol ({ source: 'init-container-playground', version: 1, type }).
import type { Frame, Page } from '@playwright/test';
import { test, expect, expectNoProblems } from './fixtures';

const embedIds = ['wait-for-service', 'crash-loop', 'job-sidecar'] as const;
const editorRequest = /monaco|ScenarioEditor|editor\.worker|yaml\.worker/;

/** What the demo page heard from each embed: the `resize` heights by element id (set up before load). */
async function recordResizes(page: Page) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const heard: Record<string, number[]> = {};
    Object.assign(window, { __embedResizes: heard });
    window.addEventListener('message', (event) => {
      const data = event.data as { source?: unknown; type?: unknown; height?: unknown } | null;
      if (!data || data.source !== 'init-container-playground' || data.type !== 'resize' || typeof data.height !== 'number') return;
      const host = [...document.querySelectorAll('init-container-playground')]
        .find((el) => el.querySelector('iframe')?.contentWindow === event.source);
      if (host) (heard[host.id] ??= []).push(data.height);
    });
  });
}

/** The embed page inside the element with this id. */
async function embedFrame(page: Page, id: string): Promise<Frame> {
  const iframe = page.locator(`#${id} iframe`);
  await iframe.scrollIntoViewIfNeeded(); // the iframes load lazily
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame in #${id}`);
  await expect(frame.getByTestId('pod-status')).toBeVisible({ timeout: 15_000 });
  return frame;
}

/** 'ok' once the iframe is exactly as tall as its document and has no scrollbar, else why not. */
async function sizing(page: Page, id: string): Promise<string> {
  const iframe = page.locator(`#${id} iframe`);
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const frame = await (await iframe.elementHandle())?.contentFrame();
  const inner = await frame?.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  })).catch(() => undefined);
  const reported = await page.evaluate((key) => (window as unknown as { __embedResizes: Record<string, number[]> }).__embedResizes[key] ?? [], id);
  if (!inner) return `#${id}: the embed page is not loaded`;
  if (!reported.length) return `#${id}: no resize message`;
  const last = Math.min(Math.max(Math.ceil(reported[reported.length - 1]!), 120), 5000);
  if (Math.abs(outer - last) > 1) return `#${id}: iframe ${outer}px, last resize asked ${last}px`;
  if (Math.abs(outer - inner.scrollHeight) > 2) return `#${id}: iframe ${outer}px, document ${inner.scrollHeight}px`;
  if (inner.scrollHeight > inner.clientHeight + 1) return `#${id}: scrollbar (${inner.scrollHeight} > ${inner.clientHeight})`;
  return 'ok';
}

/** The `data-theme` on each embed page's <html>. */
async function embedThemes(page: Page): Promise<(string | null)[]> {
  return Promise.all(embedIds.map(async (id) => (await embedFrame(page, id)).evaluate(() => document.documentElement.getAttribute('data-theme'))));
}

test.describe('embedding with <init-container-playground>', () => {
  test('sizes each iframe to its content, loads no editor and stores nothing', async ({ page, problems }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await recordResizes(page);
    await page.goto('/embed-demo.html');
    await expect(page.locator('init-container-playground iframe')).toHaveCount(3);
    for (const id of embedIds) {
      const iframe = page.locator(`#${id} iframe`);
      await expect(iframe).toHaveAttribute('title', 'Init container timeline');
      await expect(iframe).toHaveAttribute('src', /\/embed\.html(\?|$)/);
      await embedFrame(page, id);
      await expect.poll(() => sizing(page, id), { timeout: 15_000 }).toBe('ok');
    }
    await expect(page.locator('#wait-for-service iframe')).toHaveAttribute('src', /\?(?=.*autoplay=1)(?=.*speed=16)/);
    await expect(page.locator('#job-sidecar iframe')).toHaveAttribute('src', /[?&]controls=0/);
    // The raw YAML is no longer shown: the iframe replaced it.
    for (const id of embedIds) expect(await page.locator(`#${id}`).evaluate((el) => el.textContent?.trim())).toBe('');

    await page.waitForTimeout(3000);
    for (const id of embedIds) await expect.poll(() => sizing(page, id)).toBe('ok');
    for (const id of embedIds) {
      expect(await (await embedFrame(page, id)).evaluate(() => localStorage.length + sessionStorage.length), `storage seen by #${id}`).toBe(0);
    }
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length), 'storage of the host page').toBe(0);
    expect(requests.filter((url) => editorRequest.test(url)), 'editor requests').toEqual([]);

    // A page that includes the script twice keeps working.
    await page.addScriptTag({ url: '/embed.js' });
    await expect(page.locator('init-container-playground iframe')).toHaveCount(3);

    await page.screenshot({ path: 'test-results/embed-demo.png', fullPage: true });
    expectNoProblems(problems);
  });

  test('follows the host page theme', async ({ page, problems }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/embed-demo.html');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => embedThemes(page)).toEqual(['light', 'light', 'light']);

    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => embedThemes(page)).toEqual(['dark', 'dark', 'dark']);

    await toggle.click();
    await expect.poll(() => embedThemes(page)).toEqual(['light', 'light', 'light']);

    // With no data-theme on the host, the system preference decides.
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => embedThemes(page)).toEqual(['dark', 'dark', 'dark']);
    expectNoProblems(problems);
  });

  test('seek() moves the embedded playhead and reports the new state', async ({ page, problems }) => {
    await page.goto('/embed-demo.html');
    const frame = await embedFrame(page, 'job-sidecar');
    const status = frame.getByTestId('pod-status');
    await expect(status).not.toHaveText('Completed');

    const state = await page.evaluate(() => new Promise<{ t: number; playing: boolean }>((resolve) => {
      const embed = document.getElementById('job-sidecar') as HTMLElement & { seek(ms: number): void };
      embed.addEventListener('icp-state', (event) => {
        const detail = (event as CustomEvent<{ t: number; playing: boolean }>).detail;
        if (detail.t === 20_000) resolve(detail);
      });
      embed.seek(20_000);
    }));
    expect(state).toEqual({ t: 20_000, playing: false });
    // restartPolicy Never: the job container finished at about 12 s, the sidecar was stopped.
    await expect(status).toHaveText('Completed');
    await expect(page.locator('#job-sidecar-state')).toHaveText('20 s, paused');
    expectNoProblems(problems);
  });

  test('ignores messages that are not the protocol, on both sides', async ({ page, problems }) => {
    await recordResizes(page);
    await page.goto('/embed-demo.html');
    const frame = await embedFrame(page, 'job-sidecar');
    await expect.poll(() => sizing(page, 'job-sidecar'), { timeout: 15_000 }).toBe('ok');
    await expect.poll(() => frame.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('light');
    const status = frame.getByTestId('pod-status');
    const iframe = page.locator('#job-sidecar iframe');
    const before = { status: await status.textContent(), height: await iframe.evaluate((el) => el.style.height) };

    const junk: unknown[] = [
      { source: 'someone-else', version: 1, type: 'seek', t: 20_000 },
      { source: 'init-container-playground', version: 1, type: 'explode', t: 20_000 },
      { source: 'init-container-playground', version: 2, type: 'seek', t: 20_000 },
      { source: 'someone-else', version: 1, type: 'setTheme', theme: 'dark' },
      'seek 20000',
      null,
    ];
    // Into the embed, from the host page and from the embed itself.
    await iframe.evaluate((el: HTMLIFrameElement, messages) => { for (const m of messages) el.contentWindow?.postMessage(m, '*'); }, junk);
    await frame.evaluate((messages) => { for (const m of messages) window.postMessage(m, '*'); }, junk);
    // Into the host, pretending to be an embed: not from the iframe's window, so not believed.
    await page.evaluate(() => window.postMessage({ source: 'init-container-playground', version: 1, type: 'resize', height: 4000 }, '*'));
    await page.waitForTimeout(1000);

    await expect(status).toHaveText(before.status ?? '');
    expect(await frame.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('light');
    expect(await iframe.evaluate((el) => el.style.height)).toBe(before.height);
    expectNoProblems(problems);
  });
});
