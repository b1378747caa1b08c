import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Download, Page } from '@playwright/test';
import { test, expect, expectNoProblems } from './fixtures';
import { PlaygroundPage } from './playgroundPage';

const shots = '.tmp/screens/export';
const files = '.tmp/export-files';
mkdirSync(shots, { recursive: true });
mkdirSync(files, { recursive: true });

const exportButton = (page: Page) => page.getByRole('button', { name: 'Export' });
const lanesBox = (page: Page) => page.getByRole('application', { name: /^Timeline: \d+ lanes$/ });

/** Chooses an Export menu item and saves the download it fires. */
async function download(page: Page, item: RegExp, tag: string): Promise<{ download: Download; path: string }> {
  await exportButton(page).click();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = `${files}/${tag}-${d.suggestedFilename()}`;
  await d.saveAs(path);
  return { download: d, path };
}

/** Whether the browser parses the text as an SVG document without error, and its size. */
function parseSvg(page: Page, text: string) {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const root = doc.documentElement;
    return { ok: !doc.querySelector('parsererror') && root.localName === 'svg', width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')),
      axis: [...doc.querySelectorAll('.tl-axis-label')].map((e) => e.textContent) };
  }, text);
}

/** The width and height written in a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Shows an image file as `<img>` in a fresh page of its own context and returns that page. */
async function showImage(browser: Browser, bytes: Buffer, type: string, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: width + 20, height: height + 20 } });
  const page = await context.newPage();
  await page.setContent(`<body style="margin:10px;background:#777"><img id="shown" alt="" src="data:${type};base64,${bytes.toString('base64')}"></body>`);
  await page.waitForFunction(() => (document.getElementById('shown') as HTMLImageElement).complete);
  return page;
}

test.describe('export from the page', () => {
  test.use({ viewport: { width: 1280, height: 860 } });

  test('the Export menu is a keyboard menu button', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    const button = exportButton(page);
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = page.getByRole('menu', { name: /^Export the timeline, at / });
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute('aria-controls', (await menu.getAttribute('id')) ?? '');
    await expect(menu.getByRole('menuitem')).toHaveText([/SVG image/, /PNG image \(2×\)/, /Animated SVG/]);
    await expect(menu.getByRole('menuitem', { name: /SVG image/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: /PNG/ })).toBeFocused();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: /Animated/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: /SVG image/ })).toBeFocused();
    await page.screenshot({ path: `${shots}/menu-desktop.png` });
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    // The arrow opens it from the button; Enter on an item saves that file.
    await page.keyboard.press('ArrowDown');
    await expect(menu).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const [d] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(d.suggestedFilename()).toMatch(/@2x\.png$/);
    await expect(button).toBeFocused();
    expectNoProblems(problems);
  });

  test('SVG, PNG and animated SVG are the zoomed timeline as seen, at the playhead', async ({ page, browser, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    // The trace first, so the seek is not undone by its arrival.
    await expect(lanesBox(page)).toBeVisible();
    await app.seek(30_000);
    await expect(app.playhead).toHaveAttribute('aria-valuetext', '0:30.0');
    await lanesBox(page).focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const shownWidth = await lanesBox(page).evaluate((e) => e.clientWidth);

    const svg = await download(page, /SVG image/, 'desktop');
    expect(svg.download.suggestedFilename()).toBe('docs-myapp-pod-at-30s.svg');
    const svgText = readFileSync(svg.path, 'utf8');
    const parsed = await parseSvg(page, svgText);
    expect(parsed.ok).toBe(true);
    expect(parsed.width).toBe(shownWidth);
    // Zoomed in: the axis does not start at the trace's start.
    expect(parsed.axis[0]).not.toBe('0s');
    expect(svgText).toContain('tl-playhead-line');
    const still = await showImage(browser, Buffer.from(svgText), 'image/svg+xml', parsed.width, parsed.height);
    await still.screenshot({ path: `${shots}/exported-svg.png` });
    await still.context().close();

    const png = await download(page, /PNG image/, 'desktop');
    expect(png.download.suggestedFilename()).toBe('docs-myapp-pod-at-30s@2x.png');
    const pngBytes = readFileSync(png.path);
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(pngBytes)).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
    const shownPng = await showImage(browser, pngBytes, 'image/png', parsed.width * 2, parsed.height * 2);
    await shownPng.screenshot({ path: `${shots}/exported-png.png` });
    await shownPng.context().close();

    const animated = await download(page, /Animated SVG/, 'desktop');
    expect(animated.download.suggestedFilename()).toMatch(/^docs-myapp-pod-[\d.ms]+-[\d.ms]+-animated\.svg$/);
    const animatedText = readFileSync(animated.path, 'utf8');
    expect((await parseSvg(page, animatedText)).ok).toBe(true);
    expect(animatedText).not.toMatch(/<script|\son[a-z]+\s*=|foreignObject/i);
    expect(animatedText).toContain('@keyframes');
    expectNoProblems(problems);
  });

  test('the animated SVG plays as <img>: two instants look different; with reduced motion it stands still', async ({ page, browser }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    const { path } = await download(page, /Animated SVG/, 'plays');
    const bytes = readFileSync(path);
    const { width, height } = await parseSvg(page, bytes.toString('utf8'));
    const shown = await showImage(browser, bytes, 'image/svg+xml', width, height);
    const first = await shown.screenshot({ path: `${shots}/animated-1.png` });
    await shown.waitForTimeout(1500);
    const second = await shown.screenshot({ path: `${shots}/animated-2.png` });
    expect(first.equals(second)).toBe(false);
    await shown.context().close();

    // Chromium does not pass emulated media features on to image documents, so the reduced-motion rule is checked with
    // the SVG as the page itself: nothing moves, and the playhead stands at the window's end.
    const context = await browser.newContext({ viewport: { width: width + 20, height: height + 20 }, reducedMotion: 'reduce' });
    const still = await context.newPage();
    await still.goto(`data:image/svg+xml;base64,${bytes.toString('base64')}`);
    const a = await still.screenshot({ path: `${shots}/animated-reduced.png` });
    await still.waitForTimeout(1500);
    expect(a.equals(await still.screenshot())).toBe(true);
    const playhead = await still.locator('.tl-anim-playhead').boundingBox();
    expect(playhead && playhead.x).toBeGreaterThan(width * 0.9);
    await context.close();
  });

  test('looks right in dark mode, and exports the dark theme', async ({ page, problems }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const app = new PlaygroundPage(page);
    await app.open();
    await exportButton(page).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await page.screenshot({ path: `${shots}/menu-dark.png` });
    await page.keyboard.press('Escape');
    const svg = await download(page, /SVG image/, 'dark');
    expect(readFileSync(svg.path, 'utf8')).toContain('.tl-bg { fill: #171b21; }');
    expectNoProblems(problems);
  });
});

test.describe('export on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the menu fits the screen and its downloads work', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await exportButton(page).tap();
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    const box = await menu.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await page.screenshot({ path: `${shots}/menu-phone.png` });
    const [d] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: /PNG/ }).tap()]);
    const path = `${files}/phone-${d.suggestedFilename()}`;
    await d.saveAs(path);
    const bytes = readFileSync(path);
    const shownWidth = await lanesBox(page).evaluate((e) => e.clientWidth);
    expect(pngSize(bytes).width).toBe(shownWidth * 2);
    expectNoProblems(problems);
  });
});
