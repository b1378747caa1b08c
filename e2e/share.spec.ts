import { test, expect, expectNoProblems } from './fixtures';
import { encodeShareState } from '../src/share/shareCodec';
import { gallery } from '../src/scenario/gallery';
import { PlaygroundPage } from './playgroundPage';

const crashloop = gallery.find((g) => g.id === 'crashloop-always');
const nginx = gallery.find((g) => g.id === 'nginx-emptydir');

test.describe('share links and drafts', () => {
  test('opens a shared link in a fresh browser with the same scenario, instant, tab and speed', async ({ page, browser, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample(crashloop?.title ?? '');
    await page.getByRole('slider', { name: 'Playhead' }).fill('30000');
    await page.getByRole('tab', { name: 'describe' }).click();
    await app.setSpeed(16);
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    expect(link).toContain('#');
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByTestId('pod-status')).toHaveText(await app.status.textContent() ?? '');
    await expect(other.locator('.clock')).toHaveText(/^0:30\.0/);
    await expect(other.getByRole('tab', { name: 'describe' })).toHaveAttribute('aria-selected', 'true');
    await expect(other.getByRole('combobox', { name: 'Speed' })).toHaveValue('16');
    await expect(other.getByLabel('Scenario YAML').first()).toBeAttached();
    expect(await other.evaluate(() => document.body.innerText)).toContain('migrate');
    await fresh.close();
    expectNoProblems(problems);
  });

  test('keeps the draft across a reload', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.waitForEditor();
    await app.focusEditor();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n# my own draft');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('icp:draft:v1') ?? '')).toContain('my own draft');
    await page.goto('/');
    await expect(page.locator('.monaco-editor .view-lines, [data-testid="yaml-placeholder"]').first()).toContainText('my own draft');
  });

  test('opening a link keeps the previous draft one click away', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.waitForEditor();
    await app.replaceText('# draft before the link\napiVersion: v1\nkind: Pod\nmetadata:\n  name: mine\nspec:\n  containers:\n  - { name: app, image: busybox:1.28 }\n');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('icp:draft:v1') ?? '')).toContain('draft before the link');
    await page.goto(`/#${encodeShareState({ text: nginx?.yaml ?? '' })}`);
    await expect(page.getByTestId('notice')).toContainText('shared scenario');
    await page.getByRole('button', { name: 'Restore my draft' }).click();
    await expect(page.locator('.monaco-editor .view-lines, [data-testid="yaml-placeholder"]').first()).toContainText('draft before the link');
  });

  test('keeps the draft through opening a link, editing it and reloading', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.waitForEditor();
    await app.replaceText('# the original draft\napiVersion: v1\nkind: Pod\nmetadata:\n  name: mine\nspec:\n  containers:\n  - { name: app, image: busybox:1.28 }\n');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('icp:draft:v1') ?? '')).toContain('the original draft');
    await page.goto(`/#${encodeShareState({ text: nginx?.yaml ?? '' })}`);
    await app.waitForEditor();
    await app.focusEditor();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.type('# edited link\n');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('icp:draft:v1') ?? '')).toContain('edited link');
    await page.goto('/');
    await expect(page.getByTestId('notice')).toContainText('earlier draft');
    await page.getByRole('button', { name: 'Restore my draft' }).click();
    await expect(page.locator('.monaco-editor .view-lines, [data-testid="yaml-placeholder"]').first()).toContainText('the original draft');
  });

  test('50 corrupted links never blank the page nor lose the draft', async ({ page }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('icp:draft:v1', JSON.stringify({ text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kept-draft\nspec:\n  containers:\n  - { name: app, image: busybox:1.28 }\n', savedAt: 1 })));
    const good = encodeShareState({ text: crashloop?.yaml ?? '', t: 5000 });
    const bad: string[] = [];
    let seed = 7;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let i = 0; i < 50; i++) {
      const kind = i % 6;
      if (kind === 0) bad.push(good.slice(0, 2 + rand(good.length - 2)));
      else if (kind === 1) { const at = 3 + rand(good.length - 3); bad.push(good.slice(0, at) + (good[at] === 'A' ? 'B' : 'A') + good.slice(at + 1)); }
      else if (kind === 2) bad.push(`s${2 + rand(8)}.${good.slice(3)}`);
      else if (kind === 3) bad.push(`${good.slice(0, 3)}${'%$!*<>'.repeat(1 + rand(5))}`);
      else if (kind === 4) bad.push(`${good}${'A'.repeat(rand(3000))}`);
      else bad.push(['x', 'code/abc', 'pako:xyz', '<img src=x onerror=alert(1)>', 's1.', 's1'][rand(6)] ?? 'x');
    }
    for (const [i, fragment] of bad.entries()) {
      if (i % 5 === 0) await page.goto(`/#${fragment}`);
      else await page.evaluate((f) => { window.location.hash = f; }, fragment);
      await expect(page.getByRole('heading', { name: 'Init Container Playground' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    }
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('icp:draft:v1') ?? '')).toContain('kept-draft');
    await page.goto('/#s1.broken');
    await expect(page.getByTestId('notice')).toContainText('Your draft is shown instead');
    await expect(page.locator('.monaco-editor .view-lines, [data-testid="yaml-placeholder"]').first()).toContainText('kept-draft');
  });
});

test.describe('untrusted text is shown as text', () => {
  const payload = '<img src=x onerror=alert(1)>';
  test('a pod named with HTML is rejected, the error quoting the name as text', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    await page.goto(`/#${encodeShareState({ text: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: "${payload}"\nspec:\n  containers:\n  - { name: app, image: busybox:1.28 }\n` })}`);
    await expect(page.getByRole('region', { name: 'Problems' })).toContainText(payload);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  test('HTML in echo output, annotations and Scenario fields stays text in every view', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: xss\n  annotations:\n    note: "${payload}"\nspec:\n  containers:\n  - name: app\n    image: busybox:1.28\n    command: ['sh', '-c', 'echo "${payload}"; sleep 3600']\n---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  node:\n    images:\n      "busybox:1.28": { pull: fail }\n`;
    await page.goto(`/#${encodeShareState({ text, t: 30_000, tab: 'describe' })}`);
    await expect(page.getByRole('tabpanel')).toContainText(payload);
    await page.getByRole('tab', { name: 'logs' }).click();
    await page.goto(`/#${encodeShareState({ text: text.replace('{ pull: fail }', '{ pullSeconds: 1 }'), t: 30_000, tab: 'logs' })}`);
    await expect(page.getByTestId('kubectl-logs')).toContainText(payload);
    const scenarioBad = `${text.replace('{ pull: fail }', '{ pullSeconds: 1 }')}  events:\n  - { at: 5s, kill: "${payload}" }\n`;
    await page.goto(`/#${encodeShareState({ text: scenarioBad })}`);
    await expect(page.getByRole('region', { name: 'Problems' })).toContainText(payload);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});

test.describe('content security policy', () => {
  test('is sent, the app works under it, and an injected inline script does not run', async ({ page, problems }) => {
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const app = new PlaygroundPage(page);
    await app.waitForEditor();
    await expect(page.locator('[data-lane]').first()).toBeVisible();
    expectNoProblems(problems);
    const ran = await page.evaluate(() => new Promise<boolean>((resolve) => {
      document.addEventListener('securitypolicyviolation', () => resolve(Boolean((window as unknown as { __inline?: boolean }).__inline)), { once: true });
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.body.append(s);
      setTimeout(() => resolve(Boolean((window as unknown as { __inline?: boolean }).__inline)), 1000);
    }));
    expect(ran).toBe(false);
  });
});
