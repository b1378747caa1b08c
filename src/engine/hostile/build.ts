// Text builders for the hostile corpus: a pod around a script, many containers, many documents.

/** A YAML double-quoted scalar for any string (JSON's escapes are YAML's). */
export function quote(text: string): string {
  return JSON.stringify(text);
}

/** A one-container pod running `sh -c script`; `extra` is appended under `spec:` (two-space indented lines). */
export function scriptPod(script: string, extra = '', container = ''): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: hostile
spec:
  restartPolicy: Never
  containers:
  - name: app
    image: busybox:1.28
    command: ["sh", "-c", ${quote(script)}]
${container}${extra}`;
}

/** A pod of `count` containers (or init containers) that each echo and exit. */
export function manyContainersPod(count: number, field: 'containers' | 'initContainers'): string {
  const lines = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: many', 'spec:', '  restartPolicy: Never'];
  if (field === 'initContainers') lines.push('  containers:', '  - {name: app, image: busybox:1.28, command: [sh, -c, "echo app"]}');
  lines.push(`  ${field}:`);
  for (let i = 0; i < count; i++) lines.push(`  - {name: c${i}, image: busybox:1.28, command: [sh, -c, "echo ${i}"]}`);
  return `${lines.join('\n')}\n`;
}

/** A small pod followed by `count` Service documents. */
export function manyServices(count: number): string {
  const parts = [scriptPod('nslookup s1 && echo ok')];
  for (let i = 0; i < count; i++) parts.push(`apiVersion: v1\nkind: Service\nmetadata: {name: s${i}}\nspec: {ports: [{port: 80}]}\n`);
  return parts.join('---\n');
}

/** A pod with `count` labels (or annotations). */
export function manyMetaKeys(count: number, field: 'labels' | 'annotations'): string {
  const lines = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: keys', `  ${field}:`];
  for (let i = 0; i < count; i++) lines.push(`    k${i}: v${i}`);
  lines.push('spec:', '  containers:', '  - {name: app, image: busybox:1.28, command: [sh, -c, "echo hi"]}');
  return `${lines.join('\n')}\n`;
}

/** A ConfigMap of `count` keys mounted as a volume, listed by the container. */
export function bigConfigMapVolume(count: number, valueBytes = 4): string {
  const pod = scriptPod('ls /cfg | wc -l; cat /cfg/k1', '  volumes:\n  - {name: cfg, configMap: {name: big}}\n', '    volumeMounts: [{name: cfg, mountPath: /cfg}]\n');
  const value = 'v'.repeat(valueBytes);
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: big}', 'data:'];
  for (let i = 0; i < count; i++) lines.push(`  k${i}: ${value}`);
  return `${pod}---\n${lines.join('\n')}\n`;
}

/** A Scenario document with `count` events. */
export function manyEvents(count: number, make: (i: number) => string): string {
  const lines = ['apiVersion: playground/v1', 'kind: Scenario', 'spec:', '  events:'];
  for (let i = 0; i < count; i++) lines.push(`  - ${make(i)}`);
  return `${scriptPod('while true; do sleep 1; done')}---\n${lines.join('\n')}\n`;
}

/** A pod whose env values double `depth` times through `$(VAR)` references. */
export function envDoubling(depth: number, seed = 'x'): string {
  const env = [`    - {name: V0, value: ${quote(seed)}}`];
  for (let i = 1; i <= depth; i++) env.push(`    - {name: V${i}, value: "$(V${i - 1})$(V${i - 1})"}`);
  return scriptPod(`echo \${#V${depth}}`, '', `    env:\n${env.join('\n')}\n`);
}

/** YAML flow sequences nested `depth` deep, as the value of a label. */
export function deepFlow(depth: number, open = '[', close = ']'): string {
  return scriptPod('echo hi').replace('  name: hostile\n', `  name: hostile\n  annotations: {deep: ${open.repeat(depth)}${close.repeat(depth)}}\n`);
}

/** YAML block maps nested `depth` deep under an annotation-free field. */
export function deepBlock(depth: number): string {
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(i + 2)}k${i}:`);
  lines.push(`${' '.repeat(depth + 2)}leaf`);
  return scriptPod('echo hi').replace('  name: hostile\n', `  name: hostile\n  deep:\n${lines.join('\n')}\n`);
}

/** The "billion laughs": `levels` anchors, each a list of `width` aliases of the one before. */
export function aliasBomb(levels: number, width: number): string {
  const lines = ['a0: &a0 [lol]'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n---\n${scriptPod('echo hi')}`;
}

/** A pod whose grace period, probe or deadline field holds `value` (as written). */
export function numberField(path: 'grace' | 'deadline' | 'period' | 'port' | 'initialDelay' | 'exitCode', value: string): string {
  if (path === 'grace') return scriptPod('sleep 5', `  terminationGracePeriodSeconds: ${value}\n`);
  if (path === 'deadline') return scriptPod('sleep 5', `  activeDeadlineSeconds: ${value}\n`);
  if (path === 'port') return scriptPod('sleep 5', '', `    ports: [{containerPort: ${value}}]\n`);
  if (path === 'exitCode') return `${scriptPod('sleep 100')}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n  events: [{at: 1s, kill: app, exitCode: ${value}}]\n`;
  const field = path === 'period' ? 'periodSeconds' : 'initialDelaySeconds';
  return scriptPod('sleep 5', '', `    readinessProbe: {exec: {command: ["true"]}, ${field}: ${value}}\n`);
}

/** A pod with a Scenario whose `until` (or first event's `at`) is `value`. */
export function timeField(field: 'until' | 'at', value: string): string {
  const spec = field === 'until' ? `  until: ${value}\n` : `  events: [{at: ${value}, kill: app}]\n`;
  return `${scriptPod('sleep 100')}---\napiVersion: playground/v1\nkind: Scenario\nspec:\n${spec}`;
}
