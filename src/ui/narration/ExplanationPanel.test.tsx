import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { narratedDocsTrace } from '../../engine/views/narrationFixtures';
import { createTestStore } from '../../store/testing';
import { ExplanationPanel } from './ExplanationPanel';
import { StepCaption } from './StepCaption';

function storeAt(t: number) {
  const store = createTestStore();
  store.setState({ trace: narratedDocsTrace, t });
  // Server rendering reads the initial state: make it the state under test.
  const state = store.getState();
  store.getInitialState = () => state;
  return store;
}

describe('ExplanationPanel', () => {
  it('is a labelled region with a polite live sentence and a focusable body', () => {
    const html = renderToStaticMarkup(<ExplanationPanel store={storeAt(20_600)} />);
    expect(html).toContain('aria-label="Explanation"');
    expect(html).toMatch(/aria-live="polite"[^>]*>At 0:20.5: init-myservice exited 0: /);
    expect(html).toContain('tabindex="0"');
  });

  it('says what just happened, who waits, and what comes next', () => {
    const html = renderToStaticMarkup(<ExplanationPanel store={storeAt(10_000)} />);
    expect(html).toContain('Just happened (0:01.2)');
    expect(html).toContain('<code>nslookup myservice.default.svc.cluster.local</code> every ~2 s');
    expect(html).toContain('Scenario event at 0:20.0: Service myservice created.');
  });

  it('hides what comes next when asked to', () => {
    const html = renderToStaticMarkup(<ExplanationPanel store={storeAt(10_000)} hideNext />);
    expect(html).not.toContain('data-testid="explanation-next"');
    expect(html).toContain('data-testid="explanation-waiting"');
  });

  it('holds the Lesson of a gallery example above the narration', () => {
    const html = renderToStaticMarkup(<ExplanationPanel store={storeAt(22_000)} />);
    expect(html.indexOf('data-testid="lesson-steps"')).toBeGreaterThan(html.indexOf('aria-label="Explanation at the playhead"'));
    expect(html.indexOf('data-testid="lesson-steps"')).toBeLessThan(html.indexOf('data-testid="explanation-happened"'));
  });

  it('says so when nothing is simulated', () => {
    const html = renderToStaticMarkup(<ExplanationPanel store={createTestStore({ text: 'apiVersion: v1\nkind: Pod\n' })} />);
    expect(html).toContain('Nothing to explain yet');
  });
});

describe('StepCaption', () => {
  it('shows the step time and its sentence on one line', () => {
    const html = renderToStaticMarkup(<StepCaption store={storeAt(20_600)} />);
    expect(html).toContain('<span class="step-caption-time">0:20.5</span>init-myservice exited 0: ');
  });
});
