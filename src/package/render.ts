// Entry point `init-container-playground/render`. The plugins import the renderer through this
// module only, so the package's bundles of the plugins share one copy of the engine.
export { renderTimelineSvg, renderTimelineTree, type RenderTimelineOptions } from './renderScenario';
export { autoThemeCss } from './inlineStyles';
export { fenceFigure, parseFenceInfo, placeholderPlayground, type PlaygroundPluginOptions } from './fence';
export { serializeSvgNodes, type SvgElementNode } from '../render/renderStaticSvg';
