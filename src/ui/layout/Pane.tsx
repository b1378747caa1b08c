import type { ReactNode } from 'react';

/** A titled region of the workspace, reachable as a landmark and by keyboard. */
export function Pane({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <section className={`pane pane-${id}`} aria-labelledby={headingId} data-testid={`pane-${id}`}>
      <div className="pane-bar">
        <h2 id={headingId} className="pane-title">{title}</h2>
        {actions}
      </div>
      <div className="pane-body">{children}</div>
    </section>
  );
}
