import type { PlaygroundPluginOptions } from './render';

export type { PlaygroundPluginOptions };

/** remark plugin: turns ```yaml pod-playground fences into a static SVG inside the live element. */
export default function remarkInitContainerPlayground(options?: PlaygroundPluginOptions): (tree: unknown) => void;
