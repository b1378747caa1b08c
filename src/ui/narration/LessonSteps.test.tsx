import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { docsExampleYaml } from '../../scenario/docsExample';
import type { InitialState } from '../../store/store';
import { createTestStore } from '../../store/testing';
import { LessonSteps } from './LessonSteps';

function storeAt(t: number, initial: InitialState = {}) {
  const store = createTestStore(initial);
  store.setState({ t });
  // Server rendering reads the initial state: make it the state under test.
  const state = store.getState();
  store.getInitialState = () => state;
  return store;
}

const buttons = (html: string) => [...html.matchAll(/<button[^>]*class="lesson-step"[^>]*>(.*?)<\/button>/g)];

describe('LessonSteps', () => {
  it('lists the gallery example\'s steps as buttons with their times', () => {
    const html = renderToStaticMarkup(<LessonSteps store={storeAt(0)} hideFuture={false} />);
    expect(html).toContain('<details class="lesson-steps"');
    expect(html).toContain('Waiting for Services (Kubernetes docs example)');
    expect(html).toContain('5 steps');
    expect(buttons(html)).toHaveLength(5);
    expect(buttons(html)[0]?.[1]).toMatch(/^<span class="lesson-step-time">0:0\d\.\d<\/span> — init-myservice starts first/);
  });

  it('marks the step at or before the playhead as current', () => {
    const html = renderToStaticMarkup(<LessonSteps store={storeAt(30_000)} hideFuture={false} />);
    const current = buttons(html).filter((b) => b[0].includes('aria-current="step"'));
    expect(current).toHaveLength(1);
    expect(current[0]?.[1]).toContain('Only now does init-mydb start');
    expect(html).toContain('step 4 of 5');
  });

  it('hides the steps after the playhead while guessing', () => {
    const html = renderToStaticMarkup(<LessonSteps store={storeAt(30_000)} hideFuture />);
    expect(buttons(html)).toHaveLength(4);
    expect(html).not.toContain('The app container starts only once');
    expect(html).toContain('One more step comes later: guess first.');
  });

  it('shows nothing for a text that is not a gallery example', () => {
    const html = renderToStaticMarkup(<LessonSteps store={storeAt(0, { text: `${docsExampleYaml}# edited\n` })} hideFuture={false} />);
    expect(html).toBe('');
  });
});
