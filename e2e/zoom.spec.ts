import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoProblems } from './fixtures';
import { PlaygroundPage } from './playgroundPage';

const shots = 'test-results/zoom';
const crashLoop = 'Init container in CrashLoopBackOff';

/** The overview strip's slider, whose value text is "0:10.0 to 0:40.0 of 6:00.0". */
const overview = (page: Page) => page.getByRole('slider', { name: 'Overview: visible part of the timeline' });
const lanesBox = (page: Page) => page.getByRole('application', { name: /^Timeline: \d+ lanes$/ });

/** Seconds of the visible window, read from the overview's value text. */
async function visibleWindow(page: Page): Promise<{ from: number; to: number; horizon: number; whole: boolean }> {
  const text = (await overview(page).getAttribute('aria-valuetext')) ?? '';
  const times = [...text.matchAll(/(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]));
  const [from = NaN, to = NaN, horizon = NaN] = times;
  return { from, to, horizon, whole: text.startsWith('Whole trace') };
}

/** The plot's left edge and width on screen: the overview track lines up with it. */
async function plot(page: Page): Promise<{ left: number; width: number }> {
  const box = await overview(page).boundingBox();
  if (!box) throw new Error('no overview');
  return { left: box.x, width: box.width };
}

async function widthOf(locator: Locator): Promise<number> {
  return (await locator.boundingBox())?.width ?? 0;
}

test.describe('zoom and pan', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('Ctrl + wheel zooms around the pointer, and the overview shows the window', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample(crashLoop);
    await expect.poll(async () => (await visibleWindow(page)).whole).toBe(true);
    const { left, width } = await plot(page);
    const laneY = ((await lanesBox(page).boundingBox())?.y ?? 0) + 120;
    const x = left + width * 0.25;
    const before = await visibleWindow(page);
    const tUnder = before.from + ((x - left) / width) * (before.to - before.from);
    await page.mouse.move(x, laneY);
    await page.keyboard.down('Control');
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(50);
    }
    await page.keyboard.up('Control');
    await expect.poll(async () => (await visibleWindow(page)).whole).toBe(false);
    const after = await visibleWindow(page);
    expect(after.to - after.from).toBeLessThan((before.to - before.from) / 4);
    // The instant under the pointer stays under it (to the value text's tenth of a second).
    expect(after.from + ((x - left) / width) * (after.to - after.from)).toBeCloseTo(tUnder, 0);
    // The overview's frame has shrunk with the window.
    expect(await widthOf(page.locator('.tl-overview-frame'))).toBeLessThan(width / 4);
    expectNoProblems(problems);
  });

  test('+, - and 0 zoom while the timeline has focus, without changing the speed; a 1 s stretch gets 40 px and more', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample(crashLoop);
    // migrate's first crash: Error from 5.0 s to 5.2 s, a sliver of the 6-minute trace. The keys
    // zoom around the playhead, which keeps its place on screen: just before the crash.
    await app.seek(4000);
    const speed = await page.getByRole('combobox', { name: 'Speed' }).inputValue();
    await lanesBox(page).focus();
    await page.keyboard.press('+');
    await expect.poll(async () => (await visibleWindow(page)).whole).toBe(false);
    const half = await visibleWindow(page);
    expect(half.to - half.from).toBeCloseTo(180, 0);
    await page.keyboard.press('-');
    await expect.poll(async () => (await visibleWindow(page)).whole).toBe(true);
    for (let i = 0; i < 8; i++) await page.keyboard.press('+');
    await expect.poll(async () => (await visibleWindow(page)).to - (await visibleWindow(page)).from).toBeLessThan(2);
    const w = await visibleWindow(page);
    expect(w.from).toBeLessThanOrEqual(5.0);
    expect(w.to).toBeGreaterThanOrEqual(5.2);
    const { width } = await plot(page);
    expect(width / (w.to - w.from)).toBeGreaterThanOrEqual(40);
    const error = app.segments('container:migrate').and(page.locator('.tl-seg--error'));
    await expect(error).toHaveCount(1);
    expect(await widthOf(error)).toBeGreaterThanOrEqual(40);
    await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue(speed);
    await page.screenshot({ path: `${shots}/desktop-crashloop-zoomed.png` });
    await page.keyboard.press('0');
    await expect.poll(async () => (await visibleWindow(page)).whole).toBe(true);
    expectNoProblems(problems);
  });

  test('keeps the segment focused with the keyboard through a zoom', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample(crashLoop);
    await lanesBox(page).focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const title = page.getByRole('tooltip').locator('.tl-tooltip-title');
    await expect(title).toContainText('migrate · ');
    const before = await title.textContent();
    await page.keyboard.press('+');
    await expect.poll(async () => (await visibleWindow(page)).whole).toBe(false);
    await expect(page.locator('.tl-focus-ring')).toHaveCount(1);
    // The title may name the state once it is too narrow for its label; the times stay those of the same segment.
    await expect(title).toContainText((before ?? '').replace(/^migrate · (\S+ · )?/, ''));
    expectNoProblems(problems);
  });

  test('pans by dragging the time axis, with Shift + wheel, and with the overview', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample(crashLoop);
    await lanesBox(page).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await expect.poll(async () => (await visibleWindow(page)).to - (await visibleWindow(page)).from).toBeCloseTo(45, 0);
    await page.getByRole('button', { name: 'Show the whole trace' }).isEnabled();
    const start = await visibleWindow(page);
    const { left, width } = await plot(page);
    const axisY = ((await lanesBox(page).boundingBox())?.y ?? 0) + 10;
    const playhead = await app.playheadMs();
    // Dragging the axis to the left brings later time into view, and does not move the playhead.
    await page.mouse.move(left + width * 0.8, axisY);
    await page.mouse.down();
    await page.mouse.move(left + width * 0.5, axisY, { steps: 6 });
    await page.mouse.move(left + width * 0.3, axisY, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await visibleWindow(page)).from).toBeGreaterThan(start.from + 15);
    expect(await app.playheadMs()).toBe(playhead);
    const dragged = await visibleWindow(page);
    expect(dragged.to - dragged.from).toBeCloseTo(45, 0);

    await page.mouse.move(left + width / 2, axisY + 150);
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, 400);
    await page.keyboard.up('Shift');
    await expect.poll(async () => (await visibleWindow(page)).from).toBeGreaterThan(dragged.from + 1);

    // The overview: drag its frame to the end, then step it back with the arrow keys.
    const frame = await page.locator('.tl-overview-frame').boundingBox();
    if (!frame) throw new Error('no frame');
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await page.mouse.down();
    await page.mouse.move(left + width + 40, frame.y + frame.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await visibleWindow(page)).to).toBeCloseTo(360, 0);
    await overview(page).focus();
    await overview(page).press('Home');
    await expect.poll(async () => (await visibleWindow(page)).from).toBe(0);
    await overview(page).press('ArrowRight');
    await expect.poll(async () => (await visibleWindow(page)).from).toBeCloseTo(4.5, 0);
    expectNoProblems(problems);
  });

  test('follows the playhead while playing zoomed in', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample(crashLoop);
    await lanesBox(page).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await expect.poll(async () => (await visibleWindow(page)).to - (await visibleWindow(page)).from).toBeCloseTo(22.5, 0);
    await app.setSpeed(16);
    await app.playButton.click();
    await expect.poll(async () => (await visibleWindow(page)).from, { timeout: 10_000 }).toBeGreaterThan(20);
    await app.playButton.click();
    const w = await visibleWindow(page);
    const t = (await app.playheadMs()) / 1000;
    expect(t).toBeGreaterThanOrEqual(w.from);
    expect(t).toBeLessThanOrEqual(w.to);
    await expect(page.locator('.tl-playhead')).toBeVisible();
    expectNoProblems(problems);
  });

  test('draws a 0.2 s OOMKilled between two Running bars wide enough to hover', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample('OOMKilled init container');
    const short = app.segments('container:migrate').and(page.locator('.tl-seg--oomkilled'));
    await expect(short).toHaveCount(1);
    await expect(short).toHaveClass(/tl-seg--short/);
    expect(await widthOf(short)).toBeGreaterThanOrEqual(4);
    const box = await short.boundingBox();
    if (!box) throw new Error('no segment');
    // A pixel beside the drawn sliver still finds it.
    await page.mouse.move(box.x + box.width + 1, box.y + box.height / 2);
    await expect(app.timelineTooltip).toContainText('OOMKilled');
    await page.screenshot({ path: `${shots}/desktop-oomkilled-hover.png` });
    const pod = app.segments('pod').and(page.locator('.tl-seg--short'));
    await expect(pod).toHaveCount(1);
    const podBox = await pod.boundingBox();
    await page.mouse.move((podBox?.x ?? 0) + 2, (podBox?.y ?? 0) + 6);
    await expect(app.timelineTooltip).toContainText('Init:OOMKilled');
    expectNoProblems(problems);
  });
});

test.describe('zoom, dark', () => {
  test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });

  test('draws the zoomed crash loop and the overview readably in dark mode', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample(crashLoop);
    await app.seek(20000);
    await lanesBox(page).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await expect.poll(async () => (await visibleWindow(page)).whole).toBe(false);
    await page.screenshot({ path: `${shots}/dark-crashloop-zoomed.png` });
    expectNoProblems(problems);
  });
});

test.describe('zoom, phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('zooms with the buttons and keeps the overview in the page', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample(crashLoop);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    await zoomIn.scrollIntoViewIfNeeded();
    for (let i = 0; i < 4; i++) await zoomIn.tap();
    await expect.poll(async () => (await visibleWindow(page)).to - (await visibleWindow(page)).from).toBeCloseTo(22.5, 0);
    await expect(page.getByRole('button', { name: 'Show the whole trace' })).toBeEnabled();
    const track = await overview(page).boundingBox();
    expect((track?.x ?? 0) + (track?.width ?? 0)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${shots}/phone-crashloop-zoomed.png`, fullPage: false });
    expectNoProblems(problems);
  });
});
