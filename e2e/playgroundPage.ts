import { expect, type Locator, type Page } from '@playwright/test';

/** The playground as a user sees it: the page object every spec drives. */
export class PlaygroundPage {
  readonly status: Locator;
  readonly playButton: Locator;
  readonly timeline: Locator;
  readonly problems: Locator;
  readonly explanation: Locator;
  readonly stepCaption: Locator;
  readonly playhead: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('pod-status');
    this.playButton = page.getByRole('button', { name: /^(Play|Pause)$/ });
    this.timeline = page.getByRole('region', { name: 'Timeline' });
    this.problems = page.getByRole('region', { name: 'Problems' });
    this.explanation = page.getByRole('region', { name: 'Explanation' });
    this.stepCaption = page.getByTestId('step-caption');
    this.playhead = page.getByRole('slider', { name: 'Playhead' });
  }

  /** Opens the playground (optionally at a path such as a share link), once its text is simulated. */
  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { name: 'Init Container Playground' })).toBeVisible();
    await this.simulated();
  }

  /** Waits until the simulator (a worker) has answered for the current text: the timeline is no longer busy. */
  async simulated() {
    await expect(this.page.locator('[data-testid="timeline"][aria-busy="true"]')).toHaveCount(0, { timeout: 10_000 });
  }

  /** Waits until Monaco has replaced the plain view. */
  async waitForEditor() {
    await expect(this.page.locator('.monaco-editor').first()).toBeVisible({ timeout: 15_000 });
  }

  /** Picks an example from the gallery by its title. */
  async pickExample(title: string) {
    await this.page.getByLabel('Example scenario').selectOption({ label: title });
    await this.simulated();
  }

  /** Sets the playback speed (e.g. 64). */
  async setSpeed(speed: number) {
    await this.page.getByRole('combobox', { name: 'Speed' }).selectOption(String(speed));
  }

  /**
   * Every STATUS the page shows until `until`, in order: a MutationObserver in the page writes each
   * change down as it happens, so a busy machine that polls late cannot miss a short-lived one.
   * Call it before starting playback.
   */
  async recordStatuses(): Promise<(until: string, timeoutMs?: number) => Promise<string[]>> {
    await this.page.evaluate(() => {
      const el = document.querySelector('[data-testid="pod-status"]');
      const seen: string[] = [el?.textContent ?? ''];
      (window as unknown as { __statuses: string[] }).__statuses = seen;
      if (!el) return;
      new MutationObserver(() => {
        const s = el.textContent ?? '';
        if (seen[seen.length - 1] !== s) seen.push(s);
      }).observe(el, { subtree: true, childList: true, characterData: true });
    });
    return async (until, timeoutMs = 30_000) => {
      await expect(this.status).toHaveText(until, { timeout: timeoutMs });
      return this.page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
    };
  }

  /** Puts the cursor in the editor, as a click on its text does. */
  async focusEditor() {
    await this.page.locator('.monaco-editor .view-lines').first().click();
  }

  /** Replaces the editor's whole text as a paste does (select all, then paste). */
  async replaceText(text: string) {
    await this.focusEditor();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** Opens the what-if menu and chooses an action by its label. */
  async whatIf(label: string) {
    await this.page.getByRole('button', { name: 'What if…' }).click();
    await this.page.getByRole('menuitem', { name: label }).click();
  }

  /** Moves the playhead to `ms` with the scrubber, as a drag does. */
  async seek(ms: number) {
    await this.playhead.fill(String(ms));
  }

  /** The playhead in simulated ms, as the scrubber holds it. */
  async playheadMs(): Promise<number> {
    return Number(await this.playhead.inputValue());
  }

  /** A scenario event marker of the timeline, by its accessible name ("Service myservice created at 0:20.0"). */
  scenarioMarker(name: string | RegExp): Locator {
    return this.page.getByRole('group', { name: 'Scenario events' }).getByRole('button', { name });
  }

  /** The segment bars of a timeline lane (`pod`, `condition:Ready`, `container:init-mydb`), in time order. */
  segments(lane: string): Locator {
    return this.page.locator(`[data-lane="${lane}"] rect.tl-seg`);
  }

  /** The explanation shown for what is hovered, focused or pinned on the timeline. */
  get timelineTooltip(): Locator {
    return this.page.getByRole('tooltip');
  }

  /** The connector drawn from a segment's trigger to its start. */
  get causeLink(): Locator {
    return this.page.locator('.tl-link');
  }

  /** The gallery example's Lesson in the Explanation panel (a disclosure, closed at first). */
  get lesson(): Locator {
    return this.explanation.getByTestId('lesson-steps');
  }

  /** The Lesson's step buttons ("0:21.0 — note"), in order. */
  get lessonSteps(): Locator {
    return this.lesson.getByRole('list', { name: 'Lesson steps' }).getByRole('button');
  }

  /** Opens the Lesson disclosure if it is closed. */
  async openLesson() {
    if (!(await this.lesson.evaluate((el) => (el as HTMLDetailsElement).open))) await this.lesson.locator('summary').click();
    await expect(this.lessonSteps.first()).toBeVisible();
  }

  /** Opens the timeline legend from its button on the timeline. */
  async openLegend(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Legend', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Timeline legend' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Opens the legend from the `?` help overlay. */
  async openLegendFromHelp(): Promise<Locator> {
    await this.page.locator('body').press('?');
    await this.page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: /Timeline legend/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Timeline legend' });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
