// The remark plugin: each ```yaml pod-playground fence becomes the figure of fence.ts. It needs no
// unified at run time (a plugin is a function returning a transformer) and hands the figure to
// remark-rehype as hast (`data.hName`/`hChildren`), so it works without `allowDangerousHtml` and in
// MDX (Docusaurus), where raw HTML nodes are not allowed.
import { fenceFigure, parseFenceInfo, type PlaygroundPluginOptions, type SvgElementNode } from './render';

/** The part of an mdast node the plugin reads and writes. */
export interface MdastNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  children?: MdastNode[];
  data?: Record<string, unknown>;
  position?: unknown;
}

/** A hast element or text node. */
export type HastNode = { type: 'element'; tagName: string; properties: Record<string, string | number | boolean>; children: HastNode[] } | { type: 'text'; value: string };

/** The figure as hast: empty attribute values are booleans (`hidden`), as hast wants them. */
function toHast(node: SvgElementNode): HastNode {
  const properties: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(node.attrs)) properties[name] = value === '' ? true : value;
  const children: HastNode[] = [];
  if (node.text !== undefined) children.push({ type: 'text', value: node.text });
  for (const child of node.children ?? []) children.push(toHast(child));
  return { type: 'element', tagName: node.tag, properties, children };
}

function replaceFences(parent: MdastNode, options: PlaygroundPluginOptions): void {
  const children = parent.children;
  if (!children) return;
  children.forEach((child, i) => {
    const fence = child.type === 'code' ? parseFenceInfo(`${child.lang ?? ''} ${child.meta ?? ''}`) : undefined;
    if (!fence) { replaceFences(child, options); return; }
    const figure = toHast(fenceFigure(child.value ?? '', fence, options));
    if (figure.type !== 'element') return;
    children[i] = {
      type: 'initContainerPlayground',
      data: { hName: figure.tagName, hProperties: figure.properties, hChildren: figure.children },
      ...(child.position === undefined ? {} : { position: child.position }),
    };
  });
}

/** remark plugin: `unified().use(remarkParse).use(remarkInitContainerPlayground, { playground })`. */
export default function remarkInitContainerPlayground(options: PlaygroundPluginOptions = {}): (tree: MdastNode) => void {
  return (tree) => replaceFences(tree, options);
}
