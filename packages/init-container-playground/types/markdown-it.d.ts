import type { PlaygroundPluginOptions } from './render';

export type { PlaygroundPluginOptions };

/** markdown-it plugin (VitePress): turns ```yaml pod-playground fences into a static SVG inside the live element. */
export default function markdownItInitContainerPlayground(md: { renderer: { rules: object } }, options?: PlaygroundPluginOptions): void;
