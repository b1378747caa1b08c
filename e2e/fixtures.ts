import { test as base, expect, type Page } from '@playwright/test';

/** What a page did that a clean run must not do. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  blockedRequests: string[];
}

const local = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A test whose page may only reach localhost, and which records console errors and failed requests. */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [async ({ page }, use) => {
    const problems: PageProblems = { consoleErrors: [], failedRequests: [], blockedRequests: [] };
    await page.context().route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || local.has(url.hostname)) return route.continue();
      problems.blockedRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
    page.on('console', (msg) => { if (msg.type() === 'error') problems.consoleErrors.push(msg.text()); });
    page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
    page.on('requestfailed', (req) => problems.failedRequests.push(`${req.url()} ${req.failure()?.errorText ?? ''}`));
    await use(problems);
  }, { auto: true }],
});

/** Asserts the page stayed offline and error-free. */
export function expectNoProblems(problems: PageProblems) {
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
  expect(problems.blockedRequests, 'requests leaving localhost').toEqual([]);
}

/** Collects the names of the elements that Tab reaches, in order. */
export async function tabOrder(page: Page, presses: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => {
      const el = document.activeElement;
      const label = el?.getAttribute('aria-label') ?? (el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined);
      return el ? `${label ?? el.textContent?.slice(0, 40) ?? el.tagName}` : '';
    }));
  }
  return names;
}

export { expect };
