// A hand-made docs-example trace with causes, scenario events, waits and attempts, for the
// narration tests (kept out of *.test.ts so the CLI and store tests can share it).
import type { Trace, TraceCause } from '../../scenario/trace';
import { docsTrace } from './fixtures';

const nslookup = 'nslookup myservice.default.svc.cluster.local';

const cause = (t: number, subject: TraceCause['subject'], change: string, rule: string, ruleText: string, trigger: TraceCause['trigger'], more: Partial<TraceCause> = {}): TraceCause =>
  ({ t, subject, change, rule, ruleText, trigger, ...more });

/** docsTrace with the Service applied at 20 s, init-myservice polling until it resolves at 20.5 s. */
export const narratedDocsTrace: Trace = {
  ...docsTrace,
  scenarioEvents: [
    { t: 20_000, action: 'apply', target: 'Service/myservice', label: 'Service myservice created', applied: true, line: 44, column: 5 },
    { t: 40_000, action: 'apply', target: 'Service/mydb', label: 'Service mydb created', applied: true, line: 45, column: 5 },
  ],
  causes: [
    cause(0, 'pod', 'the pod was created', 'pod.created', 'A new pod\'s containers all wait while the kubelet creates the pod sandbox.', { kind: 'pod-created', text: 'the pod object was created' }),
    cause(1200, 'container:init-myservice', 'init-myservice started', 'init.first', 'Once the sandbox is ready, the first init container starts.', { kind: 'sandbox', text: 'the pod sandbox became ready at 0:01.0' },
      { detail: { message: 'Started container init-myservice', source: 'kuberuntime_container.go › computeInitContainerActions' } }),
    cause(20_500, 'container:init-myservice', 'init-myservice exited 0', 'exit.program', 'A container stops when its main process (PID 1) exits.',
      { kind: 'program-exit', text: 'its script ended: the `until` loop stopped because nslookup succeeded once Service myservice existed', command: { command: nslookup, status: 0, result: 'resolved', at: 20_400 } },
      { next: { text: 'init-mydb starts at the next sync' }, detail: { source: 'kuberuntime_container.go › toKubeContainerStatus' } }),
    cause(20_500, 'kubectl', 'STATUS Init:0/2 → Init:1/2', 'kubectl.init-count', 'While init containers run, STATUS is Init:N/M.', { kind: 'container-exit', text: 'init-myservice exited 0', cause: 2 }),
    cause(21_000, 'container:init-mydb', 'init-mydb started', 'init.sequential', 'The next init container starts only after the previous one exited 0.',
      { kind: 'container-exit', text: 'init-myservice exited 0 at 0:20.5', t: 20_500, container: 'init-myservice', cause: 2 }),
  ],
  waits: [
    { container: 'init-mydb', from: 1200, to: 21_000, text: 'waits for init-myservice to exit 0', on: 'init-myservice' },
    { container: 'myapp-container', from: 0, to: 41_500, text: 'waits for every init container to exit 0' },
  ],
  attempts: [
    { container: 'init-myservice', command: nslookup, status: 1, result: 'can\'t resolve', from: 2800, last: 18_800, count: 9 },
    { container: 'init-myservice', command: nslookup, status: 0, result: 'resolved', from: 20_400, last: 20_400, count: 1 },
  ],
};
