// The markdown-it plugin (VitePress and other markdown-it sites): the fence renderer is wrapped,
// so ```yaml pod-playground blocks become the figure of fence.ts and every other fence renders as
// before (syntax highlighting included).
import { fenceFigure, parseFenceInfo, serializeSvgNodes, type PlaygroundPluginOptions } from './render';

/** The part of a markdown-it token the plugin reads. */
export interface FenceToken {
  info: string;
  content: string;
}

/** A markdown-it render rule. */
export type RenderRule = (tokens: FenceToken[], idx: number, options: unknown, env: unknown, self: { renderToken(tokens: FenceToken[], idx: number, options: unknown): string }) => string;

/** The part of a markdown-it instance the plugin changes. */
export interface MarkdownItLike {
  renderer: { rules: Record<string, RenderRule | undefined> };
}

/** markdown-it plugin: `md.use(markdownItInitContainerPlayground, { playground })`. */
export default function markdownItInitContainerPlayground(md: MarkdownItLike, options: PlaygroundPluginOptions = {}): void {
  const fallback: RenderRule = md.renderer.rules.fence ?? ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));
  md.renderer.rules.fence = (tokens, idx, opts, env, self) => {
    const token = tokens[idx];
    const fence = token ? parseFenceInfo(token.info) : undefined;
    if (!token || !fence) return fallback(tokens, idx, opts, env, self);
    const figure = fenceFigure(token.content, fence, options);
    // v-pre: Vue (VitePress) compiles the page as a template; the YAML and the narration must not
    // be read as {{ interpolations }}, nor the element as a Vue component. Other hosts ignore it.
    figure.attrs['v-pre'] = '';
    return `${serializeSvgNodes([figure])}\n`;
  };
}
