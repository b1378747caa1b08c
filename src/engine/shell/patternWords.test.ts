import { describe, expect, it } from 'vitest';
import { parseShell } from './parser';
import { FakeHost, runScript } from './testHost';
import type { ShellWarning } from './types';
import { expectAsBusybox } from './testing/busybox';

// Expected lines and status as busybox sh (ash) prints them for the same script.
describe('case ... esac', () => {
  it.each<[string, string[], number]>([
    ['x=b; case $x in a) echo A;; b|c) echo B;; *) echo other;; esac', ['B'], 0],
    ['case abc in a*c) echo glob;; esac', ['glob'], 0],
    ['case abc in a?c) echo q;; esac', ['q'], 0],
    ['case a.b in *.*) echo dot;; esac', ['dot'], 0],
    ['case /x/y in /*) echo abs;; esac', ['abs'], 0],
    ['case .hidden in *) echo star-dot;; esac', ['star-dot'], 0],
    ['case x in [a-z]) echo range;; esac', ['range'], 0],
    ['case X in [!a-z]) echo neg;; esac', ['neg'], 0],
    ['case 5 in [[:digit:]]) echo digit;; esac', ['digit'], 0],
    ['case \'*\' in \'*\') echo lit;; esac', ['lit'], 0],
    ['case ab in \'a*\') echo bad;; a*) echo ok;; esac', ['ok'], 0],
    ['p=\'a*\'; case abc in $p) echo unq-var-glob;; esac', ['unq-var-glob'], 0],
    ['p=\'a*\'; case abc in "$p") echo bad;; *) echo q-var-lit;; esac', ['q-var-lit'], 0],
    ['case x in y) echo no;; esac; echo $?', ['0'], 0],
    ['false; case x in y) echo no;; esac; echo $?', ['0'], 0],
    ['case x in x) false;; esac; echo $?', ['1'], 0],
    ['case x in x) ;; esac; echo $?', ['0'], 0],
    ['false; case x in x) ;; esac; echo $?', ['0'], 0],
    ['case x in\n  x)\n    echo nl\n    ;;\nesac', ['nl'], 0],
    ['case x\nin x) echo in-nl;; esac', ['in-nl'], 0],
    ['case x in (x) echo paren;; esac', ['paren'], 0],
    ['case x in x) echo last-no-dsemi\nesac', ['last-no-dsemi'], 0],
    ['case x in x) echo a; echo b;; esac', ['a','b'], 0],
    ['case x in x) echo first;; x) echo second;; esac', ['first'], 0],
    ['case \'\' in \'\') echo empty;; esac', ['empty'], 0],
    ['case "" in *) echo empty-star;; esac', ['empty-star'], 0],
    ['v=\'a b\'; case $v in \'a b\') echo nosplit;; esac', ['nosplit'], 0],
    ['case ~ in /root) echo tilde;; esac', ['tilde'], 0],
    ['case x in (esac) echo kw2;; x) echo x;; esac', ['x'], 0],
    ['for i in 1 2 3; do case $i in 2) continue;; 3) break;; esac; echo $i; done; echo done', ['1','done'], 0],
    ['case x in x) exit 4;; esac; echo never', [], 4],
    ['case $(echo hi) in h*) echo subst;; esac', ['subst'], 0],
    ['case a in b) ;; a) echo second-clause;; esac', ['second-clause'], 0],
    ['case \'a\\b\' in \'a\\b\') echo backslash;; esac', ['backslash'], 0],
    ['case a in \\a) echo esc;; esac', ['esc'], 0],
    ['case \'*\' in \\*) echo esc-star;; esac', ['esc-star'], 0],
    ['case ab in a\\*) echo bad;; *) echo esc-star2;; esac', ['esc-star2'], 0],
    ['case x in x|y|z) echo alt;; esac', ['alt'], 0],
    ['case z in x | y | z) echo alt-sp;; esac', ['alt-sp'], 0],
    ['set -e; case x in y) ;; esac; echo alive', ['alive'], 0],
    ['case x in x) echo a;;\n\n  y) echo b;; esac', ['a'], 0],
    ['x=hello; case $x in h*o) echo ho;; esac', ['ho'], 0],
    ['case 10 in [0-9][0-9]) echo two;; esac', ['two'], 0],
    ['case abc in *b) echo no;; *b*) echo mid;; esac', ['mid'], 0],
    ['echo $(case x in x) echo inside;; esac)', ['inside'], 0],
    ['case x in x) case y in y) echo nested;; esac;; esac', ['nested'], 0],
  ])('runs %j as ash does', (script, lines, exitCode) => expectAsBusybox(script, lines, exitCode));

  it('parses clauses, patterns and empty lists', () => {
    const [item] = parseShell('case $x in a|b) echo ab;; (c) ;; *) echo rest\nesac').program.body.items;
    const command = item?.first.commands[0];
    if (command?.kind !== 'case') throw new Error(`parsed as ${command?.kind}`);
    expect(command.clauses.map((c) => [c.patterns.length, c.body?.items.length ?? 0])).toEqual([[2, 1], [1, 0], [1, 1]]);
  });

  it('expands a pattern only when its clause is reached', () => {
    const result = runScript('case a in a) echo first;; $(echo never >&2)) echo second;; esac');
    expect(result.host.lines).toEqual(['first']);
  });

  it('fails a case whose pattern outgrows the pattern budget, with a warning, and goes on', () => {
    const warned: ShellWarning[] = [];
    const host = Object.assign(new FakeHost(), { warn: (w: ShellWarning) => warned.push(w) });
    const script = `x=$(printf '%0200000d' 0); case $x in ${'*0'.repeat(40)}1) echo hit;; esac; echo "status $?"`;
    const result = runScript(script, host);
    expect(result.host.lines).toEqual(['sh: pattern too complex', 'status 2']);
    expect(warned).toEqual([{ message: expect.stringContaining('sh: pattern too complex') as string, offset: script.indexOf('case') }]);
  });
});

// Expected lines and status as busybox sh (ash) prints them for the same script.
describe('${VAR#pattern} and friends', () => {
  it.each<[string, string[], number]>([
    ['x=\'*ab\'; p=\'*\'; echo ${x#"$p"}', ['ab'], 0],
    ['x=\'*ab\'; p=\'*\'; echo ${x#$p}', ['*ab'], 0],
    ['x=\'a*b*c\'; echo ${x%\'*\'*}', ['a*b'], 0],
    ['x=\'a*b*c\'; echo ${x%%\'*\'*}', ['a'], 0],
    ['x=\'a*b*c\'; echo "${x#*\\*}"', ['b*c'], 0],
    ['x=\'a.b.c\'; echo ${x%.*} ${x##*.}', ['a.b c'], 0],
    ['x=\'[x]y\'; echo ${x#\'[x]\'}', ['y'], 0],
    ['x=\'[x]y\'; echo ${x#[x]}', ['[x]y'], 0],
    ['x=abc; p=b; echo ${x#a"$p"}', ['c'], 0],
    ['f=/a/b/c.txt; echo "${f##*/}" "${f%/*}" "${f%.*}"', ['c.txt /a/b /a/b/c'], 0],
    ['x=\'a*b\'; echo "${x#\'a*\'}"', ['b'], 0],
    ['x=\'a*b\'; echo "${x#"a*"}"', ['b'], 0],
    ['x=\'a*b*c\'; p=\'*\'; echo "${x#*$p}"', ['a*b*c'], 0],
    ['x=\'a*b*c\'; p=\'*\'; echo "${x#*"$p"}"', ['b*c'], 0],
    ['x=abc; echo "${x:-\'q\'}" ${x:+"$x"}', ['abc abc'], 0],
    ['unset u; echo "${u:-a b}" ${u:-\'*\'}', ['a b *'], 0],
    ['x=\'a b\'; echo "${x#a }"', ['b'], 0],
    ['x=aXb; echo ${x%X*} "${x%X*}"', ['a a'], 0],
    ['x=\'~/a\'; echo ${x#~}', ['~/a'], 0],
    ['HOME=/h; x=/h/a; echo ${x#~}', ['/a'], 0],
  ])('runs %j as ash does: only the pattern\'s own quotes make its characters literal', (script, lines, exitCode) => {
    const result = runScript(script);
    expect(result.warnings).toEqual([]);
    expect(result.host.lines).toEqual(lines);
    expect(result.exitCode).toBe(exitCode);
  });
});
