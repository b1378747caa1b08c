import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { simulateScenario } from '../simulate';
import { hostileCorpus, type HostileCategory } from './corpus';
import { judgeOutcome } from './outcome';

/**
 * Time one input may take in Node: 2 s of this process's CPU (what the engine itself spends, steady
 * on a shared machine), and 10 s of wall time, so a run that hangs fails even on a loaded one.
 */
const BUDGET_CPU_MS = 2000;
const BUDGET_WALL_MS = 10_000;

const categories: HostileCategory[] = ['regex', 'glob', 'parameter', 'huge-pod', 'documents', 'labels', 'configmap', 'mkdir', 'flood', 'env', 'log-lines', 'alias', 'nesting', 'encoding', 'numbers', 'times', 'events', 'shell'];

describe('hostileCorpus', () => {
  it('holds at least 150 inputs with distinct names across every category', () => {
    expect(hostileCorpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(hostileCorpus.map((h) => h.name)).size).toBe(hostileCorpus.length);
    for (const category of categories) expect(hostileCorpus.some((h) => h.category === category), category).toBe(true);
  });

  const ready = hostileCorpus.filter((h) => !h.pending);
  for (const h of hostileCorpus.filter((p) => p.pending)) it.skip(`${h.category}: ${h.name} (waits for ${h.pending ?? ''})`, () => undefined);

  it.each(ready.map((h) => [`${h.category}: ${h.name}`, h] as const))('%s ends within its budget with its expected outcome', (_, input) => {
    const text = input.text();
    const start = performance.now();
    const cpu = process.cpuUsage();
    const result = simulateScenario(text);
    const used = process.cpuUsage(cpu);
    const ms = performance.now() - start;
    const json = JSON.stringify(result);
    expect(judgeOutcome(input, result, json)).toBeUndefined();
    expect((used.user + used.system) / 1000).toBeLessThan(BUDGET_CPU_MS);
    expect(ms).toBeLessThan(BUDGET_WALL_MS);
  });
});
