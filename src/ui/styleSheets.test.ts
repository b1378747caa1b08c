import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every style sheet of the UI, with its text. */
function styleSheets(dir = new URL('.', import.meta.url).pathname): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e): [string, string][] => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return styleSheets(path);
    return e.name.endsWith('.css') ? [[path, readFileSync(path, 'utf8')]] : [];
  });
}

// The elements that hold the editor, the timeline or the whole page: a `:has()` on one of them is
// checked again on every change inside it, so each keystroke in the editor restyled the workspace.
const wide = /(?:^|[\s,>(])(?:html|body|main|\.app|\.workspace|\.pane-body|\.embed)(?:[.#\w-]*)\)?:has\(/m;

describe('style sheets', () => {
  it('key layouts on classes, not on :has() over the page, the workspace or a pane', () => {
    const sheets = styleSheets();
    expect(sheets.length).toBeGreaterThan(5);
    const offenders = sheets.flatMap(([path, text]) => text.split('\n').filter((line) => wide.test(line)).map((line) => `${path}: ${line.trim()}`));
    expect(offenders).toEqual([]);
  });

  it('catches such a selector', () => {
    expect(wide.test('main.workspace:has(.quiz-card) section.pane-timeline { }')).toBe(true);
    expect(wide.test('html:has(body.embed-page) { }')).toBe(true);
    expect(wide.test(':is(.pane-body, .embed):has(.quiz-mode) .tl-root { }')).toBe(true);
    expect(wide.test('.explanation-body:has(> .lesson-steps[open]) { }')).toBe(false);
  });
});
