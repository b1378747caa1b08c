// The figure drawn instead of a timeline when a scenario or its options cannot be shown: the
// docs build goes on, and the page says what to fix (with lines and columns for the YAML).
import type { SvgElementNode } from '../render/renderStaticSvg';
import { darkPalette, lightPalette, timelineMonoFont } from '../render/timelineTheme';

/** At most this many problems are listed; the rest are counted. */
const shownLines = 8;

/** An SVG figure with a heading and one line per problem; long lines are cut, the description keeps them whole. */
export function errorFigure(heading: string, problems: readonly string[], options: { width: number; theme: 'light' | 'dark' | 'auto'; autoClass?: string }): SvgElementNode {
  const palette = options.theme === 'dark' ? darkPalette : lightPalette;
  // With theme auto the colours follow the page as the timeline's do (see inlineStyles.ts).
  const colour = (name: string) => (options.theme === 'auto' ? `var(--tl-${name}, ${palette[name] ?? 'currentColor'})` : palette[name] ?? 'currentColor');
  const lines = problems.slice(0, shownLines);
  if (problems.length > shownLines) lines.push(`and ${problems.length - shownLines} more`);
  const maxChars = Math.floor((options.width - 32) / 7.2);
  const height = 56 + lines.length * 20;
  const text = (y: number, content: string, fill: string, weight?: string): SvgElementNode => ({
    tag: 'text',
    attrs: { x: 16, y, style: `fill: ${fill}; font-size: 12px;${weight ? ` font-weight: ${weight};` : ''}` },
    text: content.length > maxChars ? `${content.slice(0, maxChars - 1)}…` : content,
  });
  return {
    tag: 'svg',
    attrs: {
      xmlns: 'http://www.w3.org/2000/svg', class: options.theme === 'auto' ? `icp-error ${options.autoClass ?? 'icp-auto'}` : 'icp-error', width: options.width, height,
      viewBox: `0 0 ${options.width} ${height}`, role: 'img',
      style: `max-width: 100%; height: auto; font-family: ${timelineMonoFont};`,
    },
    children: [
      { tag: 'title', attrs: {}, text: heading },
      { tag: 'desc', attrs: {}, text: problems.join('\n') },
      { tag: 'rect', attrs: { x: 0.5, y: 0.5, width: options.width - 1, height: height - 1, rx: 6, style: `fill: ${colour('bg')}; stroke: ${colour('error')}; stroke-width: 1;` } },
      text(28, heading, colour('error'), '600'),
      ...lines.map((line, i) => text(52 + i * 20, line, colour('text'))),
    ],
  };
}
