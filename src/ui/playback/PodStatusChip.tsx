import { useStore } from 'zustand';
import { selectSnapshot } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';

/** The kubectl columns at the playhead, large: what `kubectl get pod` would print now. */
export function PodStatusChip({ store }: { store: PlaygroundStore }) {
  const snapshot = useStore(store, selectSnapshot);
  if (!snapshot) return null;
  const tone = /Error|CrashLoop|BackOff|ErrImage|Failed|OOM|Invalid|DeadlineExceeded/.test(snapshot.kubectl.status) || snapshot.phase === 'Failed'
    ? 'bad' : snapshot.kubectl.status === 'Running' || snapshot.kubectl.status === 'Completed' ? 'good' : 'neutral';
  return (
    <div className={`status-chip ${tone}`} aria-label="kubectl get pod at the playhead">
      <span className="field"><span className="label">STATUS</span><span data-testid="pod-status">{snapshot.deleted ? '(deleted)' : snapshot.kubectl.status}</span></span>
      <span className="field"><span className="label">READY</span><span data-testid="pod-ready">{snapshot.kubectl.ready}</span></span>
      <span className="field"><span className="label">RESTARTS</span><span>{snapshot.kubectl.restarts}</span></span>
      <span className="field"><span className="label">PHASE</span><span>{snapshot.phase}</span></span>
    </div>
  );
}
