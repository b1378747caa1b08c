import { createElement, type ReactNode } from 'react';
import type { SvgNode } from '../../render/svgScene';

// SVG attribute names to React prop names; data- and aria- attributes keep their dashes.
const propName = (name: string) => (name === 'class' ? 'className' : name.startsWith('data-') || name.startsWith('aria-') ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()));

function toElements(nodes: readonly SvgNode[]): ReactNode[] {
  return nodes.map((n, key) => {
    const props: Record<string, string | number> = { key };
    for (const [name, value] of Object.entries(n.attrs)) props[propName(name)] = value;
    // Text goes in as a string child, so React escapes it: scenario names are untrusted.
    return createElement(n.tag, props, n.text, ...(n.children ? toElements(n.children) : []));
  });
}

/** Draws scene nodes (see svgScene.ts) as React SVG elements. */
export function SvgNodes({ nodes }: { nodes: readonly SvgNode[] }) {
  return <>{toElements(nodes)}</>;
}
