import type { Page } from '@playwright/test';
import { docsExampleYaml } from '../src/scenario/docsExample';
import { test, expect, expectNoProblems } from './fixtures';
import { PlaygroundPage } from './playgroundPage';

const shots = '.tmp/screens/errors';
const appImageLine = "    image: busybox:1.28\n    command: ['sh', '-c', 'echo The app";
const typo = docsExampleYaml.replace('  - name: init-myservice\n    image:', '  - name: init-myservice\n    ximage:');
const badIndent = docsExampleYaml.replace(appImageLine, `  ${appImageLine}`);
const wrongEnum = docsExampleYaml.replace('spec:\n  containers:', 'spec:\n  restartPolicy: Sometimes\n  containers:');

/** The Problems entries as `line:column message`, in list order. */
async function problemEntries(app: PlaygroundPage): Promise<string[]> {
  const buttons = app.problems.getByRole('button');
  const out: string[] = [];
  for (const b of await buttons.all()) out.push(`${await b.locator('.where').innerText()} ${await b.locator('.what').innerText()}`);
  return out;
}

/** The editor's marker hover at a Problems entry: choosing it puts the cursor there; Ctrl+K Ctrl+I shows the hover. */
async function hoverAtProblem(page: Page, app: PlaygroundPage, index: number, settled = /View Problem/): Promise<string> {
  await app.problems.getByRole('button').nth(index).click();
  await page.keyboard.press('ControlOrMeta+K');
  await page.keyboard.press('ControlOrMeta+I');
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ }).last();
  // The schema's part of the hover comes from the YAML worker, after the marker's.
  await expect(hover).toContainText(settled);
  return hover.innerText();
}

/**
 * Shows the scenario text as a paste does, waits until the engine's findings are counted, and scrolls
 * to the top. The click lands near the editor's top left, past the line numbers, on the editor's own
 * box: a click at the centre of a long line's `.view-lines` makes the browser scroll Monaco's clipped
 * layer sideways, and a point given inside that layer can end up outside the page.
 */
async function enter(app: PlaygroundPage, text: string, count: string) {
  await app.open();
  await app.waitForEditor();
  await app.page.locator('.monaco-editor').first().click({ position: { x: 80, y: 8 } });
  await app.page.keyboard.press('ControlOrMeta+A');
  await app.page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await app.page.keyboard.press('ControlOrMeta+V');
  await expect(app.page.getByTestId('problem-count')).toHaveText(count);
  // The paste leaves the view at the end; squiggles are drawn only for lines in view.
  await app.page.keyboard.press('ControlOrMeta+Home');
}

test.describe('errors a newcomer understands', () => {
  test('a misspelt image: one error, the unknown field at its key, fixed with Ctrl+. Enter', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await enter(app, typo, '1 error, 0 warnings');
    expect(await problemEntries(app)).toEqual(['14:5 unknown field "spec.initContainers[0].ximage"']);
    await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
    await expect(page.locator('.monaco-editor .squiggly-warning')).toHaveCount(0);

    await hoverAtProblem(page, app, 0);
    // Absence can only be checked after the YAML worker has had time to answer.
    await page.waitForTimeout(1000);
    const hover = await page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ }).last().innerText();
    expect(hover).toContain('unknown field "spec.initContainers[0].ximage"');
    expect(hover).not.toContain('inmemory://');
    expect(hover).not.toContain('Name of the container');
    await page.keyboard.press('Escape');

    await page.keyboard.press('ControlOrMeta+Period');
    const fix = page.getByText('Did you mean `image`?');
    await expect(fix).toBeVisible();
    await page.screenshot({ path: `${shots}/errors-quick-fix-light.png` });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('problem-count')).toHaveText('0 errors, 0 warnings');
    await expect(app.problems).toContainText('No problems');
    await expect(page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning')).toHaveCount(0);
    await expect(app.status).toHaveText('Init:0/2');
    expectNoProblems(problems);
  });

  test('a key indented too far: one entry in plain words at the broken line, the same words on the squiggle', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await enter(app, badIndent, '1 error, 0 warnings');
    const message = "line 10: `image:` is indented more than `name:` above it; list items' keys must line up (yaml: Nested mappings are not allowed in compact mappings; Implicit keys need to be on a single line)";
    expect(await problemEntries(app)).toEqual([`10:7 ${message}`]);
    await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
    const hover = await hoverAtProblem(page, app, 0);
    expect(hover).toContain(message);
    expect(hover).not.toContain('inmemory://');
    await page.screenshot({ path: `${shots}/errors-indent-light.png` });
    expectNoProblems(problems);
  });

  test('a wrong enum value: the API server\'s Unsupported value at the key, and nothing from the schema', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await enter(app, wrongEnum, '1 error, 0 warnings');
    const message = 'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"';
    expect(await problemEntries(app)).toEqual([`8:3 ${message}`]);
    await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
    await expect(page.locator('.monaco-editor .squiggly-warning')).toHaveCount(0);
    // The marker's text, then the schema's help for the key, without the schema's own address.
    const hover = await hoverAtProblem(page, app, 0, /Restart policy for all containers/);
    expect(hover).toContain(message);
    expect(hover).not.toMatch(/inmemory:|Value is not accepted|Source: /);
    await page.screenshot({ path: `${shots}/errors-enum-light.png` });
    expectNoProblems(problems);
  });

  test('a missing image: the quick fix adds it after the container\'s name', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await enter(app, docsExampleYaml.replace("  - name: init-myservice\n    image: busybox:1.28\n", '  - name: init-myservice\n'), '1 error, 0 warnings');
    expect(await problemEntries(app)).toEqual(['13:5 spec.initContainers[0].image: Required value']);
    await app.problems.getByRole('button').first().click();
    await page.keyboard.press('ControlOrMeta+Period');
    await expect(page.getByText('Add the missing `image: busybox:1.28`')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('problem-count')).toHaveText('0 errors, 0 warnings');
    await expect(app.status).toHaveText('Init:0/2');
    expectNoProblems(problems);
  });

  test('keeps the schema\'s completion', async ({ page }) => {
    const app = new PlaygroundPage(page);
    await enter(app, docsExampleYaml, '0 errors, 0 warnings');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('imagePu');
    await page.keyboard.press('Control+Space');
    await expect(page.locator('.suggest-widget')).toContainText('imagePullPolicy');
  });

  test('looks right in dark mode, with the quick fix open', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const app = new PlaygroundPage(page);
    await enter(app, typo, '1 error, 0 warnings');
    await hoverAtProblem(page, app, 0);
    await page.screenshot({ path: `${shots}/errors-hover-dark.png` });
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+Period');
    await expect(page.getByText('Did you mean `image`?', { exact: false })).toBeVisible();
    await page.screenshot({ path: `${shots}/errors-quick-fix-dark.png` });
    await page.keyboard.press('Escape');
    await page.mouse.move(900, 700);
    await page.getByTestId('scenario-editor').screenshot({ path: `${shots}/errors-squiggles-dark.png` });
  });
});
