import { useStore } from 'zustand';
import { printPodColumns } from '../../engine/views';
import { selectModel, selectSnapshot } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import { useInspectorTime } from '../inspector/useInspectorTime';

/** The kubectl columns at the playhead, large: what `kubectl get pod` would print now. */
export function PodStatusChip({ store }: { store: PlaygroundStore }) {
  const snapshot = useStore(store, selectSnapshot);
  const model = useStore(store, selectModel);
  const second = useInspectorTime(store);
  if (!snapshot) return null;
  // RESTARTS shows "(12s ago)": the columns are printed at the playhead, not at the snapshot's time.
  const columns = model ? printPodColumns(snapshot, model.pod, Math.max(second, snapshot.t)) : snapshot.kubectl;
  const tone = /Error|CrashLoop|BackOff|ErrImage|Failed|OOM|Invalid|DeadlineExceeded|Unknown/.test(columns.status) || snapshot.phase === 'Failed'
    ? 'bad' : columns.status === 'Running' || columns.status === 'Completed' ? 'good' : 'neutral';
  return (
    <div className={`status-chip ${tone}`} aria-label="kubectl get pod at the playhead">
      <span className="field"><span className="label">STATUS</span><span data-testid="pod-status" aria-live="polite">{snapshot.deleted ? '(deleted)' : columns.status}</span></span>
      <span className="field"><span className="label">READY</span><span data-testid="pod-ready">{columns.ready}</span></span>
      <span className="field"><span className="label">RESTARTS</span><span>{columns.restarts}</span></span>
      <span className="field"><span className="label">PHASE</span><span>{snapshot.phase}</span></span>
    </div>
  );
}
