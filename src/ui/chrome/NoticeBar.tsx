import { useContext } from 'react';
import { useStore } from 'zustand';
import { clearPreviousDraft } from '../../share/drafts';
import { selectNotice } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import { EnvironmentContext } from '../environment';

/** A shared link opened, a broken link, or a draft put aside: said once, with the way back. */
export function NoticeBar({ store }: { store: PlaygroundStore }) {
  const notice = useStore(store, selectNotice);
  const env = useContext(EnvironmentContext);
  if (!notice) return null;
  const s = store.getState();
  // Restoring or dismissing settles the put-aside draft; until then it is offered again on reload.
  const settle = () => {
    if (env.storage && notice.kind === 'draft-kept') clearPreviousDraft(env.storage);
    s.setNotice(undefined);
    document.getElementById('gallery-select')?.focus();
  };
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'link-error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.message}</span>
      {notice.previousDraft !== undefined && (
        // Opened, not typed: a restored draft is not a change to the example shown before it.
        <button type="button" onClick={() => { s.openText(notice.previousDraft ?? '', 'user', notice.previousGalleryId); settle(); }}>Restore my draft</button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={settle}>×</button>
    </div>
  );
}
