// Bounds on one whole run: the data its commands go through (file contents read, volume entries
// scanned for listings), the steps its busy loops take; globs, whose listed names are not looked up
// again; exec actions cut off by a bound.
import { describe, expect, it } from 'vitest';
import { ForeverSignal } from '../shell/signals';
import { BUSY_STEPS_PER_RUN, LATE_BUSY_STEPS, MAX_STEPS, tick, type ShellState } from '../shell/state';
import { PARSE_WORK_PER_CHAR } from '../shell/parseCache';
import { DATA_WORK_PER_RUN } from './host';
import { createContainerFs, LIST_ENTRY_WORK } from './filesystem';
import type { Instance } from './runtime';
import { pod, simulate } from './testing/traceQueries';

/** Runs `text` as the app's script for `until` seconds. */
const script = (text: string, until = 60) => {
  const trace = simulate(pod(`  restartPolicy: Never\n  containers:\n  - name: app\n    image: busybox:1.28\n    command: ['sh', '-c', ${JSON.stringify(text)}]\n`), until);
  return { trace, log: trace.logs.filter((l) => l.container === 'app').map((l) => l.line) };
};

const bound = /went through more than 1 GiB of data in all/;

describe('the data one run goes through', () => {
  it('charges a file read with its length and a listing with the entries of the volume it scans', () => {
    const inst = { files: new Map<string, string>(), dirs: new Set<string>(['/', '/tmp']) } as unknown as Instance;
    const charged: number[] = [];
    const fs = createContainerFs(inst, [], '/', (units) => { charged.push(units); });
    fs.write('/tmp/f', 'hello', false);
    expect(charged).toEqual([]);
    expect(fs.read('/tmp/f')).toBe('hello');
    expect(fs.read('/tmp/none')).toBeUndefined();
    expect(fs.list('/tmp')).toEqual(['f']);
    // Two directories and one file scanned.
    expect(charged).toEqual([5, 3 * (LIST_ENTRY_WORK + 3 * '/tmp/'.length)]);
  });

  it('stops a loop that reads a mebibyte at every step once the run has read its bound, with a warning', () => {
    const text = "printf '%1048576s' x > /tmp/f; n=0; while :; do wc -c /tmp/f > /dev/null; n=$((n+1)); echo $n; sleep 0.001; done";
    const { trace, log } = script(text);
    expect(trace.warnings?.some((w) => bound.test(w.message))).toBe(true);
    // Parsing the script counts, then only wc reads the file: the bound holds exactly that many whole reads.
    expect(Number(log[log.length - 1])).toBe(Math.floor((DATA_WORK_PER_RUN - text.length * PARSE_WORK_PER_CHAR) / 1048576));
  });

  it.each([
    ['a long value expanded', 'y="$big$i"'],
    ['a long value compared', '[ "$big" = "$big$i" ]'],
    ['a long value split', 'set -- $big $i'],
    ['a long text eval parses', 'eval ": $big $i"'],
    ['a long text sh -c parses', 'sh -c ": $big $i"'],
  ])('stops a sleeping loop that goes through %s at every step', (_, step) => {
    const { trace, log } = script(`big=$(seq 20000 | tr '\\n' ' '); i=0; while :; do i=$((i+1)); ${step}; echo $i; sleep 0.001; done`, 600);
    expect(trace.warnings?.some((w) => bound.test(w.message))).toBe(true);
    // Well before the horizon: 600 000 steps of a millisecond would have run without the bound.
    expect(Number(log[log.length - 1])).toBeLessThan(20_000);
  });

  it('stops seq of a billion numbers that go nowhere, and lets a million through', () => {
    const billion = script('seq 1 1000000000 > /dev/null; echo done');
    expect(billion.trace.warnings?.some((w) => bound.test(w.message))).toBe(true);
    expect(billion.log).toEqual([]);
    const million = script('seq 1000000 > /dev/null; seq 150000 | tail -n 1; echo done');
    expect(million.trace.warnings ?? []).toEqual([]);
    expect(million.log).toEqual(['150000', 'done']);
  });

  it('charges a script text once while the run has it cached, each time for a long one, whatever earlier runs cached', () => {
    const short = simulate(pod(`  containers:\n  - name: app\n    image: busybox:1.28\n    command: ['sh', '-c', 'echo hi; exit 1']\n`), 3600);
    expect(short.warnings ?? []).toEqual([]);
    // A script of 30 000 words (through one env value, as the scenario's text is bounded) on each of
    // 40 containers: 34 parses of it exceed the bound, and the containers before still run.
    const words = 'x '.repeat(30_000);
    const many = Array.from({ length: 40 }, (_, i) => `  - {name: c${i}, image: busybox:1.28, command: [sh, -c, ": $(V) ${i}"], env: ${i ? '*e' : `&e [{name: V, value: "${words}"}]`}}`).join('\n');
    const trace = simulate(pod(`  restartPolicy: Never\n  containers:\n${many}\n`), 60);
    const warning = trace.warnings?.find((w) => bound.test(w.message));
    // What earlier runs left in the process's cache of programs changes no charge: after a run that
    // leaves c0's script cached, the same scenario gives the same trace.
    simulate(pod(`  restartPolicy: Never\n  containers:\n${many.split('\n')[0]}\n`), 60);
    expect(simulate(pod(`  restartPolicy: Never\n  containers:\n${many}\n`), 60)).toEqual(trace);
    const first = Math.floor(DATA_WORK_PER_RUN / ((words.length + 5) * PARSE_WORK_PER_CHAR));
    expect(warning?.message).toMatch(new RegExp(`^container "c(${first}|${first + 1})":`));
    expect(trace.snapshots.at(-1)?.containers.filter((c) => c.state === 'terminated').length).toBeGreaterThanOrEqual(first - 1);
  });


  it('leaves a loop that reads a small file every second for hours alone', () => {
    const { trace, log } = script('echo ready > /tmp/f; while :; do grep -q ready /tmp/f || exit 1; sleep 1; done', 3 * 3600);
    expect(trace.warnings ?? []).toEqual([]);
    expect(log).toEqual([]);
  });

  it('does not count a file that grows by appends as read at each append', () => {
    const { trace, log } = script('i=0; while [ $i -lt 28000 ]; do echo tick >> /tmp/log; i=$((i+1)); sleep 1; done; wc -c /tmp/log', 8 * 3600);
    expect(trace.warnings ?? []).toEqual([]);
    expect(log.map((l) => l.trim())).toEqual(['140000 /tmp/log']);
  });

  it('ends a glob whose every step lists 9000 files', () => {
    const { trace } = script('mkdir /tmp/d; cd /tmp/d; touch $(seq 1 9000); while :; do set -- /tmp/d/*; sleep 0.001; done', 600);
    expect(trace.warnings?.some((w) => bound.test(w.message))).toBe(true);
  });
});

describe('globs', () => {
  it('give the names a listing found, and check a literal last part', () => {
    const { log } = script('mkdir -p /tmp/a/x /tmp/b; touch /tmp/a/x/ready /tmp/a/f; echo /tmp/*/x/ready; echo /tmp/*/f; echo /tmp/a/*; echo /tmp/*/nope; echo /tmp/*');
    expect(log).toEqual(['/tmp/a/x/ready', '/tmp/a/f', '/tmp/a/f /tmp/a/x', '/tmp/*/nope', '/tmp/a /tmp/b']);
  });
});

describe('an exec action cut off by a bound', () => {
  it('times out, and a warning says which bound and which action', () => {
    const trace = simulate(pod(`  containers:\n  - name: app\n    image: busybox:1.28\n    command: ['sh', '-c', 'sleep 3600']\n    readinessProbe:\n      exec: { command: ['sh', '-c', 'while :; do :; done'] }\n      periodSeconds: 5\n`), 30);
    expect(trace.warnings?.map((w) => w.message)).toEqual(['container "app": exec action `sh -c while :; do :; done`: loop without sleep cut off after 10000 steps: the container keeps running (busy loop); the action gets no answer, so it times out']);
    expect(trace.snapshots.every((s) => s.containers[0]?.ready !== true)).toBe(true);
    expect(trace.events.some((e) => e.reason === 'Unhealthy' && /timed out/.test(e.message))).toBe(true);
  });
});

describe('busy loops over a whole run', () => {
  it('are cut off after a few steps once the run has spent its bound on them, with a warning', () => {
    const trace = simulate(pod(`  containers:\n  - name: app\n    image: busybox:1.28\n    command: ['sh', '-c', 'sleep 7200']\n    readinessProbe:\n      exec: { command: ['sh', '-c', 'while :; do :; done'] }\n      periodSeconds: 1\n`), 3600);
    const action = 'container "app": exec action `sh -c while :; do :; done`: ';
    const late = `loop without sleep cut off after ${LATE_BUSY_STEPS} steps, as every one once this run's loops without sleep have taken ${BUSY_STEPS_PER_RUN.toLocaleString('en-US')} steps: the container keeps running (busy loop)`;
    expect(trace.warnings?.map((w) => w.message)).toEqual([
      `${action}loop without sleep cut off after 10000 steps: the container keeps running (busy loop); the action gets no answer, so it times out`,
      `${action}${late}; the action gets no answer, so it times out`,
    ]);
  });

  it('charge only the steps of loops cut off as busy, not those of loops that sleep', () => {
    const run = { left: 50 };
    const state = { counter: { steps: 0 }, host: { busySteps: run } } as unknown as ShellState;
    // A loop that sleeps every 500 steps (sleepFor sets the count back to 0) runs on, and costs the run nothing.
    for (let i = 0; i < 3 * MAX_STEPS; i++) {
      if (i % 500 === 0) state.counter.steps = 0;
      tick(state, 0);
    }
    expect(run.left).toBe(50);
    // A busy loop is cut off at MAX_STEPS and charged; after it, the next one is cut off early.
    state.counter.steps = 0;
    expect(() => { for (;;) tick(state, 0); }).toThrow(ForeverSignal);
    expect(run.left).toBe(50 - MAX_STEPS - 1);
    state.counter.steps = 0;
    let late = 0;
    expect(() => { for (;;) { tick(state, 0); late++; } }).toThrow(ForeverSignal);
    expect(late).toBe(LATE_BUSY_STEPS);
  });
});
