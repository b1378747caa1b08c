import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from '../../share/embedOptions';
import { formatClock } from '../playback/formatClock';
import { elementSnippet, escapeHtml, iframeSnippet, roundStart } from './snippets';

const base = 'https://play.example/';
const text = 'apiVersion: v1\nkind: Pod\n';

/** The iframe snippet's src attribute as a URL. */
function iframeUrl(snippet: string): URL {
  const src = /src="([^"]*)"/.exec(snippet)?.[1] ?? '';
  return new URL(src.replace(/&amp;/g, '&'));
}

describe('iframeSnippet', () => {
  it('carries only non-default options in the query and the scenario in the hash', () => {
    const snippet = iframeSnippet(base, 'FRAG', { view: 'timeline', autoplay: false, speed: 4 });
    expect(snippet).toContain('src="https://play.example/embed.html#FRAG"');
  });

  it('adds predict=1 for Guess first, which the embed reads back as the quiz mode', () => {
    const snippet = iframeSnippet(base, 'FRAG', { view: 'split', autoplay: true, predict: true, speed: 4 });
    expect(snippet).toContain('embed.html?view=split&amp;autoplay=1&amp;predict=1#FRAG');
    const parsed = parseEmbedOptions(iframeUrl(snippet));
    expect(parsed.ok && parsed.options.predict).toBe(true);
  });

  it('is taller for Guess first, whose question card sits above the timeline', () => {
    expect(iframeSnippet(base, 'FRAG', {})).toContain('height: 420px');
    expect(iframeSnippet(base, 'FRAG', { predict: true })).toContain('height: 560px');
  });

  it('leaves predict out when Guess first is off', () => {
    expect(iframeSnippet(base, 'FRAG', { predict: false })).not.toContain('predict');
  });
});

describe('elementSnippet', () => {
  it('writes predict as a bare attribute beside the other options', () => {
    const snippet = elementSnippet(base, text, { view: 'timeline', autoplay: true, predict: true, speed: 16, start: 30_000 });
    expect(snippet).toBe('<script src="https://play.example/embed.js" defer></script>\n'
      + '<init-container-playground autoplay speed="16" start="30s" predict>\napiVersion: v1\nkind: Pod\n</init-container-playground>');
  });

  it('leaves predict out when Guess first is off', () => {
    expect(elementSnippet(base, text, { predict: false })).toContain('<init-container-playground>\n');
  });

  it('escapes the scenario text so that the page shows it as written', () => {
    expect(elementSnippet(base, 'echo "<b>" && true\n', {})).toContain('\necho &quot;&lt;b&gt;&quot; &amp;&amp; true\n');
    expect(escapeHtml('a<b>&"')).toBe('a&lt;b&gt;&amp;&quot;');
  });
});

describe('roundStart', () => {
  it('gives both snippets the start the Share dialog shows, to a tenth of a second', () => {
    expect(formatClock(roundStart(42_108))).toBe('0:42.1');
    expect(elementSnippet(base, text, { start: 42_108 })).toContain(' start="42.1s"');
    expect(iframeSnippet(base, 'FRAG', { start: 42_108 })).toContain('embed.html?start=42.1s#FRAG');
    expect(parseEmbedOptions(iframeUrl(iframeSnippet(base, 'FRAG', { start: 42_108 })))).toMatchObject({ ok: true, options: { start: 42_100 } });
  });

  it('carries a rounding up to the next minute the way the dialog shows it', () => {
    expect(formatClock(roundStart(59_960))).toBe('1:00.0');
    expect(elementSnippet(base, text, { start: 59_960 })).toContain(' start="1m0s"');
  });

  it('leaves out a start that rounds to zero', () => {
    expect(elementSnippet(base, text, { start: 30 })).toContain('<init-container-playground>\n');
    expect(iframeSnippet(base, 'FRAG', { start: 30 })).toContain('embed.html#FRAG');
  });
});
