// The hostile corpus: scenario texts built to make the engine slow, huge or crash, each with the
// outcome expected (a trace, possibly with a warning, or a clean rejection). Tests run it in Node;
// the browser runs the same list through the worker. Texts are built on demand: some are megabytes.
import { aliasBomb, bigConfigMapVolume, deepBlock, deepFlow, envDoubling, manyContainersPod, manyEvents, manyMetaKeys, manyServices, numberField, scriptPod, timeField } from './build';

/** What a hostile input is meant to stress. */
export type HostileCategory =
  | 'regex' | 'glob' | 'parameter' | 'huge-pod' | 'documents' | 'labels' | 'configmap' | 'mkdir' | 'flood'
  | 'env' | 'log-lines' | 'alias' | 'nesting' | 'encoding' | 'numbers' | 'times' | 'events' | 'shell';

/** The outcome an input must give: a trace (with a warning matching, when given) or a rejection whose errors match. */
export type HostileExpectation = { kind: 'trace'; warning?: RegExp; log?: RegExp } | { kind: 'rejected'; message: RegExp };

/** One input of the corpus. */
export interface HostileInput {
  name: string;
  category: HostileCategory;
  /** Builds the scenario text (some are large, so only when needed). */
  text: () => string;
  expect: HostileExpectation;
  /** Run through the real CLI process in the test's representative subset. */
  cli?: boolean;
  /** Allowed by the limits but not yet within the budget: what it waits for (the test skips it until then). */
  pending?: string;
}

/** Rejections of oversized inputs: a count limit, or the text's size limit when the count makes it too long. */
const big = /Too many|at most|too large|Too long/;
const trace = (warning?: RegExp, log?: RegExp): HostileExpectation => ({ kind: 'trace', ...(warning ? { warning } : {}), ...(log ? { log } : {}) });
const rejected = (message: RegExp): HostileExpectation => ({ kind: 'rejected', message });
const a = (n: number) => 'a'.repeat(n);

/** A pod whose readiness probe loops without sleep, every second, for `until`. */
const busyProbe = (until: string): string => `apiVersion: v1
kind: Pod
metadata: {name: hostile}
spec:
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'sleep 100000']
    readinessProbe:
      exec: { command: ['sh', '-c', 'while :; do :; done'] }
      periodSeconds: 1
---
apiVersion: playground/v1
kind: Scenario
spec: {until: ${until}}
`;

const input = (name: string, category: HostileCategory, text: () => string, expect: HostileExpectation, cli = false): HostileInput =>
  ({ name, category, text, expect, ...(cli ? { cli } : {}) });

const regexBombs: [string, string, string][] = [
  ['nested plus', '-E', '(a+)+$'],
  ['nested star', '-E', '(a*)*b'],
  ['alternation overlap', '-E', '(a|aa)+$'],
  ['alternation same', '-E', '(a|a)+$'],
  ['anchored nested', '-E', '^(a+)+$'],
  ['triple nesting', '-E', '((a+)+)+b'],
  ['x+x+', '-E', '(x+x+)+y'],
  ['word classes', '-E', '([a-z]+)*!'],
  ['repeated dot-star', '-E', '(.*a){12}b'],
  ['optional chain', '-E', `${'a?'.repeat(40)}${a(40)}`],
  ['posix class nesting', '-E', '([[:alpha:]]+)+[[:digit:]]'],
  ['case-insensitive', '-Ei', '(A+)+$'],
  ['whole word', '-Ew', '(a+)+b'],
  ['whole line', '-Ex', '(a|aa)+b'],
  ['count', '-Ec', '(a*)*$'],
  ['inverted', '-Ev', '(a+)+$'],
  ['BRE nested group', '', '\\(a*\\)*b'],
  ['BRE alternation', '', '\\(a\\|aa\\)*c'],
  ['BRE interval', '', '\\(a\\{1,3\\}\\)*b'],
  ['-e pattern', '-E -e', '(a+)+$'],
];

const regexInputs: HostileInput[] = [
  ...regexBombs.map(([name, flags, pattern], i) =>
    input(`grep ${name}`, 'regex', () => scriptPod(`echo ${a(60)}! | grep ${flags} '${pattern}'; echo status $?`), trace(undefined, /status/), i === 0)),
  input('grep on a long line', 'regex', () => scriptPod(`x=$(printf '%0100000d' 0); echo "$x" | grep -E '(0+)+1'; echo status $?`), trace(undefined, /status 1/)),
  input('grep over many lines', 'regex', () => scriptPod(`seq 1 9000 > /tmp/n; grep -Ec '(1+)+x' /tmp/n; echo status $?`), trace(undefined, /status/)),
  input('grep in a busy loop', 'regex', () => scriptPod(`while :; do echo ${a(40)} | grep -E '(a+)+$'; done`), trace(/busy loop|too complex|work/)),
  input('grep in a sleeping loop', 'regex', () => `${scriptPod(`while :; do echo ${a(200)}! | grep -E '(a|aa)+$'; sleep 1; done`)}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 1h}\n`, trace()),
  input('huge interval', 'regex', () => scriptPod(`echo a | grep -E 'a{1000}{1000}{1000}'; echo status $?`), trace(undefined, /status 2/)),
  input('huge counted group', 'regex', () => scriptPod(`echo a | grep -E '(a{0,255}){255}'; echo status $?`), trace(undefined, /status/)),
  input('long pattern', 'regex', () => scriptPod(`echo a | grep -E '${'(a|b)'.repeat(5000)}'; echo status $?`), trace(undefined, /status/)),
  input('deeply nested groups', 'regex', () => scriptPod(`echo a | grep -E '${'('.repeat(5000)}a${')'.repeat(5000)}'; echo status $?`), trace(undefined, /status/)),
  input('unbalanced pattern', 'regex', () => scriptPod(`echo a | grep -E '((a'; echo status $?`), trace(undefined, /status 2/)),
  input('back-reference', 'regex', () => scriptPod(`echo ${a(50)} | grep '\\(a*\\)*\\1b'; echo status $?`), trace(/back-references/)),
  input('grep in a readiness probe', 'regex', () => scriptPod('sleep 3600', '', `    readinessProbe: {exec: {command: [sh, -c, "echo ${a(60)}! | grep -E '(a+)+$'"]}, periodSeconds: 1}\n`), trace()),
  input('grep pipe stream', 'regex', () => scriptPod(`seq 1 50000 | grep -E '(1|11)+2' | wc -l`), trace()),
];

const globInputs: HostileInput[] = [
  ...[8, 16, 32].map((stars) =>
    input(`file glob with ${stars} stars`, 'glob', () => scriptPod(`f=$(printf '%05000d' 0); touch /tmp/$f; echo /tmp/${'*0'.repeat(stars)}1 | wc -c`), trace())),
  input('glob over many files', 'glob', () => scriptPod('cd /tmp && touch $(seq 1 20000) && echo *1*2*3*4*5* | wc -c'), trace()),
  input('glob fan-out', 'glob', () => scriptPod('echo /*/*/*/*/*/*/*/*/*/*/*/*/* | wc -c'), trace()),
  input('glob with many classes', 'glob', () => scriptPod(`f=$(printf '%03000d' 0); touch /tmp/$f; echo /tmp/${'[0-9]*'.repeat(30)}x`), trace()),
  input('glob in a loop', 'glob', () => scriptPod(`f=$(printf '%02000d' 0); touch /tmp/$f; while :; do echo /tmp/${'*0'.repeat(10)}1 >/dev/null; done`), trace(/busy loop|work/)),
  input('glob of a long literal', 'glob', () => scriptPod(`echo /tmp/${a(100000)}*`), trace()),
  input('glob in for loop', 'glob', () => scriptPod('cd /tmp && touch $(seq 1 3000) && for f in *; do :; done; echo done'), trace()),
  input('question marks', 'glob', () => scriptPod(`f=$(printf '%04000d' 0); touch /tmp/$f; echo /tmp/${'?'.repeat(3000)}*1`), trace()),
  input('replace every character of 1 MiB', 'parameter', () => scriptPod("x=$(printf '%01048000d' 0); y=${x//?/ab}; echo ${#y}"), trace(/too complex|1 MiB/)),
  input('replacement that squares the value', 'parameter', () => scriptPod('x=ab; while :; do x=${x//?/$x}; echo ${#x}; done'), trace(/grew beyond 1 MiB/)),
  input('literal replacement that squares the value', 'parameter', () => scriptPod('x=ab; while :; do x=${x//a/$x$x}; done'), trace(/grew beyond 1 MiB/)),
  input('replace in a sleeping loop', 'parameter', () => `${scriptPod("x=$(printf '%0500000d' 0); while :; do y=${x//0*1/z}; sleep 0.001; done")}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 10m}\n`, trace(/too complex|work/)),
  input('substring with absurd offsets', 'parameter', () => scriptPod('x=abc; echo "${x:9223372036854775807:-9223372036854775807}" "${x: -99999999999999999999}" "${x:1:99999999999}"'), trace()),
  input('case statement', 'glob', () => scriptPod(`case ${a(50)} in ${'*a'.repeat(30)}b) echo hit;; esac`), trace()),
  input('negated classes', 'glob', () => scriptPod(`f=$(printf '%05000d' 0); touch /tmp/$f; echo /tmp/${'[!x]*'.repeat(20)}1`), trace()),
];

const paramPatterns: [string, string][] = [
  ['longest prefix no match', '${x##*0*0*0*1}'],
  ['shortest prefix no match', '${x#*0*0*0*1}'],
  ['longest suffix no match', '${x%%1*0*0*0*}'],
  ['shortest suffix no match', '${x%1*0*}'],
  ['literal suffix', '${x%%1}'],
  ['star suffix', '${x%%*}'],
  ['many stars', `\${x##${'*0'.repeat(40)}1}`],
  ['class stars', `\${x%%${'[0-9]*'.repeat(20)}x}`],
  ['question run', `\${x#${'?'.repeat(500)}1}`],
  ['length then strip', '${#x}${x##*1}'],
];

const parameterInputs: HostileInput[] = [
  ...paramPatterns.map(([name, expr]) =>
    input(`parameter ${name}`, 'parameter', () => scriptPod(`x=$(printf '%0200000d' 0); y="${expr}"; echo \${#y}`), trace())),
  input('parameter in a loop', 'parameter', () => scriptPod(`x=$(printf '%020000d' 0); while :; do y=\${x%%*0*1}; done`), trace(/busy loop|too complex|work/)),
  input('parameter on a megabyte', 'parameter', () => scriptPod(`x=$(printf '%01000000d' 0); y=\${x#*1}; echo \${#y}`), trace()),
  input('parameter with nested expansion', 'parameter', () => scriptPod(`x=$(printf '%050000d' 0); p='*0*0*0*0*1'; y=\${x##$p}; echo \${#y}`), trace()),
  input('replace form', 'parameter', () => scriptPod(`x=$(printf '%050000d' 0); echo \${x//0*0*0/y}`), trace()),
  input('doubling variable', 'parameter', () => scriptPod('x=a; while :; do x="$x$x"; done'), trace(/busy loop|1 MiB|too large|variable/)),
  input('doubling with sleep', 'parameter', () => scriptPod('x=a; while :; do x="$x$x"; sleep 1; done'), trace(/1 MiB|too large|variable/)),
];

const hugePodInputs: HostileInput[] = [
  input('5000 containers', 'huge-pod', () => manyContainersPod(5000, 'containers'), rejected(big), true),
  input('5000 init containers', 'huge-pod', () => manyContainersPod(5000, 'initContainers'), rejected(big)),
  input('1000 containers', 'huge-pod', () => manyContainersPod(1000, 'containers'), rejected(/Too many|must have at most/)),
  input('the most containers allowed', 'huge-pod', () => manyContainersPod(500, 'containers'), trace()),
  input('many init containers', 'huge-pod', () => manyContainersPod(250, 'initContainers'), trace()),
  // The largest pods the limits allow. The pod-level parts of a status are updated per container
  // (kubelet/statusTally.ts) and `exit` ends a script without an exception; 500 containers
  // crash-looping for an hour take about 1.5 s of CPU once compiled, on a 2-core machine.
  input('500 containers crash-looping for 1 h', 'huge-pod', () => `${manyContainersPod(500, 'containers').replace('  restartPolicy: Never\n', '').replace(/echo (\d+)/g, 'exit 1')}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 1h}\n`, trace()),
  input('499 init containers', 'huge-pod', () => manyContainersPod(499, 'initContainers'), trace()),
  input('many crash-looping containers', 'huge-pod', () => `${manyContainersPod(30, 'containers').replace('  restartPolicy: Never\n', '').replace(/echo (\d+)/g, 'exit 1')}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 1h}\n`, trace()),
  input('many probes', 'huge-pod', () => manyContainersPod(50, 'containers').replace(/command: \[sh, -c, "echo \d+"\]/g, 'command: [sleep, "3600"], readinessProbe: {exec: {command: ["true"]}, periodSeconds: 1}, livenessProbe: {exec: {command: ["true"]}, periodSeconds: 1}'), trace()),
  input('a 4 MB script', 'huge-pod', () => scriptPod(`echo ${a(4_000_000)}`), rejected(big)),
  input('many ports', 'huge-pod', () => scriptPod('sleep 5', '', `    ports: [${Array.from({ length: 20000 }, (_, i) => `{containerPort: ${(i % 65000) + 1}}`).join(', ')}]\n`), rejected(big)),
  input('many env entries', 'huge-pod', () => scriptPod('echo $V1', '', `    env:\n${Array.from({ length: 30000 }, (_, i) => `    - {name: V${i}, value: x}`).join('\n')}\n`), rejected(big)),
  input('many volumes', 'huge-pod', () => scriptPod('echo hi', `  volumes:\n${Array.from({ length: 20000 }, (_, i) => `  - {name: v${i}, emptyDir: {}}`).join('\n')}\n`), rejected(big)),
  input('a long container name list in args', 'huge-pod', () => scriptPod('echo "$@" | wc -c', '', `    args: [${Array.from({ length: 50000 }, () => 'x').join(', ')}]\n`).replace('"sh", "-c", ', '"sh", "-c", ').replace('wc -c"]', 'wc -c", "--"]'), rejected(/Too many|must have at most|too large/)),
];

const documentInputs: HostileInput[] = [
  input('10000 Services', 'documents', () => manyServices(10_000), rejected(big), true),
  input('the most documents allowed', 'documents', () => manyServices(499), trace()),
  input('20000 empty documents', 'documents', () => `${scriptPod('echo hi')}${'---\n'.repeat(20_000)}`, rejected(/Too many|at most/)),
  input('5000 ConfigMaps', 'documents', () => [scriptPod('echo hi'), ...Array.from({ length: 5000 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}}\ndata: {a: b}\n`)].join('---\n'), rejected(big)),
  input('5000 ignored kinds', 'documents', () => [scriptPod('echo hi'), ...Array.from({ length: 5000 }, (_, i) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d${i}}\n`)].join('---\n'), rejected(big)),
  input('a 20 MB text', 'documents', () => `${scriptPod('echo hi')}# ${a(20_000_000)}\n`, rejected(big)),
];

const labelInputs: HostileInput[] = [
  input('100000 labels', 'labels', () => manyMetaKeys(100_000, 'labels'), rejected(big)),
  input('100000 annotations', 'labels', () => manyMetaKeys(100_000, 'annotations'), rejected(big)),
  input('the most labels allowed', 'labels', () => manyMetaKeys(1000, 'labels'), trace()),
  input('a 300 KB annotation', 'labels', () => scriptPod('echo hi').replace('  name: hostile\n', `  name: hostile\n  annotations: {big: ${a(300_000)}}\n`), rejected(big)),
  input('a 10 KB label value', 'labels', () => scriptPod('echo hi').replace('  name: hostile\n', `  name: hostile\n  labels: {big: ${a(10_000)}}\n`), rejected(/must be no more than 63/)),
  input('50000 Service labels', 'labels', () => `${scriptPod('echo hi')}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  labels:\n${Array.from({ length: 50_000 }, (_, i) => `    k${i}: v`).join('\n')}\nspec: {ports: [{port: 80}]}\n`, rejected(big)),
];

const configMapInputs: HostileInput[] = [
  input('ConfigMap of 50000 keys as a volume', 'configmap', () => bigConfigMapVolume(50_000), rejected(big), true),
  input('the most ConfigMap keys allowed', 'configmap', () => bigConfigMapVolume(1000), trace(undefined, /1000/)),
  input('ConfigMap with a 2 MB value', 'configmap', () => bigConfigMapVolume(1, 2_000_000), rejected(big)),
  input('ConfigMap volume in many containers', 'configmap', () => {
    const text = bigConfigMapVolume(1000);
    return text.replace(/ {2}containers:\n([\s\S]*?)\n {2}volumes:/, (_m, c: string) => `  containers:\n${Array.from({ length: 40 }, (_, i) => c.replace('name: app', `name: app${i}`)).join('\n')}\n  volumes:`);
  }, trace()),
  input('ConfigMap applied and deleted often', 'configmap', () => `${bigConfigMapVolume(500)}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  events:\n${Array.from({ length: 250 }, (_, i) => `  - {at: ${i * 2 + 1}s, ${i % 2 ? 'apply' : 'delete'}: ConfigMap/big}`).join('\n')}\n`, trace()),
];

const mkdirInputs: HostileInput[] = [
  input('mkdir -p 50000 levels', 'mkdir', () => scriptPod("p=$(printf 'a/%.0s' $(seq 1 50000)); mkdir -p /tmp/$p; echo status $?"), trace(), true),
  input('mkdir -p 50000 levels in an emptyDir', 'mkdir', () => scriptPod("p=$(printf 'a/%.0s' $(seq 1 50000)); mkdir -p /w/$p; echo status $?", '  volumes:\n  - {name: w, emptyDir: {}}\n', '    volumeMounts: [{name: w, mountPath: /w}]\n'), trace()),
  input('ls -R, grep -r and cp -r of a tree 2040 deep', 'mkdir', () => scriptPod('p=/tmp; i=0; while [ $i -lt 2040 ]; do p=$p/d; i=$((i+1)); done; mkdir -p $p; ls -R /tmp | wc -l; grep -r x /tmp; cp -r /tmp/d /tmp/e; echo done'), trace(/1 GiB of data/)),
  input('mkdir many siblings', 'mkdir', () => scriptPod('cd /tmp && mkdir $(seq 1 50000); ls | wc -l'), trace()),
  input('touch many files then rm', 'mkdir', () => scriptPod('cd /tmp && touch $(seq 1 50000); rm -rf /tmp; echo $?'), trace()),
  input('deep path then ls', 'mkdir', () => scriptPod("p=$(printf 'b/%.0s' $(seq 1 20000)); mkdir -p /tmp/$p && cd /tmp/$p && pwd | wc -c"), trace()),
  input('cp -r of a deep tree', 'mkdir', () => scriptPod("p=$(printf 'c/%.0s' $(seq 1 5000)); mkdir -p /tmp/$p; cp -r /tmp/c /tmp/d; echo $?"), trace()),
];

const floodInputs: HostileInput[] = [
  input('printf 900000 in a loop', 'flood', () => scriptPod("while :; do printf '%900000s' x; done"), trace(/log|1 MiB|bytes/), true),
  input('printf 900000 with newlines', 'flood', () => scriptPod("while :; do printf '%900000s\\n' x; done"), trace(/log|1 MiB|bytes/)),
  input('echo in a busy loop', 'flood', () => scriptPod('while :; do echo flood; done'), trace(/busy loop/)),
  input('echo every millisecond for a day', 'flood', () => `${scriptPod('while :; do echo tick; sleep 0.001; done')}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 24h}\n`, trace(/log|steps|stopped/)),
  input('seq of a billion', 'flood', () => scriptPod('seq 1 1000000000'), trace(/log|1 MiB|bytes|too large/)),
  input('seq of a billion into /dev/null', 'flood', () => scriptPod('seq 1 1000000000 > /dev/null; echo $?'), trace(/1 GiB of data/)),
  input('seq into a file', 'flood', () => scriptPod('seq 1 100000000 > /tmp/x; echo $?'), trace()),
  input('cat a file into itself', 'flood', () => scriptPod('echo x > /tmp/f; while :; do cat /tmp/f /tmp/f > /tmp/g; cat /tmp/g > /tmp/f; done'), trace(/busy loop|1 MiB|too large/)),
  ...([
    ['wc of 1 MiB', "printf '%1048576s' x > /tmp/f; while :; do wc -c /tmp/f > /dev/null; sleep 0.001; done"],
    ['$(cat) of 1 MiB', "printf '%1048576s' x > /tmp/f; while :; do x=$(cat /tmp/f); sleep 0.001; done"],
    ['grep of 1 MiB', "printf '%1048576s' x > /tmp/f; while :; do grep -c x /tmp/f > /dev/null; sleep 0.001; done"],
    ['ls of 9000 files', 'mkdir /tmp/d; cd /tmp/d; touch $(seq 1 9000); while :; do ls /tmp/d > /dev/null; sleep 0.001; done'],
    ['glob of 9000 files', 'mkdir /tmp/d; cd /tmp/d; touch $(seq 1 9000); while :; do set -- /tmp/d/*; sleep 0.001; done'],
    ['eval of 100 KB of blanks', "big=$(printf '%100000s' x); i=0; while :; do i=$((i+1)); eval \": $big $i\"; sleep 0.01; done"],
    ['eval of 30 000 words', "big=$(seq 30000 | tr '\\n' ' '); i=0; while :; do i=$((i+1)); eval \": $big $i\"; sleep 0.01; done"],
    ['sh -c of 30 000 words', "big=$(seq 30000 | tr '\\n' ' '); i=0; while :; do i=$((i+1)); sh -c \": $big $i\"; sleep 0.01; done"],
    ['. of a 100 KB script', "printf ': %s %s %s %s %s %s %s %s %s %s\\n' $(seq 20000) > /tmp/s.sh; while :; do . /tmp/s.sh; echo >> /tmp/s.sh; sleep 0.01; done"],
    ['a split into 20 000 fields', "big=$(seq 20000 | tr '\\n' ' '); i=0; while :; do set -- $big $i; sleep 0.001; done"],
    ['a 100 KB comparison', "big=$(printf '%100000s' x); i=0; while :; do i=$((i+1)); [ \"$big\" = \"$big$i\" ]; sleep 0.001; done"],
    ['a 200 KB assignment', "big=$(printf '%100000s' x); i=0; while :; do i=$((i+1)); y=\"$big$big$i\"; sleep 0.001; done"],
  ] as const).map(([name, script]) => input(`${name} at every step of a sleeping loop`, 'flood', () => `${scriptPod(script)}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 10m}\n`, trace(/1 GiB of data/))),
  input('40 container scripts of 30 000 words each', 'flood', () => `apiVersion: v1\nkind: Pod\nmetadata: {name: hostile}\nspec:\n  restartPolicy: Never\n  containers:\n${Array.from({ length: 40 }, (_, i) => `  - {name: c${i}, image: busybox:1.28, command: [sh, -c, ": $(V) ${i}"], env: ${i ? '*e' : `&e [{name: V, value: "${'x '.repeat(30_000)}"}]`}}`).join('\n')}\n`, trace(/1 GiB of data/), true),
  input('busy-loop readiness probe every second for 6 h', 'flood', () => busyProbe('6h'), trace(/after 20 steps, as every one once this run's loops without sleep/)),
  input('busy-loop readiness probe every second for a day', 'flood', () => busyProbe('24h'), trace(/busy loop/)),
  input('stderr flood', 'flood', () => scriptPod("while :; do printf '%900000s' x >&2; done"), trace(/log|1 MiB|bytes/)),
  input('flood in a sidecar and app', 'flood', () => scriptPod("while :; do printf '%100000s\\n' x; sleep 0.01; done", '', '    restartPolicy: Always\n').replace('  containers:', '  initContainers:').replace(/\n$/, `\n  containers:\n  - {name: main, image: busybox:1.28, command: [sh, -c, "while :; do printf '%100000s\\\\n' y; sleep 0.01; done"]}\n`), trace()),
  input('flood of a crash loop', 'flood', () => `${scriptPod("printf '%500000s\\n' x; exit 1").replace('  restartPolicy: Never\n', '')}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 6h}\n`, trace()),
  input('here-document flood', 'flood', () => scriptPod(`cat <<EOF\n${'line\n'.repeat(20_000)}EOF`), trace()),
  input('flood a file in an emptyDir', 'flood', () => scriptPod("i=0; while :; do printf '%100000s' x >> /w/f$i; i=$((i+1)); sleep 0.01; done", '  volumes:\n  - {name: w, emptyDir: {}}\n', '    volumeMounts: [{name: w, mountPath: /w}]\n'), trace(/volume|emptyDir|bytes/)),
  input('printf with a huge width', 'flood', () => scriptPod("printf '%1000000000s' x; echo status $?"), trace()),
  input('printf with a huge precision', 'flood', () => scriptPod("printf '%.1000f\\n' 1; printf '%.101f\\n' 1; echo status $?"), trace(undefined, /status/)),
];

/** Twelve ConfigMaps of 1 000 keys, every one in the env of a container whose loop runs `$(...)` every second for an hour. */
const wideEnvFrom = (): string => {
  const maps = Array.from({ length: 12 }, (_, c) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${c}}\ndata:\n${Array.from({ length: 1000 }, (_, i) => `  K${i}: v\n`).join('')}`);
  const refs = Array.from({ length: 12 }, (_, c) => `{prefix: P${c}_, configMapRef: {name: c${c}}}`).join(', ');
  return `${scriptPod('while :; do x=$(echo $P11_K999); sleep 1; done', '', `    envFrom: [${refs}]\n`).replace('  restartPolicy: Never\n', '')}---\n${maps.join('---\n')}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 1h}\n`;
};

const envInputs: HostileInput[] = [
  input('12 000 variables from envFrom, $(...) every second for an hour', 'env', wideEnvFrom, trace()),
  ...[20, 30, 40, 64].map((depth) => input(`env doubling ${depth} times`, 'env', () => envDoubling(depth), trace(/env|bytes|too large/), depth === 40)),
  input('env doubling in args', 'env', () => envDoubling(40).replace('"echo ${#V40}"]', '"echo ${#1}", "sh", "$(V40)"]'), trace(/bytes|too large|argument/)),
  input('env doubling of a long seed', 'env', () => envDoubling(16, a(1000)), trace(/env|bytes|too large/)),
  input('env value of 2 MB', 'env', () => scriptPod('echo ${#BIG}', '', `    env: [{name: BIG, value: ${a(2_000_000)}}]\n`), rejected(big)),
  input('env references in a probe', 'env', () => envDoubling(40).replace('    env:', '    readinessProbe: {exec: {command: [sh, -c, "echo $(V40)"]}}\n    env:'), trace()),
  input('self reference', 'env', () => scriptPod('echo $A', '', '    env: [{name: A, value: "$(A)$(A)"}]\n'), trace()),
  input('export doubling', 'env', () => scriptPod('export X=a; while :; do export X="$X$X$X$X"; sleep 1; done'), trace(/1 MiB|too large|variable/)),
  // Names that a plain JavaScript object holds on its prototype are names like any other.
  ...['constructor', '__proto__', 'toString', 'hasOwnProperty'].map((name) =>
    input(`reference to $(${name})`, 'env', () => scriptPod('echo "ref=$0"', '', `    args: ["$(${name})"]\n`), trace(undefined, new RegExp(`^ref=\\$\\(${name}\\)$`)))),
  input('configMapKeyRef to the key constructor', 'env', () => `${scriptPod('echo A=$A', '', '    env: [{name: A, valueFrom: {configMapKeyRef: {name: cm, key: constructor}}}]\n')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {a: b}\n`, trace()),
  input('fieldRef to the path constructor', 'env', () => scriptPod('echo "A=$A."', '', '    env: [{name: A, valueFrom: {fieldRef: {fieldPath: constructor}}}]\n'), rejected(/field label not supported: constructor/)),
  input('ConfigMap data key __proto__ through env, envFrom and a volume', 'env', () => `${scriptPod('ls /d; echo K=$K P=$P___proto__', '  volumes: [{name: d, configMap: {name: cm}}]\n', '    env: [{name: K, valueFrom: {configMapKeyRef: {name: cm, key: __proto__}}}]\n    envFrom: [{prefix: P_, configMapRef: {name: cm}}]\n    volumeMounts: [{name: d, mountPath: /d}]\n')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {__proto__: proto, other: o}\n`, trace(undefined, /^K=proto P=proto$/)),
  input('nodeSelector key __proto__', 'env', () => scriptPod('true', '  nodeSelector: {__proto__: x}\n'), rejected(/spec\.nodeSelector|name part must consist/)),
  input('fieldRef to the label constructor', 'env', () => scriptPod('echo "A=$A."', '', `    env: [{name: A, valueFrom: {fieldRef: {fieldPath: "metadata.labels['constructor']"}}}]\n`), trace(undefined, /^A=\.$/)),
  input('configMap volume items named after Object members', 'env', () => `${scriptPod('cat /d/* 2>&1; echo done', '  volumes:\n  - name: d\n    configMap: {name: c, optional: true, items: [{key: constructor, path: x}, {key: __proto__, path: y}, {key: hasOwnProperty, path: z}]}\n', '    volumeMounts: [{name: d, mountPath: /d}]\n')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n`, trace(undefined, /^done$/)),
  input('configMap volume items named after Object members, not optional', 'env', () => `${scriptPod('cat /d/* 2>&1; echo done', '  volumes:\n  - name: d\n    configMap: {name: c, items: [{key: constructor, path: x}, {key: __proto__, path: y}, {key: hasOwnProperty, path: z}]}\n', '    volumeMounts: [{name: d, mountPath: /d}]\n')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n`, trace()),
];

const logLineInputs: HostileInput[] = [
  input('10 KB log lines', 'log-lines', () => `${scriptPod("while :; do printf '%10000s\\n' x; sleep 0.01; done")}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 24h}\n`, trace(/log/), true),
  input('100 KB log lines', 'log-lines', () => `${scriptPod("while :; do printf '%100000s\\n' x; sleep 0.1; done")}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 1h}\n`, trace(/log/)),
  input('one 1 MB log line', 'log-lines', () => scriptPod("printf '%1000000s\\n' x"), trace()),
  input('many short lines', 'log-lines', () => `${scriptPod('while :; do seq 1 5000; sleep 1; done')}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 2h}\n`, trace(/log/)),
  input('log lines in many containers', 'log-lines', () => manyContainersPod(100, 'containers').replace(/echo \d+/g, "while :; do printf '%5000s\\\\n' x; sleep 0.1; done"), trace(/log/)),
];

const aliasInputs: HostileInput[] = [
  input('billion laughs', 'alias', () => aliasBomb(9, 9), rejected(/alias|Excessive/)),
  input('wide alias level', 'alias', () => aliasBomb(2, 500), rejected(/alias|Excessive/)),
  input('alias bomb inside the pod', 'alias', () => scriptPod('echo hi').replace('  name: hostile\n', `  name: hostile\n  annotations:\n    a0: &a0 "${a(1000)}"\n${Array.from({ length: 8 }, (_, i) => `    a${i + 1}: &a${i + 1} [${Array.from({ length: 8 }, () => `*a${i}`).join(', ')}]`).join('\n')}\n`), rejected(/alias|Excessive|must be a string/)),
  input('many small aliases', 'alias', () => scriptPod('echo hi').replace('  name: hostile\n', `  name: hostile\n  labels:\n    base: &b v\n${Array.from({ length: 3000 }, (_, i) => `    k${i}: *b`).join('\n')}\n`), rejected(/alias|Excessive|Too many|at most/)),
  input('merge key bomb', 'alias', () => `${Array.from({ length: 12 }, (_, i) => `m${i}: &m${i} {${i ? `<<: [*m${i - 1}, *m${i - 1}], ` : ''}k${i}: ${a(100)}}`).join('\n')}\n---\n${scriptPod('echo hi')}`, rejected(/alias|Excessive/)),
  input('recursive alias', 'alias', () => `${scriptPod('echo hi')}---\na: &x [*x]\n`, rejected(/alias|anchor|Unresolved|kind/)),
];

const nestingInputs: HostileInput[] = [
  ...[100, 1000, 10_000, 100_000].map((depth) => input(`flow sequences ${depth} deep`, 'nesting', () => deepFlow(depth), rejected(/nest|deep|must be a string|depth|too large/), depth === 100_000)),
  ...[1000, 10_000].map((depth) => input(`flow maps ${depth} deep`, 'nesting', () => deepFlow(depth, '{a: ', '}'), rejected(/nest|deep|must be a string|depth|too large/))),
  ...[500, 3000].map((depth) => input(`block maps ${depth} deep`, 'nesting', () => deepBlock(depth), rejected(/nest|deep|depth|too large/))),
  input('shell subshells 10000 deep', 'nesting', () => scriptPod(`${'('.repeat(10_000)}echo hi${')'.repeat(10_000)}`), trace(/nest|depth/)),
  input('shell substitutions 5000 deep', 'nesting', () => scriptPod(`${'echo $('.repeat(5000)}echo hi${')'.repeat(5000)}`), trace(/nest|depth/)),
  input('shell if 5000 deep', 'nesting', () => scriptPod(`${'if true; then '.repeat(5000)}echo hi${'; fi'.repeat(5000)}`), trace(/nest|depth/)),
  input('arithmetic 100000 deep', 'nesting', () => scriptPod(`echo $((${'('.repeat(30_000)}1${')'.repeat(30_000)}))`), trace()),
  input('arithmetic expansions 5000 deep', 'nesting', () => scriptPod(`echo $((${'$(('.repeat(5000)}1${'))'.repeat(5000)}))`), trace(/nested too deeply/)),
  input('substitutions inside arithmetic 5000 deep', 'nesting', () => scriptPod(`echo $((${'$(echo '.repeat(5000)}1${')'.repeat(5000)}))`), trace(/nested too deeply/)),
  input('arithmetic long chain', 'nesting', () => scriptPod(`echo $((${'1+'.repeat(50_000)}1))`), trace()),
  input('script file recursion', 'nesting', () => scriptPod("printf '#!/bin/sh\\nsh /tmp/s.sh\\n' > /tmp/s.sh; sh /tmp/s.sh; echo status $?"), trace()),
  input('sh -c recursion', 'nesting', () => scriptPod('export S=\'sh -c "$S"\'; sh -c "$S"; echo status $?'), trace()),
  input('eval of itself', 'nesting', () => scriptPod(`x='eval "$x"'; eval "$x"`), trace(/nested more than 100 deep/)),
  input('a file that sources itself', 'nesting', () => scriptPod("echo '. /tmp/self.sh' > /tmp/self.sh; . /tmp/self.sh"), trace(/nested more than 100 deep/)),
  input('function recursion without end', 'nesting', () => scriptPod('f() { f; }; f'), trace(/nested more than 100 deep/)),
  input('function recursion in subshells', 'nesting', () => scriptPod('f() { (f); }; f; echo status $?'), trace(/nested more than 100 deep/)),
  input('function recursion through $(...)', 'nesting', () => scriptPod('f() { echo $(f); }; f'), trace(/nested more than 100 deep/)),
  input('function recursion that sleeps', 'nesting', () => scriptPod('f() { sleep 1; f; }; f'), trace(/nested more than 100 deep/)),
  input('function recursion through a pipeline', 'nesting', () => scriptPod('f() { f | :; }; f'), trace(/nested more than 100 deep/)),
  input('eval of itself inside 20 brace groups', 'nesting', () => scriptPod(`x='${'{ '.repeat(20)}eval "$x";${' }'.repeat(20)}'; eval "$x"`), trace(/nested more than 256 deep/)),
  input('sh -c of itself inside 60 brace groups', 'nesting', () => scriptPod(`export S='${'{ '.repeat(60)}sh -c "$S";${' }'.repeat(60)}'; sh -c "$S"`), trace(/nested more than 256 deep/)),
  input('function fork bomb', 'nesting', () => scriptPod('b() { b | b & }; b; wait'), trace(/busy loop|nested|fork/)),
  input('2000 function definitions', 'nesting', () => scriptPod(`${Array.from({ length: 2000 }, (_, i) => `f${i}() { :; }; x=$(f${i})`).join('; ')}; echo done`), trace(/more than 1000 functions/)),
  input('function defined in a busy loop', 'nesting', () => scriptPod('while :; do f() { :; }; f; done'), trace(/busy loop/)),
  input('braces 10000 deep', 'nesting', () => scriptPod(`${'{ '.repeat(10_000)}echo hi;${' }'.repeat(10_000)}`), trace(/nest|depth/)),
  input('here-doc substitution nesting', 'nesting', () => scriptPod(`cat <<EOF\n${'$('.repeat(3000)}echo x${')'.repeat(3000)}\nEOF`), trace()),
];

const encodingInputs: HostileInput[] = [
  input('NUL bytes in the script', 'encoding', () => scriptPod('echo a\u0000b; printf "\\000" | wc -c'), trace()),
  input('NUL bytes in YAML', 'encoding', () => `apiVersion: v1\u0000\nkind: Pod\n`, rejected(/.+/)),
  input('a byte-order mark', 'encoding', () => `\ufeff${scriptPod('echo hi')}`, trace()),
  input('CRLF line endings', 'encoding', () => scriptPod('echo hi').replace(/\n/g, '\r\n'), trace()),
  input('CR only line endings', 'encoding', () => scriptPod('echo hi').replace(/\n/g, '\r'), rejected(/.+/)),
  input('UTF-16 LE text read as UTF-8', 'encoding', () => `\ufffd\ufffd${[...scriptPod('echo hi')].map((c) => `${c}\u0000`).join('')}`, rejected(/.+/)),
  input('UTF-16 with BOM as characters', 'encoding', () => `\ufeff${[...scriptPod('echo hi')].map((c) => `\u0000${c}`).join('')}`, rejected(/.+/)),
  input('lone surrogates', 'encoding', () => scriptPod('echo \ud800 \udfff'), trace()),
  input('emoji names', 'encoding', () => scriptPod('echo hi').replace('name: app', 'name: "🙂"'), rejected(/Invalid value/)),
  input('control characters', 'encoding', () => scriptPod('echo \u0007\u001b[31m red'), trace()),
  input('a 100 KB single line', 'encoding', () => `${scriptPod('echo hi')}#${'x'.repeat(100_000)}`, trace()),
  input('only whitespace', 'encoding', () => ' \t\n'.repeat(30_000), rejected(/exactly one Pod/)),
  input('tabs as indentation', 'encoding', () => scriptPod('echo hi').replace(/\n {2}/g, '\n\t'), rejected(/.+/)),
  input('binary tag', 'encoding', () => scriptPod('echo hi').replace('image: busybox:1.28', 'image: !!binary aGVsbG8='), rejected(/must be a string/)),
  input('unknown tags', 'encoding', () => scriptPod('echo hi').replace('image: busybox:1.28', 'image: !custom busybox'), trace()),
];

const numberInputs: HostileInput[] = [
  ...['1e300', '-1e300', '9223372036854777856', '1e19', '.inf', '.nan', '-.inf'].map((v) => input(`terminationGracePeriodSeconds ${v}`, 'numbers', () => numberField('grace', v), rejected(/terminationGracePeriodSeconds/), v === '1e300')),
  input('terminationGracePeriodSeconds int64 max', 'numbers', () => numberField('grace', '9223372036854775807'), trace()),
  ...['1e300', '9223372036854775808', '1e18'].map((v) => input(`activeDeadlineSeconds ${v}`, 'numbers', () => numberField('deadline', v), rejected(/activeDeadlineSeconds/))),
  ...['3000000000', '1e300', '-2147483649'].map((v) => input(`periodSeconds ${v}`, 'numbers', () => numberField('period', v), rejected(/periodSeconds/))),
  input('initialDelaySeconds int32 max', 'numbers', () => numberField('initialDelay', '2147483647'), trace()),
  ...['1e10', '1e300', '-1'].map((v) => input(`containerPort ${v}`, 'numbers', () => numberField('port', v), rejected(/containerPort/))),
  ...['1e300', '4294967296', '-1'].map((v) => input(`kill exitCode ${v}`, 'numbers', () => numberField('exitCode', v), rejected(/exitCode/))),
  input('pullSeconds 1e300', 'numbers', () => `${scriptPod('echo hi')}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  node: {images: {"busybox:1.28": {pullSeconds: 1e300}}}\n`, rejected(/pullSeconds/)),
  input('sizeBytes 1e300', 'numbers', () => `${scriptPod('echo hi')}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  node: {images: {"busybox:1.28": {sizeBytes: 1e300}}}\n`, rejected(/sizeBytes/)),
  input('memory limit 1e300', 'numbers', () => scriptPod('echo hi', '', '    resources: {limits: {memory: 1e300}}\n'), trace()),
  input('cpu request 1e999', 'numbers', () => scriptPod('echo hi', '', '    resources: {requests: {cpu: "1e999"}}\n'), trace()),
  input('shell arithmetic overflow', 'numbers', () => scriptPod('echo $((9223372036854775807 + 1)) $((1 << 100)) $((2 ** 64)) $((-9223372036854775807 - 1)) $((1 / 0)); echo status $?'), trace()),
  input('sleep 1e300', 'numbers', () => scriptPod('sleep 1e300; echo done'), trace()),
  input('sleep 99999999999h', 'numbers', () => scriptPod('sleep 99999999999h; echo done'), trace()),
  input('seq 1e300', 'numbers', () => scriptPod('seq 1e300 1e300; seq 1 1e300 | head -n 3; echo status $?'), trace()),
  input('exit 1e300', 'numbers', () => scriptPod('exit 1e300'), trace()),
  input('head -n 1e300', 'numbers', () => scriptPod('seq 1 10 | head -n 1e300; seq 1 10 | tail -n 99999999999999999999'), trace()),
  input('printf %d of a huge number', 'numbers', () => scriptPod("printf '%d %x %o %e %g %f\\n' 1e300 99999999999999999999 -1 1e308 1e-308 1e300"), trace()),
  input('printf %.Nf of 1e300', 'numbers', () => scriptPod("printf '%.20f %.100f\\n' 1e300 1e300"), trace()),
  input('timeout 1e300', 'numbers', () => scriptPod('timeout 1e300 sleep 1; echo $?'), trace()),
  input('wget -T huge', 'numbers', () => scriptPod('wget -T 99999999999999999 -q -O- http://nowhere; echo $?'), trace()),
  input('shift huge', 'numbers', () => scriptPod('set -- a b; shift 99999999999999999999; echo $?'), trace()),
  input('break huge', 'numbers', () => scriptPod('while :; do break 99999999999999999999; done; echo out'), trace()),
  input('probe timeoutSeconds huge', 'numbers', () => scriptPod('sleep 3600', '', '    readinessProbe: {exec: {command: [sleep, "100"]}, timeoutSeconds: 2147483647, periodSeconds: 2147483647}\n'), trace()),
  input('preStop sleep huge', 'numbers', () => `${scriptPod('sleep 3600', '  terminationGracePeriodSeconds: 9223372036854775807\n', '    lifecycle: {preStop: {sleep: {seconds: 9223372036854775806}}}\n')}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  events: [{at: 5s, delete: Pod/hostile}]\n`, trace()),
];

const timeInputs: HostileInput[] = [
  ...['99999999999h', '1e300', '1e300s', '9223372036854775807ns', '2562048h', '1000h', '25h'].map((v) => input(`until ${v}`, 'times', () => timeField('until', v), rejected(/until/), v === '99999999999h')),
  input('until 24h', 'times', () => timeField('until', '24h'), trace()),
  input('until 1ns', 'times', () => timeField('until', '1ns'), rejected(/until/)),
  input('until 0.0000001', 'times', () => timeField('until', '0.0000001'), rejected(/until/)),
  ...['99999999999h', '1e300', '-5s', '25h', '.inf'].map((v) => input(`event at ${v}`, 'times', () => timeField('at', v), rejected(/at\b|events/))),
  input('event at 23h59m', 'times', () => timeField('at', '23h59m59.999s'), trace()),
  input('duration with many parts', 'times', () => timeField('until', '1s'.repeat(10_000)), trace()),
  input('duration with a huge fraction', 'times', () => timeField('until', `0.${'9'.repeat(10_000)}s`), trace()),
  input('date with huge time', 'times', () => `${scriptPod("sleep 86000; date; date +%s; date -d @99999999999999 2>&1; echo $?")}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 24h}\n`, trace()),
];

const eventInputs: HostileInput[] = [
  input('5000 kill events', 'events', () => manyEvents(5000, (i) => `{at: ${i + 1}s, kill: app}`), rejected(big)),
  input('the most events allowed', 'events', () => manyEvents(250, (i) => `{at: ${i * 10 + 1}s, kill: app}`), trace()),
  input('20000 events', 'events', () => manyEvents(20_000, (i) => `{at: ${i}ms, restartSandbox: true}`), rejected(big)),
  input('250 events at one instant', 'events', () => manyEvents(250, () => '{at: 5s, restartSandbox: true}'), trace()),
  input('250 setImage events', 'events', () => manyEvents(250, (i) => `{at: ${i + 1}s, setImage: {container: app, image: "busybox:1.${i % 40}"}}`), trace()),
  input('250 Service flips', 'events', () => `${manyEvents(250, (i) => `{at: ${i + 1}s, ${i % 2 ? 'delete' : 'apply'}: Service/s}`)}---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 80}]}\n`, trace()),
  input('250 sandbox restarts of a crash loop', 'events', () => manyEvents(250, (i) => `{at: ${i * 3 + 1}s, restartSandbox: true}`).replace('while true; do sleep 1; done', 'exit 1').replace('  restartPolicy: Never\n', ''), trace()),
];

const shellInputs: HostileInput[] = [
  input('read of a 1 MiB line', 'shell', () => scriptPod("printf '%01048000d\\n' 0 > /tmp/l; read -r x < /tmp/l; echo ${#x}"), trace()),
  input('read over 150000 lines', 'shell', () => scriptPod('seq 1 150000 > /tmp/n; while read n; do :; done < /tmp/n; echo done'), trace(/busy loop/)),
  input('read in a sleeping loop of a big file', 'shell', () => `${scriptPod("printf '%01000000d\\n' 0 > /tmp/l; while :; do read -r x < /tmp/l; sleep 0.001; done")}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 10m}\n`, trace(/1 GiB of data/)),
  input('fork loop', 'shell', () => scriptPod('while :; do sleep 1 & done'), trace(/busy loop|jobs/)),
  input('background jobs with sleep', 'shell', () => scriptPod('i=0; while [ $i -lt 100000 ]; do sleep 100 & i=$((i+1)); done; wait'), trace()),
  input('many positional args', 'shell', () => scriptPod('set -- $(seq 1 200000); echo $#'), trace()),
  // test's grammar recurses on what is left of its arguments: read in place, not copied at each level.
  // A copy into itself would grow as it goes: busybox stops at the directories it created.
  input('cp -r into itself, and / into /tmp', 'shell', () => scriptPod('mkdir -p /tmp/a/b; cp -r /tmp/a /tmp/a/b/c; echo "cp $?"; cp -r / /tmp/root; echo "cp $?"'), trace(undefined, /^cp: recursion detected, omitting directory '\/tmp\/root'$/)),
  input('mv / into itself', 'shell', () => scriptPod('mv / /x; echo "mv $?"'), trace(undefined, /^mv: can't rename '\/': Invalid argument$/)),
  input('[ with 30 000 !', 'shell', () => scriptPod(`[ ${'! '.repeat(30_000)}x ]; echo "status $?"`), trace(undefined, /^status 0$/)),
  input('[ with 10 000 -a', 'shell', () => scriptPod(`[ x${' -a x'.repeat(10_000)} ]; echo "status $?"`), trace(undefined, /^status 0$/)),
  input('[ with 90 000 ! built at run time', 'shell', () => scriptPod("b=$(printf '! %.0s' $(seq 1 9000)); [ $b $b $b $b $b $b $b $b $b $b x ]; echo \"status $?\""), trace(undefined, /^status 0$/)),
  input('long argv to echo', 'shell', () => scriptPod('echo $(seq 1 1000000) | wc -c'), trace()),
  input('word splitting of a megabyte', 'shell', () => scriptPod("x=$(printf '%01000000d' 0 | sed 's/0/0 /g'); for w in $x; do :; done"), trace()),
  input('unterminated quote', 'shell', () => scriptPod(`echo "${a(100_000)}`), trace()),
  input('tokens of a long script', 'shell', () => scriptPod(`${'true; '.repeat(15_000)}echo done`), trace()),
  input('many here-documents', 'shell', () => scriptPod(Array.from({ length: 2000 }, (_, i) => `cat <<E${i}\nx\nE${i}`).join('\n')), trace()),
  input('cat of /dev/zero', 'shell', () => scriptPod('head -c 100 /dev/zero | wc -c; cat /dev/urandom | head -n 1'), trace()),
  input('tail -f forever', 'shell', () => scriptPod('tail -f /dev/null'), trace()),
  input('TERM handler that loops', 'shell', () => `${scriptPod("trap 'while :; do :; done' TERM; sleep 100 & wait")}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  events:\n  - { at: 5s, delete: Pod/hostile }\n`, trace(/busy loop/)),
  input('TERM handler that signals itself', 'shell', () => `${scriptPod("trap 'kill -TERM 1' TERM; sleep 100 & while :; do wait; done")}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  events:\n  - { at: 5s, delete: Pod/hostile }\n`, trace(/busy loop/)),
  input('kill storm of jobs', 'shell', () => scriptPod("trap 'echo t' TERM INT QUIT HUP EXIT; i=0; while [ $i -lt 5000 ]; do sleep 100 & kill $! ; kill -TERM 1; i=$((i+1)); done; wait"), trace()),
  input('sleep 1 ms for a day', 'shell', () => `${scriptPod('while :; do sleep 0.001; done')}---\napiVersion: playground/v1\nkind: Scenario\nspec: {until: 24h}\n`, trace(/steps/)),
];

/** Every input of the corpus (at least 150), in category order. */
export const hostileCorpus: readonly HostileInput[] = [
  ...regexInputs, ...globInputs, ...parameterInputs, ...hugePodInputs, ...documentInputs, ...labelInputs, ...configMapInputs,
  ...mkdirInputs, ...floodInputs, ...envInputs, ...logLineInputs, ...aliasInputs, ...nestingInputs, ...encodingInputs,
  ...numberInputs, ...timeInputs, ...eventInputs, ...shellInputs,
];
