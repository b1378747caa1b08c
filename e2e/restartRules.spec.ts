import { expect, expectNoProblems, test } from './fixtures';
import { PlaygroundPage } from './playgroundPage';

test.describe('restart rules', () => {
  test('the retry-init example narrates the rule restart of fetch-dataset in a Never pod', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample('Init container retried on exit code 42');
    await app.openLesson();
    await expect(app.lessonSteps).toHaveCount(6);
    await app.lessonSteps.nth(1).click();
    await expect(app.explanation.getByTestId('explanation-happened')).toContainText('fetch-dataset');
    await page.screenshot({ path: test.info().outputPath('restart-rules-retry-init.png'), fullPage: true });
    expectNoProblems(problems);
  });

  test('the restart-all example shows AllContainersRestarting in describe during the kill', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample('One exit restarts the whole pod in place');
    await app.openLesson();
    await expect(app.lessonSteps).toHaveCount(6);
    await app.lessonSteps.nth(2).click();
    await expect(app.explanation.getByTestId('explanation-happened')).toContainText('uploader');
    await page.getByRole('tab', { name: 'describe' }).click();
    await expect(page.getByRole('tabpanel')).toContainText('AllContainersRestarting');
    await page.screenshot({ path: test.info().outputPath('restart-all-containers.png'), fullPage: true });
    expectNoProblems(problems);
  });
});
