// A case the engine does not handle makes every command answer in plain words: the contract's
// rejection (exit 1), never a stack trace or a JavaScript error text.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../engine/simulate', () => {
  const fail = () => { throw new TypeError('value.slice is not a function'); };
  return { simulateScenario: fail, analyzeScenario: fail };
});

const { runExplain } = await import('./explain');
const { runRender } = await import('./render');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

const plain = (text: string) => {
  expect(text).toContain('the simulator could not simulate this scenario (the simulator met a case it does not handle)');
  expect(text).not.toMatch(/TypeError|is not a function|\bat .*\.ts:\d+/);
};

describe('a command on a scenario the engine throws on', () => {
  it('explain prints the rejection as text, and as JSON with --json', () => {
    const text = io();
    expect(runExplain(['pod.yaml'], () => 'kind: Pod', text.io)).toBe(1);
    plain(text.out.join('\n'));
    expect(text.out.join('\n')).toMatch(/^rejected: line 1, column 1: /);
    const json = io();
    expect(runExplain(['pod.yaml', '--json'], () => 'kind: Pod', json.io)).toBe(1);
    const parsed = JSON.parse(json.out.join('\n')) as { rejected: boolean; errors: { message: string }[] };
    expect(parsed.rejected).toBe(true);
    plain(parsed.errors[0]?.message ?? '');
  });

  it('render prints the rejection as JSON and writes no file', () => {
    const text = io();
    expect(runRender(['pod.yaml', '--svg', '/nonexistent-dir/out.svg'], 'kind: Pod', text.io)).toBe(1);
    plain(text.out.join('\n'));
    expect(text.err).toEqual([]);
  });
});
