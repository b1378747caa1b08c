// Shell warnings point at the place in the scenario text, whatever the YAML style of the script.
import { describe, expect, it } from 'vitest';
import { simulate } from './testing/traceQueries';

const withScript = (command: string) => `apiVersion: v1
kind: Pod
metadata:
  name: w
spec:
  initContainers:
  - name: init1
    image: busybox:1.28
    command:
${command}
  containers:
  - { name: app, image: busybox:1.28, command: [sleep, "3600"] }
`;

describe('shell warnings', () => {
  it('points inside a block scalar at the line and column of the command', () => {
    const trace = simulate(withScript('    - sh\n    - -c\n    - |\n      echo start\n      awk \'BEGIN{print 1}\'\n      echo after'), 20);
    expect(trace.warnings).toEqual([{ message: 'container "init1": unsupported command "awk": the container runs forever from here', line: 14, column: 7 }]);
  });

  it('points inside a double-quoted script after its quote', () => {
    const trace = simulate(withScript('    - sh\n    - -c\n    - "echo hi; python3 -V"'), 20);
    expect(trace.warnings[0]).toMatchObject({ line: 12, column: 17 });
  });

  it('reports a busy loop once, at the loop', () => {
    const trace = simulate(withScript('    - sh\n    - -c\n    - |\n      echo start\n      while true; do :; done'), 20);
    expect(trace.warnings).toHaveLength(1);
    expect(trace.warnings[0]).toMatchObject({ line: 14, column: 7 });
    expect(trace.warnings[0]?.message).toMatch(/busy loop/);
  });
});
