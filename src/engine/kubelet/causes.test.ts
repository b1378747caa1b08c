import { describe, expect, it } from 'vitest';
import { gallery } from '../../scenario/gallery';
import { conditionTypes, isRejection, type ContainerSnapshot, type Snapshot, type Trace } from '../../scenario/trace';
import { simulateScenario } from '../simulate';
import { rules } from './rules';
import { setKubernetesVersion } from '../manifest/setVersion';
import { DEFAULT_KUBERNETES_VERSION, KUBERNETES_VERSIONS } from '../version/versions';

function trace(yaml: string): Trace {
  const r = simulateScenario(yaml);
  if (isRejection(r)) throw new Error(JSON.stringify(r.errors));
  return r;
}

const empty: Snapshot = { t: 0, phase: 'Pending', conditions: { PodReadyToStartContainers: false, Initialized: false, Ready: false, ContainersReady: false, PodScheduled: true },
  kubectl: { status: 'Pending', ready: '', restarts: '0' }, initContainers: [], containers: [] };

function containerChanged(p: ContainerSnapshot | undefined, n: ContainerSnapshot): boolean {
  return !p || p.state !== n.state || p.reason !== n.reason || p.restartCount !== n.restartCount || p.started !== n.started || p.ready !== n.ready || p.image !== n.image
    || (n.state === 'terminated' && p.exitCode !== n.exitCode);
}

/** Every change of state the trace shows, read from its snapshots alone: [t, subject]. */
function changesOf(t: Trace): [number, string][] {
  const out: [number, string][] = [];
  let prev = empty;
  for (const s of t.snapshots) {
    for (const [list, before] of [[s.initContainers, prev.initContainers], [s.containers, prev.containers]] as const) {
      for (const c of list) if (containerChanged(before.find((x) => x.name === c.name), c)) out.push([s.t, `container:${c.name}`]);
    }
    if (s.phase !== prev.phase || !!s.deleted !== !!prev.deleted || (s.deletionTimestamp === undefined) !== (prev.deletionTimestamp === undefined)) out.push([s.t, 'pod']);
    for (const type of conditionTypes) if (s.conditions[type] !== prev.conditions[type]) out.push([s.t, `condition:${type}`]);
    if (s.kubectl.status !== prev.kubectl.status || (prev.kubectl.ready !== '' && s.kubectl.ready !== prev.kubectl.ready)) out.push([s.t, 'kubectl']);
    prev = s;
  }
  return out;
}

describe('causes', () => {
  for (const entry of gallery) {
    it(`explains every change of state of ${entry.id} with a named rule and trigger`, () => {
      const t = trace(entry.yaml);
      const causes = t.causes ?? [];
      for (const [at, subject] of changesOf(t)) {
        const found = causes.filter((c) => c.t === at && c.subject === subject);
        expect(found.length, `${entry.id}: no cause for ${subject} at ${at}`).toBeGreaterThan(0);
        for (const c of found) {
          expect(c.rule, `${entry.id}: ${c.change} at ${at}`).not.toBe('unexplained');
          expect(Object.hasOwn(rules, c.rule)).toBe(true);
          expect(c.ruleText).toBe(rules[c.rule as keyof typeof rules].text);
          expect(c.trigger.text.length, `${entry.id}: ${c.change}`).toBeGreaterThan(10);
          expect(c.trigger.text).not.toMatch(/state changed|no decision point/);
          expect(c.detail?.source).toMatch(/\.go › \w+/);
        }
      }
      expect(causes.every((c, i) => i === 0 || (causes[i - 1] as { t: number }).t <= c.t)).toBe(true);
    });
  }

  // Every version, not only the default: a switch that changes when something happens must still say why.
  for (const version of KUBERNETES_VERSIONS.filter((v) => v !== DEFAULT_KUBERNETES_VERSION)) {
    it(`explains every change of state of every gallery scenario run on ${version}`, () => {
      const refused: string[] = [];
      for (const entry of gallery) {
        const text = setKubernetesVersion(entry.yaml, version);
        if (text === undefined) throw new Error(`${entry.id}: the version could not be set`);
        const r = simulateScenario(text);
        if (isRejection(r)) { refused.push(entry.id); continue; }
        const causes = r.causes ?? [];
        for (const [at, subject] of changesOf(r)) {
          const found = causes.filter((c) => c.t === at && c.subject === subject);
          expect(found.length, `${entry.id} on ${version}: no cause for ${subject} at ${at}`).toBeGreaterThan(0);
          for (const c of found) expect(c.rule, `${entry.id} on ${version}: ${c.change}`).not.toBe('unexplained');
        }
      }
      // Only the examples of a feature that version's API server refuses.
      expect(refused.every((id) => /restart-all|env-file/.test(id)), refused.join(', ')).toBe(true);
    });
  }

  const docs = gallery.find((g) => g.id === 'docs-myapp-pod')?.yaml ?? '';

  it('says init-myservice exited 0 because nslookup succeeded after Service myservice was created', () => {
    const t = trace(docs);
    const ev = t.scenarioEvents?.findIndex((e) => e.label === 'Service myservice created');
    expect(ev).toBe(0);
    const exit = t.causes?.find((c) => c.subject === 'container:init-myservice' && c.change.includes('exited 0'));
    expect(exit?.t).toBeGreaterThan(20_000);
    expect(exit?.t).toBeLessThanOrEqual(21_000);
    expect(exit?.trigger.command?.command).toBe('nslookup myservice.default.svc.cluster.local');
    expect(exit?.trigger.command?.status).toBe(0);
    expect(exit?.trigger.scenarioEvent).toBe(0);
    expect(exit?.trigger.text).toMatch(/failed \(can't resolve\) 9 times, from 0:02\.7 to 0:18\.7, and in between came the scenario event "Service myservice created" at 0:20\.0/);
  });

  it('says why an exit shows in the status later than the process ended: the PLEG relist, then the next sync', () => {
    const exit = trace(docs).causes?.find((c) => c.subject === 'container:init-myservice' && c.change.includes('exited 0'));
    expect(exit?.t).toBe(21_000);
    expect(exit?.trigger.text).toMatch(/; the process ended at 0:20\.7, and the status shows it from 0:21\.0: the kubelet's PLEG relists containers every 1 s, and the pod's next sync writes the exit$/);
    // While a sync is under way (100 containers start one by one), an exit waits for it to end.
    const stress = trace(`apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n${Array.from({ length: 30 }, (_, i) => `  - { name: c${i}, image: busybox:1.28, command: [sh, -c, 'exit 1'] }`).join('\n')}\n`);
    const first = stress.causes?.find((c) => c.subject === 'container:c0' && c.rule === 'exit.program');
    expect(first?.trigger.text).toMatch(/the process ended at 0:0\d\.\d, and the status shows it from 0:\d\d\.\d: .*the pod's next sync, after the one that was under way, writes the exit$/);
    // An exit the kubelet itself caused (a kill) is written by the sync that killed it: no such note.
    const kill = trace(gallery.find((g) => g.id === 'job-with-sidecar')?.yaml ?? '').causes?.find((c) => c.rule === 'stop.sigkill-grace');
    expect(kill?.trigger.text).not.toContain('PLEG');
  });

  it('links the next init container\'s start to the previous one\'s exit', () => {
    const t = trace(docs);
    const start = t.causes?.find((c) => c.subject === 'container:init-mydb' && c.change === 'init-mydb started');
    expect(start?.rule).toBe('init.sequential');
    expect(start?.trigger.container).toBe('init-myservice');
    const cause = t.causes?.[start?.trigger.cause ?? -1];
    expect(cause?.change).toBe('init-myservice exited 0 (Completed)');
  });

  it('gives a crash loop\'s back-off length, when it ends, and when the kubelet restarts', () => {
    const t = trace(gallery.find((g) => g.id === 'crashloop-always')?.yaml ?? '');
    const waits = t.causes?.filter((c) => c.rule === 'restart.backoff-wait') ?? [];
    expect(waits.length).toBeGreaterThan(2);
    expect(waits[1]?.trigger.text).toContain('back-off of 20 s');
    const restart = t.causes?.find((c) => c.rule === 'restart.backoff-ended' && c.t > (waits[1]?.t ?? 0));
    expect(waits[1]?.next?.t).toBe(restart?.t);
    expect(waits[1]?.next?.text).toBe('the 20 s back-off of migrate ends at 0:40.2; the kubelet restarts migrate at 0:41.2, at its first sync after that');
  });

  it('says a sidecar without a SIGTERM handler was killed when the grace period ran out', () => {
    const t = trace(gallery.find((g) => g.id === 'job-with-sidecar')?.yaml ?? '');
    const kill = t.causes?.find((c) => c.rule === 'stop.sigkill-grace');
    expect(kill?.subject).toBe('container:log-forwarder');
    expect(kill?.trigger.text).toMatch(/no SIGTERM handler and ignored it, so SIGKILL came when the 30 s grace period ran out/);
  });

  it('records what waiting containers wait for, and the polling commands they run', () => {
    const t = trace(docs);
    expect(t.waits?.find((w) => w.container === 'init-mydb')).toMatchObject({ from: 0, to: 21_000, on: 'init-myservice' });
    expect(t.attempts?.[0]).toMatchObject({ container: 'init-myservice', result: 'can\'t resolve', count: 9 });
  });
});
