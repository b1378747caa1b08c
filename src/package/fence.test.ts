import { describe, expect, it } from 'vitest';
import { docsExampleYaml } from '../scenario/docsExample';
import { serializeSvgNodes } from '../render/renderStaticSvg';
import { fenceFigure, parseFenceInfo, placeholderPlayground } from './fence';

describe('parseFenceInfo', () => {
  it('reads the options after yaml pod-playground, bare words as 1', () => {
    expect(parseFenceInfo('yaml pod-playground at=30s until=2m height=360 theme=auto predict')).toEqual({ at: '30s', until: '2m', height: '360', theme: 'auto', predict: '1' });
    expect(parseFenceInfo('yaml pod-playground')).toEqual({});
  });

  it('leaves every other fence alone', () => {
    expect(parseFenceInfo('yaml')).toBeUndefined();
    expect(parseFenceInfo('yaml {1,3}')).toBeUndefined();
    expect(parseFenceInfo('js pod-playground')).toBeUndefined();
  });
});

describe('fenceFigure', () => {
  it('wraps the static SVG and the hidden YAML in the element, with the start, height and embed options', () => {
    const figure = fenceFigure(docsExampleYaml, { at: '30s', height: '360', predict: '1', theme: 'auto' }, { playground: 'https://docs.example/pg/' });
    expect(figure.tag).toBe('init-container-playground');
    expect(figure.attrs).toEqual({ playground: 'https://docs.example/pg/', theme: 'auto', start: '30s', height: '360', predict: '1' });
    expect(figure.children?.map((c) => c.tag)).toEqual(['svg', 'pre']);
    expect(figure.children?.[1]?.text).toBe(docsExampleYaml.replace(/\n$/, ''));
  });

  it('tells the element to read only the page\'s marks when the site toggles dark by class', () => {
    expect(fenceFigure(docsExampleYaml, { theme: 'auto' }, { darkMode: 'class' }).attrs['dark-mode']).toBe('class');
  });

  it('points at the documented placeholder until a site configures its playground', () => {
    expect(fenceFigure(docsExampleYaml, {}).attrs.playground).toBe(placeholderPlayground);
  });

  it('gives an error figure for an unknown option or a bad height, naming it', () => {
    expect(serializeSvgNodes([fenceFigure(docsExampleYaml, { speeed: '4' })])).toContain('unknown: speeed');
    expect(serializeSvgNodes([fenceFigure(docsExampleYaml, { height: '20' })])).toContain('height must be 120 to 5000 px (got 20)');
  });

  it('escapes the YAML and the attribute values', () => {
    const html = serializeSvgNodes([fenceFigure(`${docsExampleYaml}# </pre><script>x</script>\n`, { speed: '"><script>' })]);
    expect(html).not.toContain('<script');
    expect(html).toContain('speed="&quot;&gt;&lt;script&gt;"');
  });
});
