import { useStore } from 'zustand';
import { selectNotice } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';

/** A shared link opened, a broken link, or a draft put aside: said once, with the way back. */
export function NoticeBar({ store }: { store: PlaygroundStore }) {
  const notice = useStore(store, selectNotice);
  if (!notice) return null;
  const s = store.getState();
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'link-error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.message}</span>
      {notice.previousDraft !== undefined && (
        <button type="button" onClick={() => { s.setText(notice.previousDraft ?? ''); s.setNotice(undefined); }}>Restore my draft</button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => s.setNotice(undefined)}>×</button>
    </div>
  );
}
