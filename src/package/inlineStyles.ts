// The timeline's class rules resolved into each element's `style` attribute, so a figure keeps its
// colours where a page's pipeline drops `<style>` elements (Vue templates in VitePress, HTML
// sanitizers, feed readers). Theme `auto` keeps `var(--tl-…, light colour)`: light without any
// stylesheet, dark where the page's rules (autoThemeCss) set the variables.
import type { SvgElementNode } from '../render/renderStaticSvg';
import { darkPalette, lightPalette, paletteDeclarations, timelineMonoFont, timelineSvgRules } from '../render/timelineTheme';

/** How a figure picks its colours: fixed, or following the page (`auto`). */
export type FigureTheme = 'light' | 'dark' | 'auto';

/** Declarations by class, in the order of the rules (later rules win, as in the stylesheet). */
const rules = timelineSvgRules.map((rule) => {
  const m = /^\.([\w-]+) \{ (.*) \}$/.exec(rule);
  if (!m) throw new Error(`unexpected timeline rule: ${rule}`);
  return { name: m[1] as string, declarations: m[2] as string };
});

function resolver(theme: FigureTheme): (name: string) => string {
  const palette = theme === 'dark' ? darkPalette : lightPalette;
  return (name) => {
    if (name === 'mono') return timelineMonoFont;
    const value = palette[name] ?? 'currentColor';
    return theme === 'auto' ? `var(--tl-${name}, ${value})` : value;
  };
}

/** A copy of `node` and its descendants with each class's declarations written into `style`. */
export function inlineClassStyles(node: SvgElementNode, theme: FigureTheme): SvgElementNode {
  const value = resolver(theme);
  const visit = (n: SvgElementNode): SvgElementNode => {
    const classes = String(n.attrs.class ?? '').split(/\s+/).filter(Boolean);
    const style = rules.filter((r) => classes.includes(r.name))
      .map((r) => r.declarations.replace(/var\(--tl-([a-z-]+)\)/g, (_m, name: string) => value(name))).join(' ');
    const own = n.attrs.style === undefined ? '' : `${String(n.attrs.style)} `;
    const copy: SvgElementNode = { tag: n.tag, attrs: style || own ? { ...n.attrs, style: (own + style).trim() } : { ...n.attrs } };
    if (n.text !== undefined) copy.text = n.text;
    if (n.children) copy.children = n.children.map(visit);
    return copy;
  };
  return visit(node);
}

/** The classes a figure root carries for its theme mode, which autoThemeCss targets. */
export const autoClass = { media: 'icp-auto', class: 'icp-auto-class' } as const;

/**
 * Rules that turn `auto` figures dark: `.icp-auto` follows the system's preference unless `<html>`
 * says light, and both follow `<html class="dark">` or `data-theme="dark"` (VitePress, Docusaurus).
 */
export function autoThemeCss(): string {
  const dark = paletteDeclarations(darkPalette);
  return `@media (prefers-color-scheme: dark) { :root:not(.light):not([data-theme="light"]) .${autoClass.media} { ${dark} } }\n`
    + `:root.dark .${autoClass.media}, :root[data-theme="dark"] .${autoClass.media}, :root.dark .${autoClass.class}, :root[data-theme="dark"] .${autoClass.class} { ${dark} }\n`;
}
