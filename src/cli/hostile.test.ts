import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileCorpus, type HostileInput } from '../engine/hostile/corpus';
import { judgeOutcome } from '../engine/hostile/outcome';
import type { SimulationResult } from '../scenario/trace';

const dir = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Peak memory allowed for any CLI process of the subset. */
const MAX_RSS_KIB = 1024 * 1024;
const subset = hostileCorpus.filter((h) => h.cli);

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  peakKiB: number;
  ms: number;
}

/** Runs `npm run --silent cli -- simulate FILE --json` as a user would, with the heap capped at 1 GiB. */
function runCli(input: HostileInput, index: number): Promise<CliRun> {
  const file = join(dir, `input-${index}.yaml`);
  const peakFile = join(dir, `peak-${index}.txt`);
  writeFileSync(file, input.text());
  writeFileSync(peakFile, '');
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', 'cli', '--', 'simulate', file, '--json'], {
      env: { ...process.env, PEAK_MEMORY_FILE: peakFile, NODE_OPTIONS: `--import ${pathToFileURL(resolve('src/cli/testing/peakMemory.mjs')).href} --max-old-space-size=1024` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      const peaks = readFileSync(peakFile, 'utf8').split('\n').filter(Boolean).map(Number);
      done({ status, stdout, stderr, peakKiB: Math.max(0, ...peaks), ms: performance.now() - started });
    });
  });
}

// Three at a time: each process spends most of its time starting tsx.
const runs = new Map<HostileInput, Promise<CliRun>>();
function runOf(input: HostileInput): Promise<CliRun> {
  let run = runs.get(input);
  if (!run) {
    const index = subset.indexOf(input);
    const before = index >= 3 ? runOf(subset[index - 3] as HostileInput) : Promise.resolve(undefined);
    run = before.then(() => runCli(input, index));
    runs.set(input, run);
  }
  return run;
}

describe('simulate on the hostile corpus', () => {
  it('runs a representative subset of at least ten inputs', () => {
    expect(subset.length).toBeGreaterThanOrEqual(10);
    subset.forEach((input) => { void runOf(input); });
  });

  it.each(subset.map((h) => [`${h.category}: ${h.name}`, h] as const))('%s exits 0 or 1 with JSON and no stack trace, under 1 GiB', async (_, input) => {
    const run = await runOf(input);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    const result = JSON.parse(run.stdout) as SimulationResult;
    expect(run.status).toBe('rejected' in result ? 1 : 0);
    expect(judgeOutcome(input, result, run.stdout)).toBeUndefined();
    expect(run.peakKiB).toBeGreaterThan(0);
    expect(run.peakKiB).toBeLessThan(MAX_RSS_KIB);
  }, 120_000);
});
