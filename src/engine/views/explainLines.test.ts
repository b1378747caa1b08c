import { describe, expect, it } from 'vitest';
import { docsTrace } from './fixtures';
import { explainLines } from './explainLines';
import { narratedDocsTrace as trace } from './narrationFixtures';

describe('explainLines', () => {
  it('prints one step per line with rule and trigger, the kubelet detail indented below', () => {
    const lines = explainLines(trace);
    expect(lines[1]).toBe('0:01.2  init-myservice started — the pod sandbox became ready at 0:01.0. Rule: Once the sandbox is ready, the first init container starts. [init.first]');
    expect(lines[2]).toBe('        kubelet: "Started container init-myservice" (kuberuntime_container.go › computeInitContainerActions)');
  });

  it('merges scenario events in time order, before the causes of the same instant', () => {
    const lines = explainLines(trace);
    const service = lines.findIndex((l) => l.includes('Scenario event: Service myservice created (line 44)'));
    const exit = lines.findIndex((l) => l.startsWith('0:20.5  init-myservice exited 0'));
    expect(service).toBeGreaterThan(0);
    expect(exit).toBe(service + 1);
    expect(lines.at(-1)).toBe('0:40.0  Scenario event: Service mydb created (line 45)');
  });

  it('appends what comes next to the step that knows it', () => {
    expect(explainLines(trace).find((l) => l.startsWith('0:20.5  init-myservice'))).toMatch(/Next: init-mydb starts at the next sync$/);
  });

  it('with at, keeps only what is known up to the instant and narrates it', () => {
    const lines = explainLines(trace, { at: 10_000 });
    expect(lines.some((l) => l.includes('exited 0'))).toBe(false);
    const at = lines.indexOf('At 0:10.0:');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at)).toEqual([
      'At 0:10.0:',
      '  Just happened (0:01.2):',
      '    - init-myservice started: the pod sandbox became ready at 0:01.0. Rule: Once the sandbox is ready, the first init container starts.',
      '  Waiting:',
      '    - Since 0:01.2, init-mydb waits for init-myservice to exit 0; init-myservice runs `nslookup myservice.default.svc.cluster.local` every ~2 s: can\'t resolve since 0:02.8.',
      '    - Since 0:00.0, myapp-container waits for every init container to exit 0.',
      '  Next:',
      '    - 0:20.0  Scenario event at 0:20.0: Service myservice created.',
    ]);
  });

  it('says so when a trace records no causes', () => {
    expect(explainLines(docsTrace)).toEqual(['No causes are recorded in this trace.']);
    expect(explainLines(docsTrace, { at: 0 })).toContain('  This trace records no causes, so nothing can be explained.');
  });
});
