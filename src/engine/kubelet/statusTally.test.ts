// The tally updated per change gives the same phases, conditions and kubectl columns as counting
// every container of every status, for the gallery on every version, mutated gallery scenarios and
// large pods.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { gallery } from '../../scenario/gallery';
import { isRejection, type ContainerSnapshot } from '../../scenario/trace';
import { parseScenario } from '../manifest/parse';
import { manyContainersPod } from '../hostile/build';
import { setKubernetesVersion } from '../manifest/setVersion';
import { simulateScenario } from '../simulate';
import { KUBERNETES_VERSIONS } from '../version/versions';
import { countWhole, namesText, tallyOf, UNREADY, INCOMPLETE, type StatusTally } from './statusTally';

function both(text: string): [string, string] {
  countWhole(true);
  const whole = JSON.stringify(simulateScenario(text, { maxSteps: 200_000 }));
  countWhole(false);
  return [JSON.stringify(simulateScenario(text, { maxSteps: 200_000 })), whole];
}

const crashLooping = (n: number, minutes: number) =>
  `${manyContainersPod(n, 'containers').replace('  restartPolicy: Never\n', '').replace(/echo (\d+)/g, 'echo $1; sleep $(( $1 % 3 )); exit $(( $1 % 2 ))')}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: ${minutes}m}\n`;

const sidecarsAndInits = `apiVersion: v1
kind: Pod
metadata: {name: mixed}
spec:
  initContainers:
${Array.from({ length: 12 }, (_, i) => i % 3 === 0
    ? `  - {name: s${i}, image: busybox:1.28, restartPolicy: Always, command: [sh, -c, "sleep ${i}; exit 1"], startupProbe: {exec: {command: ["true"]}, periodSeconds: 2}, readinessProbe: {exec: {command: [sh, -c, "test $(( $(date +%s) % 3 )) -ne 0"]}, periodSeconds: 1}}`
    : `  - {name: i${i}, image: busybox:1.28, command: [sh, -c, "sleep 1; exit $(( ${i} % 4 == 1 ))"]}`).join('\n')}
  containers:
${Array.from({ length: 8 }, (_, i) => `  - {name: a${i}, image: busybox:1.28, command: [sh, -c, "sleep ${i + 2}; exit ${i % 3}"], readinessProbe: {exec: {command: ["true"]}, periodSeconds: 3}}`).join('\n')}
---
apiVersion: playground/v1
kind: Scenario
spec:
  events:
  - { at: 2m, kill: a3 }
  - { at: 4m, restartSandbox: true }
  - { at: 7m, delete: Pod/mixed }
  until: 8m
`;

// kubectl's STATUS takes the reason of the first app container by name (the API's order).
const outOfOrder = `apiVersion: v1
kind: Pod
metadata: {name: names}
spec:
  containers:
${['zeta', 'web', 'mid', 'app', 'beta', 'omega'].map((name, i) => i === 1
    ? `  - {name: ${name}, image: example.com/missing:1}`
    : `  - {name: ${name}, image: busybox:1.28, command: [sh, -c, "sleep ${i * 2 + 1}; exit ${i % 3}"]}`).join('\n')}
---
apiVersion: playground/v1
kind: Scenario
spec: {until: 6m}
`;

afterEach(() => countWhole(false));

describe('the status tally', () => {
  for (const entry of gallery) {
    it(`gives the gallery's ${entry.id} the same trace on every version`, () => {
      for (const version of KUBERNETES_VERSIONS) {
        const text = setKubernetesVersion(entry.yaml, version);
        if (text === undefined) throw new Error(`no ${version} text`);
        const [tallied, whole] = both(text);
        expect(tallied, version).toBe(whole);
      }
    });
  }

  it.each([
    ['60 containers crash-looping for 20 min', crashLooping(60, 20)],
    ['80 init containers', manyContainersPod(80, 'initContainers')],
    ['sidecars, init and app containers with probes, a kill, a sandbox restart and a deletion', sidecarsAndInits],
    ['app containers whose names are not in spec order, each failing its own way', outOfOrder],
  ])('gives %s the same trace', (_, text) => {
    const [tallied, whole] = both(text);
    expect(isRejection(JSON.parse(tallied))).toBe(false);
    expect(tallied).toBe(whole);
  });

  it('gives 300 mutated gallery scenarios the same traces', () => {
    const shell = ['sleep 1; exit 1', 'exit 0', 'sleep 3', 'exit 2', 'sleep infinity'];
    fc.assert(fc.property(fc.constantFrom(...gallery.map((g) => g.yaml)), fc.nat(), fc.constantFrom(...shell), (base, line, snippet) => {
      const lines = base.split('\n');
      const i = line % lines.length;
      lines[i] = (lines[i] ?? '').replace(/'[^']*'\]/, `'${snippet}']`).replace(/"[^"]*"\]/, `"${snippet}"]`);
      const [tallied, whole] = both(lines.join('\n'));
      expect(tallied).toBe(whole);
    }), { numRuns: 300, seed: 20261201 });
  }, 120_000);
});

describe('tallyOf', () => {
  const parsed = parseScenario(`apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: i0, image: busybox:1.28}
  - {name: s1, image: busybox:1.28, restartPolicy: Always}
  - {name: i2, image: busybox:1.28}
  containers:
  - {name: a0, image: busybox:1.28}
  - {name: a1, image: busybox:1.28}
  - {name: a2, image: busybox:1.28}
  - {name: a3, image: busybox:1.28}
`);
  if (!parsed.ok) throw new Error('rejected');
  const pod = parsed.model.pod;
  const entry = fc.record({
    state: fc.constantFrom('waiting', 'running', 'terminated'),
    reason: fc.constantFrom(undefined, 'CrashLoopBackOff', 'PodInitializing', 'Error'),
    exitCode: fc.constantFrom(0, 1),
    restartCount: fc.nat({ max: 5 }),
    started: fc.boolean(),
    ready: fc.boolean(),
    last: fc.option(fc.record({ exitCode: fc.constantFrom(0, 1), finishedAt: fc.nat({ max: 90_000 }) }), { nil: undefined }),
  });
  const toStatus = (name: string, e: typeof entry extends fc.Arbitrary<infer T> ? T : never): ContainerSnapshot => {
    const s: ContainerSnapshot = { name, state: e.state, restartCount: e.restartCount, started: e.started, ready: e.ready, image: 'busybox:1.28' };
    if (e.reason) s.reason = e.reason;
    if (e.state === 'terminated') s.exitCode = e.exitCode;
    if (e.last) s.lastState = { reason: 'Error', exitCode: e.last.exitCode, finishedAt: e.last.finishedAt };
    return s;
  };
  const view = (t: StatusTally) => ({
    counts: [...t.counts], restarts: t.appRestarts, last: t.appLast, reasonIndex: t.reasonIndex,
    unready: namesText(t, pod, UNREADY, 'u'), incomplete: namesText(t, pod, INCOMPLETE, 'i'),
  });

  it('counts a list changed entry by entry as a list counted afresh', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat({ max: 6 }), entry), { minLength: 1, maxLength: 40 }), (changes) => {
      const own = { ...pod };
      let init = pod.initContainers.map((c) => toStatus(c.name, { state: 'waiting', reason: undefined, exitCode: 0, restartCount: 0, started: false, ready: false, last: undefined }));
      let app = pod.containers.map((c) => toStatus(c.name, { state: 'waiting', reason: undefined, exitCode: 0, restartCount: 0, started: false, ready: false, last: undefined }));
      tallyOf(own, init, app);
      for (const [at, e] of changes) {
        if (at < 3) { init = init.slice(); init[at] = toStatus(pod.initContainers[at]?.name ?? '', e); }
        else { app = app.slice(); app[at - 3] = toStatus(pod.containers[at - 3]?.name ?? '', e); }
        const kept = tallyOf(own, init, app);
        const fresh = tallyOf({ ...pod }, init, app);
        expect(kept && view(kept)).toEqual(fresh && view(fresh));
      }
    }), { numRuns: 500, seed: 20261201 });
  });

  it('has no tally for lists out of the spec order', () => {
    const app = pod.containers.map((c) => ({ name: c.name, state: 'waiting' as const, restartCount: 0, started: false, ready: false, image: 'busybox:1.28' }));
    expect(tallyOf({ ...pod }, [], app)).toBeUndefined();
    expect(tallyOf({ ...pod }, pod.initContainers.map((c) => ({ ...app[0] as ContainerSnapshot, name: c.name })), app.slice().reverse())).toBeUndefined();
  });
});
