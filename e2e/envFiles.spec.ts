import { expect, expectNoProblems, test } from './fixtures';
import { PlaygroundPage } from './playgroundPage';

test.describe('env files and image volumes', () => {
  test('the env-file example shows the worker waiting for its key, then the lesson steps', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample('Env file written by an init container');
    await app.openLesson();
    await expect(app.lessonSteps).toHaveCount(4);
    await app.lessonSteps.nth(2).click();
    await expect(app.explanation.getByTestId('explanation-happened')).toContainText('CreateContainerConfigError');
    await page.screenshot({ path: test.info().outputPath('env-file-from-init.png'), fullPage: true });
    expectNoProblems(problems);
  });

  test('the image-volume example holds every container until the pull is done', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.pickExample('Image volume holding a model');
    await app.openLesson();
    await expect(app.lessonSteps).toHaveCount(2);
    await app.lessonSteps.first().click();
    await expect(app.explanation.getByTestId('explanation-happened')).toContainText('image volume');
    await page.screenshot({ path: test.info().outputPath('image-volume.png'), fullPage: true });
    expectNoProblems(problems);
  });
});
