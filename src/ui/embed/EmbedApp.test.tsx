import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_EMBED_OPTIONS } from '../../share/embedOptions';
import { createTestStore } from '../../store/testing';
import { EmbedApp, type EmbedScenario } from './EmbedApp';
import { YAML_VIEW_RUN, YamlView } from './YamlView';

const playgroundUrl = 'https://play.example/';

function render(scenario: EmbedScenario, text = '', error?: string): string {
  const store = createTestStore({ text });
  return renderToStaticMarkup(<EmbedApp store={store} options={{ ...DEFAULT_EMBED_OPTIONS }} scenario={scenario} playgroundUrl={playgroundUrl} {...(error ? { error } : {})} />);
}

describe('EmbedApp', () => {
  // The theme hook reads the system setting while rendering.
  beforeAll(() => { vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) }); });
  afterAll(() => { vi.unstubAllGlobals(); });

  it('says how to give it a scenario when it has none, with a link to the playground', () => {
    const html = render('missing');
    expect(html).toContain('No scenario to show');
    expect(html).toContain('&lt;init-container-playground&gt;');
    expect(html).toContain('setYaml');
    expect(html).toContain(`href="${playgroundUrl}"`);
    expect(html).not.toContain('Waiting for the scenario');
  });

  it('waits quietly while the host page may still send the scenario', () => {
    const html = render('waiting');
    expect(html).toContain('Waiting for the scenario…');
    expect(html).not.toContain('No scenario to show');
  });

  it('shows only the error when the settings are invalid', () => {
    const html = render('missing', '', 'This embed\'s settings are invalid: "speed" must be one of 1, 2.');
    expect(html).toContain('data-testid="embed-error"');
    expect(html).not.toContain('No scenario to show');
  });

  it('wraps the split view\'s YAML lines under their own indentation, keeping the text as written', () => {
    const store = createTestStore();
    const html = renderToStaticMarkup(<EmbedApp store={store} options={{ ...DEFAULT_EMBED_OPTIONS, view: 'split' }} scenario="given" playgroundUrl={playgroundUrl} />);
    expect(html).toContain('class="yaml-view yaml-view--wrap"');
    expect(html).toMatch(/<span class="yaml-line" style="padding-left:6ch;text-indent:-6ch"> {2}- name: init-myservice\n<\/span>/);
  });
});

describe('YamlView', () => {
  const text = Array.from({ length: 3 * YAML_VIEW_RUN + 17 }, (_, i) => `    k${i}: "value ${i} < & >"`).join('\n');
  const html = renderToStaticMarkup(<YamlView text={text} />);
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, '\'').replace(/&amp;/g, '&');

  it('draws the first run of a long text line by line and the rest as plain text, all of it there', () => {
    expect(html.match(/class="yaml-line"/g)).toHaveLength(YAML_VIEW_RUN);
    expect(html.match(/class="yaml-run"/g)).toHaveLength(3);
    expect(unescape(html.replace(/<[^>]*>/g, ''))).toBe(`${text}\n`);
  });

  it('draws a short text line by line', () => {
    const short = renderToStaticMarkup(<YamlView text={'a: 1\nb: 2\n'} />);
    expect(short.match(/class="yaml-line"/g)).toHaveLength(2);
    expect(short).not.toContain('yaml-run');
  });
});
