import { describe, expect, it } from 'vitest';
import { docsExampleYaml } from '../scenario/docsExample';
import { renderTimelineSvg } from './renderScenario';

describe('renderTimelineSvg', () => {
  it('draws the lanes with a title and the narration that explain prints as its description', () => {
    const svg = renderTimelineSvg(docsExampleYaml, { at: '30s' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Timeline of pod myapp-pod</title>');
    const desc = /<desc>([\s\S]*)<\/desc>/.exec(svg)?.[1] ?? '';
    expect(desc).toMatch(/init-myservice/);
    expect(desc).toMatch(/At 0:30/);
    for (const lane of ['init-myservice', 'init-mydb', 'myapp-container']) expect(svg).toContain(`>${lane}<`);
    expect(svg).toContain('tl-playhead-line');
  });

  it('carries its colours in style attributes, with no script, handler, foreignObject or stylesheet', () => {
    const svg = renderTimelineSvg(docsExampleYaml, { theme: 'dark' });
    expect(svg).not.toMatch(/<script|\son[a-z]+=|foreignObject|<style/i);
    expect(svg).not.toContain('var(--');
    expect(svg).toContain('fill: #171b21');
  });

  it('follows the page with theme auto: light fallbacks and the dark rules inline or left to style.css', () => {
    const inline = renderTimelineSvg(docsExampleYaml, { theme: 'auto' });
    expect(inline).toContain('var(--tl-bg, #ffffff)');
    expect(inline).toMatch(/<style>@media \(prefers-color-scheme: dark\)/);
    expect(inline).toContain('class="tl-svg icp-timeline icp-auto"');
    const external = renderTimelineSvg(docsExampleYaml, { theme: 'auto', darkMode: 'class', stylesheet: 'external' });
    expect(external).not.toContain('<style');
    expect(external).toContain('icp-auto-class');
  });

  it('draws an error figure with line and column for an invalid scenario, and never throws', () => {
    const svg = renderTimelineSvg('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: Bad_Name\n    image: busybox\n');
    expect(svg).toContain('class="icp-error"');
    expect(svg).toContain('<title>This scenario is not valid</title>');
    expect(svg).toMatch(/line 7, column \d+/);
    expect(() => renderTimelineSvg('')).not.toThrow();
    expect(renderTimelineSvg('', {})).toContain('icp-error');
  });

  it('names a bad option in the error figure', () => {
    expect(renderTimelineSvg(docsExampleYaml, { at: 'soon' })).toContain('at must be a duration such as 30s or 1m30s (got soon)');
    expect(renderTimelineSvg(docsExampleYaml, { from: '20s', to: '10s' })).toContain('to must be later than from');
    expect(renderTimelineSvg(docsExampleYaml, { width: 10 })).toContain('width must be 320 to 10000 px');
  });

  it('escapes what the scenario says, in text and attributes', () => {
    const yaml = docsExampleYaml.replace("'echo The app is running! && sleep 3600'", `'echo "<svg onload=alert(1)>" && sleep 3600'`);
    const svg = renderTimelineSvg(yaml, { at: '70s' });
    expect(svg).not.toContain('<svg onload');
    expect(svg).not.toMatch(/\son[a-z]+=/i);
  });
});
