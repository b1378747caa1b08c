import type { ReactNode } from 'react';

/** The id of a pane's section, as a skip link or a focus call finds it. */
export const paneId = (id: string) => `pane-${id}`;

/**
 * A titled region of the workspace, reachable as a landmark and by keyboard. `focusable` lets a
 * script (the skip link) focus the region itself without adding it to the Tab order.
 */
export function Pane({ id, title, children, actions, focusable = false }: { id: string; title: string; children: ReactNode; actions?: ReactNode; focusable?: boolean }) {
  const headingId = `${id}-heading`;
  return (
    <section id={paneId(id)} className={`pane pane-${id}`} aria-labelledby={headingId} data-testid={`pane-${id}`} tabIndex={focusable ? -1 : undefined}>
      <div className="pane-bar">
        <h2 id={headingId} className="pane-title">{title}</h2>
        {actions}
      </div>
      <div className="pane-body">{children}</div>
    </section>
  );
}
