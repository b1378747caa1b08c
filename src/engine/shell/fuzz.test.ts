// Deterministic garbage into parse and run: whatever the text, nothing throws and nothing hangs.
import { describe, expect, it } from 'vitest';
import { parseShell } from './parser';
import { runArgv, runShell } from './run';
import { drive, FakeHost, MemoryFs } from './testHost';

/** A linear congruential generator (Numerical Recipes constants), so every run sees the same inputs. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const CHARS = ' \t\n;&|()<>{}[]!$`\'"\\#*?=-+%/:.,0123456789abcxyzEOF';
const TOKENS = [
  'if ', 'then ', 'else ', 'elif ', 'fi', 'while ', 'until ', 'do ', 'done', 'for x in ', 'case ', 'esac', '{ ', ' }', '( ', ' )',
  '$(', '${', '$((', '`', '"', "'", '<<EOF\n', '\nEOF\n', '2>&1', '>/tmp/f', '>>', '|', '&&', '||', '&', ';', '\n', '!',
  'echo ', 'sleep 1', 'sleep infinity', 'exit 1', 'true', 'false', ':', 'cat /tmp/f', 'touch /tmp/f', '[ -f /tmp/f ]', 'x=1 ',
  '$x', '$?', 'break', 'continue', 'wait', 'nslookup svc', 'wget -qO- http://svc/', 'nc -z svc 80', 'printf %s ', 'set -e;',
  'exec ', 'sh -c ', 'timeout 1 ', 'seq 1 100', 'ls /', 'rm -rf /tmp', 'mkdir -p /tmp/d', 'unknowncmd', 'f() ', 'python3',
];

/** A string of random characters and shell tokens; a high `tokenShare` gives scripts that often parse. */
function garbage(next: () => number, tokenShare = 0.5): string {
  const length = Math.floor(next() * 60);
  let text = '';
  for (let i = 0; i < length; i++) {
    text += next() >= tokenShare ? CHARS[Math.floor(next() * CHARS.length)] : TOKENS[Math.floor(next() * TOKENS.length)];
  }
  return text;
}

const SIMPLE = [
  'echo $x', 'x=$((x+1))', 'sleep 1', 'touch /tmp/f', 'rm -f /tmp/f', 'cat /tmp/f', 'break', 'continue', 'exit 3', 'wait',
  'nc -z svc 80', 'wget -qO- http://svc/', "printf '%s\\n' a b", 'timeout 2 sleep 5', 'echo hi > /tmp/f', 'set -e', 'false',
  'sh -c "echo inner; exit 2"', 'ls /tmp | grep f', 'x=$(cat /tmp/f)', 'tail -f /dev/null', ':',
];
const CONDITIONS = ['true', 'false', '[ -f /tmp/f ]', 'nslookup svc', '[ "$x" -lt 3 ]', '! false', 'grep -q hi /tmp/f'];

/** A random but well-formed script, so that the interpreter (not only the parser) meets odd combinations. */
function program(next: () => number, depth: number): string {
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const list = () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => program(next, depth + 1)).join('\n');
  if (depth > 3) return pick(SIMPLE);
  switch (Math.floor(next() * 9)) {
    case 0: return `if ${pick(CONDITIONS)}; then\n${list()}\nelse\n${list()}\nfi`;
    case 1: return `while ${pick(CONDITIONS)}; do\n${list()}\ndone`;
    case 2: return `until ${pick(CONDITIONS)}; do\n${list()}\ndone`;
    case 3: return `for x in 1 2 $(echo 3); do\n${list()}\ndone`;
    case 4: return `{\n${list()}\n}`;
    case 5: return `(\n${list()}\n)`;
    case 6: return `{\n${program(next, depth + 1)}\n} ${pick(['&&', '||', '|'])} ${pick(SIMPLE)}`;
    case 7: return `{\n${program(next, depth + 1)}\n} &`;
    default: return pick(SIMPLE);
  }
}

describe('shell fuzzing', () => {
  it('runs 200 random well-formed scripts within bounds', () => {
    const next = lcg(99);
    for (let i = 0; i < 200; i++) {
      const script = `x=0\n${program(next, 0)}\n${program(next, 0)}`;
      const { program: parsed, warnings } = parseShell(script);
      expect(warnings, script).toEqual([]);
      const host = new FakeHost(new MemoryFs({ '/tmp/.keep': '' }), {}, { svc: { ip: '10.96.0.1', from: 3000 } });
      const result = drive(runShell(parsed, host), host, 200, 3_600_000);
      expect(result.forever?.warning?.message ?? '', script).not.toMatch(/could not run|failed to read/);
    }
  }, 30_000);

  it('parses and runs 2 000 garbage scripts without throwing', () => {
    const next = lcg(20_240_601);
    let finished = 0;
    for (let i = 0; i < 2000; i++) {
      const script = garbage(next, i < 1000 ? 0.5 : 0.95);
      const host = new FakeHost(new MemoryFs({ '/tmp/.keep': '' }), {}, { svc: { ip: '10.96.0.1' } });
      let result;
      try {
        const { program } = parseShell(script);
        result = drive(runShell(program, host), host, 50, 3_600_000);
      } catch (error) {
        throw new Error(`script ${JSON.stringify(script)} threw ${String(error)}`, { cause: error });
      }
      expect(result.forever?.warning?.message ?? '', script).not.toMatch(/could not run|failed to read/);
      if (!result.stopped) finished++;
    }
    expect(finished).toBeGreaterThan(1500);
  });

  it('runs 500 garbage argv lists without throwing', () => {
    const next = lcg(7);
    for (let i = 0; i < 500; i++) {
      const argv = Array.from({ length: Math.floor(next() * 5) }, () => garbage(next).slice(0, 20));
      if (next() < 0.5) argv.unshift('sh', '-c');
      const host = new FakeHost();
      expect(() => drive(runArgv(argv, host).process, host, 50, 3_600_000)).not.toThrow();
    }
  });
});
