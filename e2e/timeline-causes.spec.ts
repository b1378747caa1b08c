import { test, expect, expectNoProblems } from './fixtures';
import { PlaygroundPage } from './playgroundPage';

// The docs example opens by default: Services myservice and mydb are applied at 20 s and 40 s.
const shots = 'test-results/timeline-causes';

test.describe('causes on the timeline', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('marks the scenario events with accessible names and explains them on hover', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await expect(app.scenarioMarker('Service myservice created at 0:20.0')).toBeVisible();
    await expect(app.scenarioMarker('Service mydb created at 0:40.0')).toBeVisible();
    await app.scenarioMarker(/myservice/).hover();
    await expect(app.timelineTooltip).toContainText('Service myservice created at 0:20.0');
    await expect(app.timelineTooltip).toContainText('init-myservice exited 0');
    // Clicking a marker moves the playhead to the event.
    await app.scenarioMarker(/mydb/).click();
    await expect(page.getByRole('slider', { name: 'Playhead' })).toHaveValue('40000');
    expectNoProblems(problems);
  });

  test('hovering an init container\'s segment shows its cause and draws the link to what unblocked it', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await expect(app.causeLink).toHaveCount(0);
    await app.segments('container:init-mydb').filter({ visible: true }).nth(1).hover();
    await expect(app.timelineTooltip).toContainText('init-mydb started');
    await expect(app.timelineTooltip).toContainText('Because: init-myservice exited 0');
    await expect(app.timelineTooltip).toContainText('Rule: Init containers run one at a time');
    await expect(app.causeLink).toHaveCount(1);
    await page.screenshot({ path: `${shots}/desktop-hover-init.png` });
    // init-myservice's exit was set off by the Service that appeared: the link starts at its marker.
    await app.segments('container:init-myservice').nth(2).hover();
    await expect(app.timelineTooltip).toContainText('init-myservice exited 0');
    await expect(page.locator('.tl-link--scenario')).toHaveCount(1);
    await page.mouse.move(5, 5);
    await expect(app.causeLink).toHaveCount(0);
    expectNoProblems(problems);
  });

  test('opens the legend from the timeline and from the ? help', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    let legend = await app.openLegend();
    for (const term of ['CrashLoopBackOff (hatched)', 'Running, startup probe pending', 'Completed, phase still Running', 'Restart', 'Scenario event', 'Cause link']) {
      await expect(legend.getByText(term, { exact: true })).toBeVisible();
    }
    await page.screenshot({ path: `${shots}/desktop-legend.png` });
    await page.keyboard.press('Escape');
    await expect(legend).toBeHidden();
    legend = await app.openLegendFromHelp();
    await expect(legend.getByText('Warning event', { exact: true })).toBeVisible();
    await legend.getByRole('button', { name: 'Back to shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expectNoProblems(problems);
  });
});

test.describe('causes on the timeline, dark', () => {
  test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });

  test('draws markers, tooltip and link readably in dark mode', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    await app.segments('container:init-mydb').nth(1).hover();
    await expect(app.causeLink).toHaveCount(1);
    await page.screenshot({ path: `${shots}/dark-hover-init.png` });
    await app.openLegend();
    await page.screenshot({ path: `${shots}/dark-legend.png` });
    expectNoProblems(problems);
  });
});

test.describe('causes on the timeline, phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('tapping a segment pins its explanation, and tapping it again unpins it', async ({ page, problems }) => {
    const app = new PlaygroundPage(page);
    await app.open();
    const running = app.segments('container:init-mydb').nth(1);
    await running.tap();
    await expect(app.timelineTooltip).toContainText('init-mydb started');
    await expect(app.timelineTooltip).toContainText('Tap it again');
    await expect(app.causeLink).toHaveCount(1);
    await page.screenshot({ path: `${shots}/phone-pinned.png` });
    await running.tap();
    await expect(app.timelineTooltip).toHaveCount(0);
    // A tap elsewhere on the page closes it too.
    await running.tap();
    await expect(app.timelineTooltip).toBeVisible();
    await app.explanation.tap({ position: { x: 10, y: 10 } });
    await expect(app.timelineTooltip).toHaveCount(0);
    expectNoProblems(problems);
  });
});
