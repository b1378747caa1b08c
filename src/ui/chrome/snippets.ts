// The share dialog's texts: link, iframe snippet, script + element snippet.
import { formatGoDuration } from '../../engine/manifest/duration';
import { embedQuery, type EmbedOptions } from '../../share/embedOptions';

/** Escapes text for HTML element content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A playhead to the tenth of a second, as the Share dialog shows it (0:42.1): the snippets say the same (42.1s). */
export function roundStart(ms: number): number {
  return Math.max(0, Math.round(ms / 100) * 100);
}

/** `<iframe>` snippet showing the scenario in the embed view. */
export function iframeSnippet(base: string, fragment: string, options: Partial<EmbedOptions>): string {
  const query = embedQuery(options.start === undefined ? options : { ...options, start: roundStart(options.start) });
  const src = `${base}embed.html${query ? `?${query}` : ''}#${fragment}`;
  // An iframe cannot grow to its content: leave room for the question card of Guess first.
  const height = options.predict ? 560 : 420;
  return `<iframe src="${escapeHtml(src)}" title="Init container timeline" loading="lazy" style="width: 100%; height: ${height}px; border: 0"></iframe>`;
}

/** `<script>` + custom element snippet: the YAML stays readable in the page's source. */
export function elementSnippet(base: string, text: string, options: Partial<EmbedOptions>): string {
  const attrs = Object.entries({
    view: options.view !== undefined && options.view !== 'timeline' ? options.view : undefined,
    autoplay: options.autoplay ? '' : undefined,
    speed: options.speed !== undefined && options.speed !== 4 ? String(options.speed) : undefined,
    start: options.start && roundStart(options.start) > 0 ? formatGoDuration(roundStart(options.start)) : undefined,
    predict: options.predict ? '' : undefined,
  })
    .filter(([, v]) => v !== undefined).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeHtml(v ?? '')}"`)).join('');
  return `<script src="${escapeHtml(`${base}embed.js`)}" defer></script>\n<init-container-playground${attrs}>\n${escapeHtml(text.replace(/\n$/, ''))}\n</init-container-playground>`;
}
