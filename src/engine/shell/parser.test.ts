import { describe, expect, it } from 'vitest';
import type { ShellCommand } from './ast';
import { parseShell } from './parser';

function firstCommand(script: string): ShellCommand | undefined {
  return parseShell(script).program.body.items[0]?.first.commands[0];
}

describe('parseShell', () => {
  it.each([
    ['echo a; echo b', 2],
    ['echo a\necho b\n\n', 2],
    ['echo a && echo b || echo c', 1],
    ['sleep 1 & echo b', 2],
    ['# only a comment', 0],
    ['', 0],
  ])('splits %j into %i and-or lists', (script, count) => {
    const { program, warnings } = parseShell(script);
    expect(warnings).toEqual([]);
    expect(program.body.items).toHaveLength(count);
  });

  it.each([
    ['if true; then echo y; elif false; then :; else echo n; fi', 'if'],
    ['while true; do sleep 1; done', 'loop'],
    ['until false; do :; done', 'loop'],
    ['for x in a b c; do echo $x; done', 'for'],
    ['{ echo a; echo b; }', 'group'],
    ['(cd /tmp && ls)', 'group'],
    ['echo hi > /tmp/f 2>&1', 'simple'],
  ])('reads %j as a %s command', (script, kind) => {
    expect(parseShell(script).warnings).toEqual([]);
    expect(firstCommand(script)?.kind).toBe(kind);
  });

  it('keeps quoting on word parts', () => {
    const command = firstCommand(`echo 'a $b' "c $d" \\$e`);
    expect(command?.kind === 'simple' && command.words.map((w) => w.parts)).toEqual([
      [{ kind: 'lit', text: 'echo', quoted: false }],
      [{ kind: 'lit', text: 'a $b', quoted: true }],
      [{ kind: 'lit', text: 'c ', quoted: true }, { kind: 'param', name: 'd', quoted: true }],
      [{ kind: 'lit', text: '$', quoted: true }, { kind: 'lit', text: 'e', quoted: false }],
    ]);
  });

  it('reads assignments before the command name only', () => {
    const command = firstCommand('A=1 B="x y" env C=2');
    expect(command?.kind === 'simple' && command.assigns.map((a) => a.name)).toEqual(['A', 'B']);
    expect(command?.kind === 'simple' && command.words).toHaveLength(2);
  });

  it('reads a here-document body', () => {
    const command = firstCommand('cat <<EOF > /tmp/x\nhello $NAME\nEOF\necho after');
    expect(command?.kind === 'simple' && command.redirs.map((r) => r.op)).toEqual(['<<', '>']);
    expect(parseShell('cat <<EOF > /tmp/x\nhello $NAME\nEOF\necho after').program.body.items).toHaveLength(2);
  });

  it.each([
    ['python3 app.py', 'python3', 0],
    ['echo hi; sed -i s/a/b/ f', 'sed', 9],
    ['x=$(jq .a f)', 'jq', 4],
    ['exec java -jar app.jar', 'java', 5],
  ])('warns about the unsupported command in %j', (script, name, offset) => {
    expect(parseShell(script).warnings).toEqual([{ message: `unsupported command "${name}": the container runs forever from here`, offset }]);
  });

  it('does not warn about paths, which may be scripts on a volume', () => {
    expect(parseShell('/scripts/init.sh').warnings).toEqual([]);
  });

  it.each([
    ['echo a; case $x in a) echo a', 'the simulator cannot interpret this shell syntax (unexpected end of script, expected "esac")', 28],
    ['case $x a) echo a;; esac', 'the simulator cannot interpret this shell syntax (unexpected "a", expected "in")', 8],
    ['echo a; exit() { :; }', 'the simulator cannot interpret this shell syntax (bad function name)', 8],
    ['my-f() { :; }', 'the simulator cannot interpret this shell syntax (bad function name)', 0],
    ['function 1f { :; }', 'the simulator cannot interpret this shell syntax (bad function name)', 0],
    ['echo a\nif then fi', 'the simulator cannot interpret this shell syntax (unexpected "then")', 10],
    ['echo "unterminated', 'the simulator cannot interpret this shell syntax (unterminated double quote)', 5],
    ['echo ${x^^}', 'the simulator cannot interpret this shell syntax (bad substitution)', 5],
    ['while true; do echo', 'the simulator cannot interpret this shell syntax (unexpected end of script, expected "done")', 19],
  ])('turns %j into a located warning', (script, message, offset) => {
    const { warnings } = parseShell(script);
    expect(warnings[0]?.message).toContain(message);
    expect(warnings[0]?.offset).toBe(offset);
  });

  it('keeps the commands before a syntax error', () => {
    const { program } = parseShell('echo one\necho two\nfi');
    expect(program.body.items.map((i) => i.first.commands[0]?.kind)).toEqual(['simple', 'simple', 'unsupported']);
  });

  it.each(['((((((((((', '$($($($(', '"${x:-"${y:-', 'if if if if', '`', '<<', '2>', ';;;', '&&', '|', ')'])('never throws on %j', (script) => {
    expect(() => parseShell(script)).not.toThrow();
    expect(parseShell(script).warnings.length).toBeGreaterThan(0);
  });

  it('bounds nesting depth with a warning instead of overflowing', () => {
    const script = '('.repeat(500) + 'true' + ')'.repeat(500);
    expect(parseShell(script).warnings[0]?.message).toContain('nested too deeply');
  });
});
