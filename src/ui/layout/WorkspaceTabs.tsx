import type { KeyboardEvent, ReactNode } from 'react';

/** The workspace's areas as the phone layout's tabs name them. */
export type WorkspaceTab = 'timeline' | 'kubectl' | 'yaml';

/** One tab of the bar: its area and its label. */
export interface WorkspaceTabSpec {
  id: WorkspaceTab;
  label: string;
  /** A short mark after the label (the YAML tab's error count), with the words a screen reader says instead. */
  badge?: { text: string; spoken: string };
}

/** The id of a tab's button, for the panel's aria-labelledby. */
export const workspaceTabId = (id: WorkspaceTab) => `workspace-tab-${id}`;
/** The id of a tab's panel, for the button's aria-controls. */
export const workspacePanelId = (id: WorkspaceTab) => `workspace-panel-${id}`;

/** The phone layout's tab bar: one button per area, ← → Home End to move between them (they select as they move). */
export function WorkspaceTabs({ tabs, active, onChange }: { tabs: WorkspaceTabSpec[]; active: WorkspaceTab; onChange: (id: WorkspaceTab) => void }) {
  const move = (e: KeyboardEvent, index: number) => {
    const next = e.key === 'ArrowRight' ? index + 1 : e.key === 'ArrowLeft' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : undefined;
    if (next === undefined) return;
    // Handled here, so the playback shortcuts on the same keys leave it alone.
    e.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    if (!tab) return;
    onChange(tab.id);
    document.getElementById(workspaceTabId(tab.id))?.focus();
  };
  return (
    <div role="tablist" aria-label="Workspace" className="workspace-tabs" data-testid="workspace-tabs">
      {tabs.map((t, i) => (
        <button key={t.id} id={workspaceTabId(t.id)} type="button" role="tab" aria-selected={t.id === active}
          aria-controls={workspacePanelId(t.id)} aria-label={t.badge ? `${t.label}, ${t.badge.spoken}` : undefined} tabIndex={t.id === active ? 0 : -1}
          onClick={() => onChange(t.id)} onKeyDown={(e) => move(e, i)}>
          {t.label}
          {t.badge && <span className="tab-badge" aria-hidden="true">{t.badge.text}</span>}
        </button>
      ))}
    </div>
  );
}

/**
 * The areas behind one tab. On a phone it is the tab's panel, hidden while another tab is chosen;
 * on a wide screen it has no box of its own (`display: contents`), so its panes stay in the
 * workspace grid, and no role.
 */
export function WorkspaceGroup({ id, phone, active, children }: { id: WorkspaceTab; phone: boolean; active: boolean; children: ReactNode }) {
  return (
    <div id={workspacePanelId(id)} className={`workspace-group workspace-group-${id}`} role={phone ? 'tabpanel' : undefined}
      aria-labelledby={phone ? workspaceTabId(id) : undefined} hidden={phone && !active}>
      {children}
    </div>
  );
}
