import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docsExampleYaml } from '../scenario/docsExample';
import { causeSteps, narrateAt } from '../engine/views/narration';
import { simulateScenario } from '../engine/simulate';
import { findGalleryEntry, gallery as entries } from '../scenario/gallery';
import { isRejection } from '../scenario/trace';
import { runCli } from './main';

const dir = mkdtempSync(join(tmpdir(), 'icp-explain-acceptance-'));

function explain(name: string, text: string, ...args: string[]): string[] {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  let out = '';
  expect(runCli(['explain', file, ...args], (t) => { out += t; }, () => {})).toBe(0);
  return out.split('\n');
}

const gallery = (id: string) => findGalleryEntry(id)?.yaml ?? '';
const seconds = (line: string) => {
  const [m, s] = (line.match(/^(\d+):(\d\d\.\d)/)?.slice(1) ?? ['0', '0']).map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};

describe('explain on the engine', () => {
  it('says in one line what several containers do alike at one instant for one reason', () => {
    const lines = explain('docs-first', docsExampleYaml);
    expect(lines[0]).toMatch(/^0:00\.0 {2}init-myservice, init-mydb and myapp-container each waits \(PodInitializing\) — the pod was just created/);
    expect(lines.filter((l) => l.includes('waits (PodInitializing)') && l.startsWith('0:00.0'))).toHaveLength(1);
  });

  it('says within a second after 20 s that Service myservice was created and init-myservice exited 0 because nslookup succeeded', () => {
    const window = explain('docs', docsExampleYaml).filter((l) => /^\d/.test(l) && seconds(l) >= 20 && seconds(l) <= 21);
    expect(window.some((l) => l.includes('Service myservice created'))).toBe(true);
    const exit = window.find((l) => l.includes('init-myservice exited 0'));
    expect(exit).toMatch(/right after `nslookup myservice[^`]*` succeeded \(resolves\)/);
    // The line's time is when the API shows the exit; the process ended earlier, and the line says why.
    expect(exit).toMatch(/^0:21\.0 .*the process ended at 0:20\.7, and the status shows it from 0:21\.0: the kubelet's PLEG relists containers every 1 s, and the pod's next sync writes the exit/);
  });

  it('gives a crash loop\'s back-off length and the time of the next try', () => {
    const lines = explain('crashloop', gallery('crashloop-always'), '--until', '60');
    const backoff = lines.find((l) => l.includes('CrashLoopBackOff') && /back-off of \d+ s/.test(l));
    expect(backoff).toMatch(/back-off of 10 s.*Next \(0:18\.2\): the 10 s back-off of migrate ends at 0:17\.2; the kubelet restarts migrate at 0:18\.2/);
    const at = explain('crashloop-at', gallery('crashloop-always'), '--at', '35');
    const next = at.slice(at.indexOf('  Next:'));
    // 1.35+: no sync between the exit and the back-off's end, so the exit's cause tells the restart.
    expect(next.join('\n')).toMatch(/- 0:41\.2 {2}the kubelet restarts migrate at 0:41\.2/);
  });

  it('gives the time of the next try from the back-off seen at a 10 s error requeue (1.34)', () => {
    const yaml = gallery('crashloop-always').replace('spec:\n  until: 6m', 'spec:\n  kubernetesVersion: "1.34"\n  until: 6m');
    const at = explain('crashloop-at-134', yaml, '--at', '35');
    const next = at.slice(at.indexOf('  Next:'));
    expect(next.join('\n')).toMatch(/- 0:41\.2 {2}the 20 s back-off of migrate ends at 0:40\.2; the kubelet restarts migrate at 0:41\.2/);
  });

  it('says a SIGKILLed sidecar ignored SIGTERM without a handler until the grace period ran out', () => {
    const killed = explain('job', gallery('job-with-sidecar')).find((l) => l.includes('exited 137'));
    expect(killed).toMatch(/no SIGTERM handler and ignored it/);
    expect(killed).toMatch(/grace period ran out/);
    expect(killed).toContain('[stop.sigkill-grace]');
  });
});

describe('narrateAt on every gallery scenario', () => {
  it.each(entries.map((e) => [e.id, e.yaml] as const))('gives every step of %s a caption and every change a reason', (_id, yaml) => {
    const trace = simulateScenario(yaml);
    if (isRejection(trace)) throw new Error('rejected');
    const steps = causeSteps(trace);
    expect(steps.length).toBeGreaterThan(0);
    for (const t of steps) {
      const n = narrateAt(trace, t);
      expect(n.step).toBe(t);
      expect(n.caption).not.toBe('');
      for (const c of n.happened) expect(c.why.length, `${t}: ${c.change}`).toBeGreaterThan(0);
      for (const x of n.next) if (x.t !== undefined) expect(x.t).toBeGreaterThan(t);
    }
  });
});
