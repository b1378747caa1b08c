// A real VitePress site built with the package's markdown-it plugin and element, opened in Chromium:
// without JavaScript the static SVG shows; with it, each element becomes live once scrolled into
// view, inside a `::: details` block once opened, and follows VitePress's dark toggle. The site is
// built once per run (about 10 s) and served from its own port; its embeds point at the suite's
// playground (`vite preview`), so they are cross-origin as on a real docs site.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, expectNoProblems } from './fixtures';
import { docsExampleYaml } from '../src/scenario/docsExample';

const root = resolve(import.meta.dirname, '..');
const site = join(root, '.tmp', `vitepress-${process.env.E2E_PORT ?? 4173}`);
const editorRequest = /monaco|ScenarioEditor|editor\.worker|yaml\.worker/;
const filler = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1} of the introduction, long enough to push the first timeline below the fold of a 720 px window.`).join('\n\n');
const sidecarYaml = `apiVersion: v1
kind: Pod
metadata:
  name: log-shipper
spec:
  initContainers:
  - name: shipper
    image: busybox
    restartPolicy: Always
    command: [sh, -c, "sleep 3600"]
  containers:
  - name: app
    image: busybox
    command: [sh, -c, "sleep 3600"]`;

let server: Server | undefined;
let siteUrl = '';

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.json': 'application/json' };

/** Serves the built site; `/x` is `/x.html` as VitePress's clean URLs expect. */
function serve(dir: string): Promise<string> {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') { res.writeHead(204).end(); return; } // the site has none; a 404 would be a console error
    let file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server?.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server?.address() as AddressInfo).port}/`)));
}

/** Builds the package, writes the site (as a docs author would, installing the package by name) and builds it. */
async function buildSite(playground: string) {
  const { buildPackage } = await import(pathToFileURL(join(root, 'scripts/build-package.mjs')).href) as { buildPackage: () => Promise<unknown> };
  await buildPackage();
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, '.vitepress/theme'), { recursive: true });
  mkdirSync(join(site, 'node_modules'), { recursive: true });
  symlinkSync(join(root, 'packages/init-container-playground'), join(site, 'node_modules/init-container-playground'), 'dir');
  writeFileSync(join(site, '.vitepress/config.mjs'), `import { defineConfig } from 'vitepress';
import playground from 'init-container-playground/markdown-it';
export default defineConfig({
  title: 'Pod docs',
  markdown: { config: (md) => { md.use(playground, { playground: ${JSON.stringify(playground)}, darkMode: 'class', stylesheet: 'external' }); } },
});
`);
  writeFileSync(join(site, '.vitepress/theme/index.mjs'), `import DefaultTheme from 'vitepress/theme';
import 'init-container-playground/style.css';
import { defineInitContainerPlayground } from 'init-container-playground/element';
export default { extends: DefaultTheme, enhanceApp() { defineInitContainerPlayground(); } };
`);
  writeFileSync(join(site, 'index.md'), `# Init containers

${filler}

## The documentation's example

\`\`\`yaml pod-playground at=30s height=360 theme=auto
${docsExampleYaml.trim()}
\`\`\`

## A sidecar

::: details Show the sidecar timeline

\`\`\`yaml pod-playground until=1m theme=auto
${sidecarYaml}
\`\`\`

:::

## In a tab

<div id="hidden-tab" hidden>

\`\`\`yaml pod-playground until=1m
${sidecarYaml}
\`\`\`

</div>
`);
  execFileSync(join(root, 'node_modules/.bin/vitepress'), ['build', site], { cwd: root, stdio: 'pipe' });
}

test.describe('a VitePress site with the markdown-it plugin', () => {
  test.describe.configure({ mode: 'serial' });

  // Playwright wants the fixtures destructured even when none is used.
  // eslint-disable-next-line no-empty-pattern
  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(180_000);
    await buildSite(String(testInfo.project.use.baseURL).replace(/\/?$/, '/'));
    siteUrl = await serve(join(site, '.vitepress/dist'));
  });

  test.afterAll(() => { server?.close(); });

  test('shows the static SVG with its narration without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await onlyLocal(context);
    const page = await context.newPage();
    await page.goto(siteUrl);
    const figures = page.locator('init-container-playground');
    await expect(figures).toHaveCount(3);
    const first = figures.nth(0).locator('svg.icp-timeline');
    await first.scrollIntoViewIfNeeded();
    await expect(first).toBeVisible();
    await expect(first.locator('text', { hasText: 'init-myservice' })).toBeVisible();
    expect(await first.locator('title').first().textContent()).toBe('Timeline of pod myapp-pod');
    expect(await first.locator('desc').textContent()).toMatch(/init-myservice/);
    // The YAML is there for the element, not shown.
    await expect(figures.nth(0).locator('pre[data-icp-yaml]')).toBeHidden();
    await expect(page.locator('iframe')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/vitepress-no-js.png', fullPage: true });
    await context.close();
  });

  test('becomes live once scrolled into view, inside details once opened and in a tab once shown, and loads no editor', async ({ page, problems }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(siteUrl);
    const [first, second] = [page.locator('init-container-playground').nth(0), page.locator('init-container-playground').nth(1)];
    await expect(first.locator('svg.icp-timeline')).toBeAttached();
    // Below the fold: still the static figure.
    await page.waitForTimeout(500);
    await expect(first.locator('iframe')).toHaveCount(0);
    await first.scrollIntoViewIfNeeded();
    const frame = await liveFrame(page, 0);
    await expect(frame.getByTestId('pod-status')).toBeVisible();
    await expect(first.locator('svg')).toHaveCount(0);

    // In a closed details block the element waits, even scrolled to.
    await page.getByText('Show the sidecar timeline').scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await expect(second.locator('iframe')).toHaveCount(0);
    await page.getByText('Show the sidecar timeline').click();
    const inner = await liveFrame(page, 1);
    await expect(inner.getByTestId('pod-status')).toBeVisible();
    await expect.poll(() => second.locator('iframe').evaluate((el) => el.getBoundingClientRect().height), { timeout: 15_000 }).toBeGreaterThan(150);
    await expect.poll(async () => {
      const outer = await second.locator('iframe').evaluate((el) => Math.round(el.getBoundingClientRect().height));
      const content = await inner.evaluate(() => document.documentElement.scrollHeight);
      return Math.abs(outer - content) <= 2;
    }, { timeout: 15_000 }).toBe(true);
    await second.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/vitepress-light.png' });

    // A hidden tab: scrolled to, it waits; shown, it goes live at its real width.
    const tabbed = page.locator('#hidden-tab init-container-playground');
    await page.getByRole('heading', { name: 'In a tab' }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await expect(tabbed.locator('iframe')).toHaveCount(0);
    await page.locator('#hidden-tab').evaluate((el) => el.removeAttribute('hidden'));
    const tab = await liveFrame(page, 2);
    expect(await tab.evaluate(() => document.documentElement.clientWidth)).toBeGreaterThan(600);

    // A playground attribute that is not an http(s) URL is an error card, not a throw nor a frame.
    const card = await page.evaluate(async () => {
      const el = document.createElement('init-container-playground');
      el.setAttribute('playground', 'javascript:alert(1)');
      el.textContent = 'apiVersion: v1';
      document.querySelector('.vp-doc')?.append(el);
      await new Promise((done) => requestAnimationFrame(done));
      return { text: el.querySelector('[role=alert]')?.textContent ?? '', frames: el.querySelectorAll('iframe').length };
    });
    expect(card.text).toContain('must be an http(s) URL');
    expect(card.frames).toBe(0);
    expect(requests.filter((u) => editorRequest.test(u)), 'editor requests').toEqual([]);
    expectNoProblems(problems);
  });

  test("follows VitePress's dark toggle, the static figure too", async ({ page, problems }) => {
    // VitePress starts dark on a dark system, and marks only dark: light after the toggle must win over the system.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(siteUrl);
    const first = page.locator('init-container-playground').nth(0);
    const closed = page.locator('init-container-playground').nth(1);
    await first.scrollIntoViewIfNeeded();
    const frame = await liveFrame(page, 0);
    const embedTheme = () => frame.evaluate(() => document.documentElement.getAttribute('data-theme'));
    // The figure in the closed details stays static, coloured by the package's style.css.
    const background = () => closed.locator('rect.tl-bg').first().evaluate((el) => getComputedStyle(el).fill);
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect.poll(embedTheme).toBe('dark');
    expect(await background()).toBe('rgb(23, 27, 33)');
    await page.screenshot({ path: 'test-results/vitepress-dark.png' });

    await page.getByRole('switch', { name: 'Switch to light theme' }).click();
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    await expect.poll(embedTheme).toBe('light');
    expect(await background()).toBe('rgb(255, 255, 255)');

    await page.getByRole('switch', { name: 'Switch to dark theme' }).click();
    await expect.poll(embedTheme).toBe('dark');
    expect(await background()).toBe('rgb(23, 27, 33)');
    expectNoProblems(problems);
  });
});

/** Blocks every request that leaves localhost, as the suite's fixture does. */
async function onlyLocal(context: BrowserContext) {
  await context.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    return protocol === 'data:' || hostname === '127.0.0.1' || hostname === 'localhost' ? route.continue() : route.abort('blockedbyclient');
  });
}

/** The embed page inside the n-th element, once it is live. */
async function liveFrame(page: Page, n: number) {
  const iframe = page.locator('init-container-playground').nth(n).locator('iframe');
  await expect(iframe).toHaveCount(1, { timeout: 10_000 });
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame in element ${n}`);
  await expect(frame.getByTestId('pod-status')).toBeVisible({ timeout: 15_000 });
  return frame;
}
