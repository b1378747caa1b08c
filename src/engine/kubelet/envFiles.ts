// Env files (KEP-3721): kubelet_pods.go › makeEnvironmentVariables reads `fileKeyRef` keys from a
// file in an emptyDir volume when the container is created (the file need not be mounted into
// it), with pkg/kubelet/util/env › ParseEnv. The parser changed in 1.35 (kubernetes#134414).
import { atLeast, type KubernetesVersion } from '../version/versions';
import type { ContainerSpec } from '../manifest/model';
import { explainContainer, pendingState } from './causes';
import { recordEvent, type SimContext, type StartFailure } from './context';
import { normalizePath } from './filesystem';

/** A key looked up in an env file: its value, or the parser's error. */
export type EnvFileLookup = { value: string } | { error: string } | { absent: true };

/** v1.34's parser: dotenv lines, whitespace around `=` trimmed, a trailing `\` continues the line; quotes are kept literally. */
export function parseEnvFile134(content: string, key: string): EnvFileLookup {
  let current = '';
  let continuing = false;
  let lineNum = 0;
  for (const raw of content.split('\n')) {
    lineNum++;
    let line = raw.replace(/^[ \t]+/, '');
    if (line === '' || line.startsWith('#')) {
      if (continuing) return { error: `invalid environment variable format at line ${lineNum}: ${line === '' ? 'blank line' : 'comment'} in continuation` };
      continue;
    }
    const trimmed = line.replace(/[ \t]+$/, '');
    if (trimmed.endsWith('\\')) {
      const part = trimmed.slice(0, -1).replace(/[ \t]+$/, '');
      current = continuing ? `${current} ${part}` : part;
      continuing = true;
      continue;
    }
    if (continuing) { line = `${current} ${trimmed}`; continuing = false; current = ''; }
    const eq = line.indexOf('=');
    const name = eq < 0 ? '' : line.slice(0, eq).trim();
    if (!name) return { error: `invalid environment variable format at line ${lineNum}` };
    if (name === key) return { value: line.slice(eq + 1).trim() };
  }
  if (continuing) return { error: 'unexpected end of file: unfinished line continuation' };
  return { absent: true };
}

/** v1.35's parser: `KEY='value'`, taken literally, may span lines; no space before `=`; a space after it makes the value empty. */
export function parseEnvFile135(content: string, key: string): EnvFileLookup {
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNum = i + 1;
    const line = (lines[i] ?? '').replace(/^[ \t]+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 0) return { error: `invalid environment variable format at line ${lineNum}: missing '='` };
    const namePart = line.slice(0, eq);
    const name = namePart.replace(/[ \t]+$/, '');
    if (!name) return { error: `invalid environment variable format at line ${lineNum}: empty variable name` };
    if (name !== namePart) return { error: `invalid environment variable format at line ${lineNum}: whitespace before '=' is not allowed` };
    const valuePart = line.slice(eq + 1);
    const trimmedValue = valuePart.replace(/^[ \t]+/, '');
    if (trimmedValue !== valuePart) {
      // As in bash, `KEY= 'v'` assigns the empty string.
      if (name === key) return { value: '' };
      continue;
    }
    if (!trimmedValue.startsWith("'")) return { error: `invalid environment variable format at line ${lineNum}: value must be enclosed in single quotes` };
    let rest = trimmedValue.slice(1);
    let value = '';
    const start = lineNum;
    for (;;) {
      const close = rest.indexOf("'");
      if (close >= 0) {
        value += rest.slice(0, close);
        const after = rest.slice(close + 1).replace(/^[ \t]+/, '');
        if (after !== '' && !after.startsWith('#')) return { error: `invalid environment variable format at line ${i + 1}: unexpected content after closing quote` };
        if (name === key) return { value };
        break;
      }
      value += `${rest}\n`;
      i++;
      if (i >= lines.length) return { error: `invalid environment variable format starting at line ${start}: unclosed single quote` };
      rest = lines[i] ?? '';
    }
  }
  return { absent: true };
}

/** The env file parser of a version. */
export function parseEnvFile(version: KubernetesVersion, content: string, key: string): EnvFileLookup {
  // A file ending in a newline has no last line for bufio.Scanner.
  const body = content.endsWith('\n') ? content.slice(0, -1) : content;
  return atLeast(version, '1.35') ? parseEnvFile135(body, key) : parseEnvFile134(body, key);
}

interface FileKeyRef { volumeName: string; path: string; key: string; optional: boolean }

function fileKeyRefOf(entry: ContainerSpec['env'][number]): FileKeyRef | undefined {
  const ref = (entry.valueFrom as { fileKeyRef?: Record<string, unknown> } | undefined)?.fileKeyRef;
  if (!ref) return undefined;
  return { volumeName: String(ref.volumeName ?? ''), path: String(ref.path ?? ''), key: String(ref.key ?? ''), optional: ref.optional === true };
}

/** The file as the kubelet opens it: securejoin of the emptyDir's host path and `path`. */
export function envFileHostPath(ctx: SimContext, ref: { volumeName: string; path: string }): string {
  return `/var/lib/kubelet/pods/${ctx.pod.uid}/volumes/kubernetes.io~empty-dir/${ref.volumeName}${normalizePath(`/${ref.path}`)}`;
}

/** What a fileKeyRef resolves to now: a value, nothing (optional key missing), or the kubelet's error. */
export function resolveFileKey(ctx: SimContext, ref: FileKeyRef): { value?: string; error?: string; missing?: 'file' | 'key' | 'syntax'; detail?: string } {
  const store = ctx.volumes.get(ref.volumeName);
  if (!store) return { error: `cannot find the volume "${ref.volumeName}" referenced by FileKeyRef`, missing: 'file' };
  const content = store.files.get(normalizePath(`/${ref.path}`));
  // Any ParseEnv error, the missing file included, ends in the same message, optional or not.
  if (content === undefined) return { error: "couldn't parse env file", missing: 'file' };
  const found = parseEnvFile(ctx.model.scenario.kubernetes.version, content, ref.key);
  if ('error' in found) return { error: "couldn't parse env file", missing: 'syntax', detail: found.error };
  // An empty value counts as not found (the kubelet tests runtimeVal == "").
  if ('absent' in found || found.value === '') {
    return ref.optional ? {} : { error: `environment variable key "${ref.key}" not found in file "${envFileHostPath(ctx, ref)}"`, missing: 'key' };
  }
  return { value: found.value };
}

/** The value of a fileKeyRef env entry; undefined when it cannot be resolved or an optional key is missing. */
export function fileKeyValue(ctx: SimContext, entry: ContainerSpec['env'][number]): string | undefined {
  const ref = fileKeyRefOf(entry);
  return ref ? resolveFileKey(ctx, ref).value : undefined;
}

/** The CreateContainerConfigError of a container whose env file or key is missing, with its event and cause. */
export function envFileFailure(ctx: SimContext, spec: ContainerSpec): StartFailure | undefined {
  for (const entry of spec.env) {
    const ref = fileKeyRefOf(entry);
    if (!ref) continue;
    const r = resolveFileKey(ctx, ref);
    if (!r.error) continue;
    recordEvent(ctx, 'Warning', 'Failed', `Error: ${r.error}`, spec);
    const where = `${ref.path} in the emptyDir volume ${ref.volumeName}`;
    const text = r.missing === 'key'
      ? `its env ${entry.name} reads the key ${ref.key} from ${where}, and the file has no such key (or an empty value) yet; it starts at the first sync after a container writes ${ref.key} there`
      : r.missing === 'syntax'
        ? `its env ${entry.name} reads ${where}, which the kubelet cannot parse (${r.detail ?? ''}); it starts once the file is rewritten in the syntax of Kubernetes ${ctx.model.scenario.kubernetes.version}`
        : `its env ${entry.name} reads the key ${ref.key} from ${where}, and that file does not exist yet; it starts at the first sync after a container writes the file with ${ref.key} in it`;
    explainContainer(ctx, spec.name, 'state', { rule: 'config.env-file', message: r.error, trigger: { kind: 'config', text } }, 'waiting:CreateContainerConfigError');
    return { reason: 'CreateContainerConfigError', message: r.error };
  }
  noteEnvFileReady(ctx, spec);
  return undefined;
}

/** A container that waited for its env file starts now: its start says the file has what it reads. */
function noteEnvFileReady(ctx: SimContext, spec: ContainerSpec): void {
  const cached = ctx.reasonCache.get(spec.name);
  const pending = pendingState(ctx, spec.name);
  if (cached?.reason !== 'CreateContainerConfigError' || pending?.expect !== 'running') return;
  const keys = spec.env.map(fileKeyRefOf).filter((r): r is FileKeyRef => r !== undefined).map((r) => `${r.key} (${r.path} in ${r.volumeName})`);
  if (keys.length === 0) return;
  const text = `${pending.trigger.text}; and at this sync the kubelet found ${keys.join(', ')} in its env file, which it could not at the last try`;
  explainContainer(ctx, spec.name, 'state', { rule: 'config.env-file', trigger: { ...pending.trigger, text } }, 'running');
}
