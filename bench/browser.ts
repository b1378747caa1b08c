// Browser figures, measured in Debian's Chromium against a production build: first timeline paint
// and Monaco bytes before it, keystroke-to-timeline latency, dropped frames while playing.
import { chromium, type Browser, type Page } from '@playwright/test';
import { docsExampleYaml } from '../src/scenario/docsExample';
import { figure, report } from './measure';

const monacoAsset = /ScenarioEditor|editor\.worker|yaml\.worker|codicon|monaco/;
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A pod with `count` app containers that sleep, and a horizon: editing its last digits changes the timeline. */
export function manyContainersYaml(count: number, horizon = '90s'): string {
  const containers = Array.from({ length: count }, (_, i) => `  - { name: c${i}, image: busybox:1.28, command: ['sh', '-c', 'sleep ${5 + (i % 20)}; exit ${i % 2}'] }`).join('\n');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: many\nspec:\n  containers:\n${containers}\n---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  node:\n    cachedImages: [busybox:1.28]\n  until: ${horizon}`;
}

function withUntil(yaml: string, until: string): string {
  return `${yaml.replace(/\n$/, '')}\n  until: ${until}`;
}

async function firstPaint(browser: Browser, base: string): Promise<void> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __firstLane?: number };
    new MutationObserver((_m, obs) => {
      if (document.querySelector('[data-lane]')) { requestAnimationFrame(() => { w.__firstLane = performance.now(); }); obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(base);
  await page.waitForFunction(() => (window as unknown as { __firstLane?: number }).__firstLane !== undefined);
  const { at, monacoBytes } = await page.evaluate((pattern) => {
    const t = (window as unknown as { __firstLane: number }).__firstLane;
    const before = performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).responseEnd <= t && new RegExp(pattern).test(e.name));
    return { at: t, monacoBytes: before.reduce((n, e) => n + (e as PerformanceResourceTiming).encodedBodySize, 0) };
  }, monacoAsset.source);
  figure('ui: time to first timeline paint (page load to lanes on screen)', at, 'ms');
  report('ui: bytes of Monaco loaded before the first timeline paint', monacoBytes, 0, 'B');
  await page.close();
}

/** Replaces the editor's text as a user pasting it would (one edit). */
async function loadText(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
  await page.waitForTimeout(500);
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  return context.newPage();
}

/** Alternately deletes and retypes the horizon's last digit; each keystroke changes the timeline. */
async function keystrokeLatency(browser: Browser, base: string, label: string, text: string, targetMs: number): Promise<void> {
  const page = await newPage(browser);
  await page.goto(base);
  await page.locator('.monaco-editor').first().waitFor();
  await loadText(page, text);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ArrowLeft');
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __frame: number[]; __t0?: number };
    w.__lat = [];
    w.__frame = [];
    const root = document.querySelector('[data-testid="timeline"]');
    addEventListener('keydown', () => { w.__t0 = performance.now(); }, true);
    if (root) new MutationObserver(() => {
      const t0 = w.__t0;
      if (t0 === undefined) return;
      w.__t0 = undefined;
      // The work: from the key to the timeline's DOM updated. Then the wait for the next frame.
      w.__lat.push(performance.now() - t0);
      requestAnimationFrame(() => w.__frame.push(performance.now() - t0));
    }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const rounds = 40;
  for (let i = 0; i < rounds; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'Backspace' : '0');
    await page.waitForTimeout(60);
  }
  const { lat, frame } = await page.evaluate(() => { const w = window as unknown as { __lat: number[]; __frame: number[] }; return { lat: w.__lat, frame: w.__frame }; });
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? Infinity;
  const median = [...lat].sort((a, b) => a - b)[Math.floor(lat.length / 2)] ?? 0;
  report(`ui: keystroke to timeline updated p95, ${label}`, p95(lat), targetMs, 'ms',
    `median ${median.toFixed(1)} ms; to the next frame p95 ${p95(frame).toFixed(1)} ms; ${lat.length} of ${rounds} keystrokes`);
  await page.close();
}

async function droppedFrames(browser: Browser, base: string): Promise<void> {
  const page = await newPage(browser);
  await page.goto(base);
  await page.locator('.monaco-editor').first().waitFor();
  await loadText(page, manyContainersYaml(194, '10m'));
  const label = (await page.locator('[data-testid="timeline"] [aria-label^="Timeline"]').first().getAttribute('aria-label')) ?? '';
  const lanes = Number(/(\d+) lanes/.exec(label)?.[1] ?? 0);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('16');
  await page.getByRole('button', { name: 'Jump to start' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  const { frames, dropped, seconds } = await page.evaluate(() => new Promise<{ frames: number; dropped: number; seconds: number }>((resolve) => {
    const times: number[] = [];
    const tick = (t: number) => {
      times.push(t);
      if (t - (times[0] ?? t) < 5000) requestAnimationFrame(tick);
      else {
        let dropped = 0;
        for (let i = 1; i < times.length; i++) dropped += Math.max(0, Math.round(((times[i] ?? 0) - (times[i - 1] ?? 0)) / (1000 / 60)) - 1);
        resolve({ frames: times.length, dropped, seconds: ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000 });
      }
    };
    requestAnimationFrame(tick);
  }));
  const ratio = dropped / (frames + dropped);
  report(`ui: dropped frames, ${seconds.toFixed(1)} s of playback, ${lanes} lanes`, ratio * 100, 1, '%', `${dropped} dropped of ${frames + dropped} frames`);
  await page.close();
}

/** Runs the browser benchmarks against a served production build. */
export async function benchBrowser(base: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args });
  try {
    await firstPaint(browser, base);
    await keystrokeLatency(browser, base, 'docs example', withUntil(docsExampleYaml, '90s'), 8);
    await keystrokeLatency(browser, base, '100-container pod', manyContainersYaml(100), 50);
    await droppedFrames(browser, base);
  } finally {
    await browser.close();
  }
}
