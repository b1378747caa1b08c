import { useStore } from 'zustand';
import { containerLogs, describePod, effectiveResources, kubectlGet, kubectlGetWatch, podStatusYaml, snapshotByIndex } from '../../engine/views';
import { selectContainers, selectInspectorTime, selectLogsContainer, selectModel, selectSnapshotIndex, selectTrace } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import type { InspectorTab } from '../../store/types';
import { Terminal } from './Terminal';

/** The text of one inspector tab at the playhead: re-rendered only when what the tab shows changes (its snapshot, an event or log line, a whole second). */
export function InspectorView({ store, tab }: { store: PlaygroundStore; tab: InspectorTab }) {
  const trace = useStore(store, selectTrace);
  const model = useStore(store, selectModel);
  const index = useStore(store, selectSnapshotIndex);
  const containers = useStore(store, selectContainers);
  const chosen = useStore(store, selectLogsContainer);
  const at = useStore(store, selectInspectorTime(tab));
  if (!trace || !model) return <p className="empty">Nothing to inspect yet: the scenario has not been simulated.</p>;
  const pod = model.pod;
  const name = pod.name;
  switch (tab) {
    case 'get': return <Terminal command={`kubectl get pod ${name}`} text={kubectlGet(trace, pod, at)} testId="kubectl-get" />;
    case 'watch': return <Terminal command={`kubectl get pod ${name} -w`} text={kubectlGetWatch(trace, pod, at)} />;
    case 'describe': return <Terminal command={`kubectl describe pod ${name}`} text={describePod(trace, pod, at)} />;
    case 'status': {
      const snap = snapshotByIndex(trace, index);
      return <Terminal command={`kubectl get pod ${name} -o yaml   # status only`} text={snap ? podStatusYaml(snap, pod) : ''} />;
    }
    case 'logs': {
      const container = chosen && containers.some((c) => c.name === chosen) ? chosen : (containers[0]?.name ?? '');
      return (
        <div className="logs">
          <label className="logs-pick">Container{' '}
            <select value={container} onChange={(e) => store.getState().setLogsContainer(e.target.value)}>
              {containers.map((c) => <option key={c.name} value={c.name}>{c.name} ({c.kind})</option>)}
            </select>
          </label>
          <Terminal command={`kubectl logs ${name} -c ${container}`} text={containerLogs(trace, container, at) || '(no output yet)'} testId="kubectl-logs" />
          <Terminal command={`kubectl logs ${name} -c ${container} --previous`} text={containerLogs(trace, container, at, { previous: true }) || '(no previous instance)'} />
        </div>
      );
    }
    case 'resources': {
      const rows = effectiveResources(pod);
      const text = rows.length === 0 ? 'No container sets requests or limits.' : rows.map((r) =>
        [`${r.resource}: requests ${r.requests ?? '-'}, limits ${r.limits ?? '-'}`,
          ...r.rows.map((row) => `  ${row.container.padEnd(24)} ${row.kind.padEnd(9)} requests ${(row.requests ?? '-').padEnd(8)} limits ${row.limits ?? '-'}`)].join('\n')).join('\n\n');
      return <Terminal command="effective pod requests and limits (init, sidecar and app containers)" text={text} />;
    }
  }
}
