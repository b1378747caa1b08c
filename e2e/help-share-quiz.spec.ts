import { expect, expectNoProblems, test } from './fixtures';
import { PlaygroundPage } from './playgroundPage';

test.describe('help and share for Guess first', () => {
  test('the help lists cause stepping and the Guess first keys', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog.getByRole('row', { name: '← / → Previous / next cause' })).toBeVisible();
    await expect(dialog.getByRole('row', { name: /^1 – 4 Answer/ })).toBeVisible();
    await expect(dialog.getByRole('row', { name: /^Enter \/ Space Continue/ })).toBeVisible();
    await page.screenshot({ path: '.tmp/screens/lesson/help.png' });
    await page.setViewportSize({ width: 390, height: 844 });
    const box = await dialog.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 844 && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await page.screenshot({ path: '.tmp/screens/lesson/help-phone.png' });
    expectNoProblems(problems);
  });

  test('the Share dialog\'s Guess first option adds predict to both embed snippets', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await page.getByRole('button', { name: 'Share' }).click();
    const element = page.getByLabel('Script and element (readable YAML in your page)');
    const iframe = page.getByLabel('iframe', { exact: true });
    await expect(element).not.toHaveValue(/predict/);
    await page.getByRole('checkbox', { name: 'Guess first (quiz)' }).check();
    await expect(element).toHaveValue(/<init-container-playground[^>]* predict>/);
    await expect(iframe).toHaveValue(/embed\.html\?[^#"]*predict=1/);
    await page.screenshot({ path: '.tmp/screens/lesson/share-predict.png' });
    expectNoProblems(problems);
    // The snippet's own URL opens an embed that guesses first.
    const src = /src="([^"]*)"/.exec(await iframe.inputValue())?.[1]?.replace(/&amp;/g, '&') ?? '';
    const embed = await page.context().newPage();
    await embed.goto(src);
    await expect(embed.getByRole('button', { name: 'Guess first' })).toHaveAttribute('aria-pressed', 'true');
    await embed.close();
  });
});
