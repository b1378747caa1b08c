// The ShellHost of one container instance: its files, environment, DNS and connections.
import type { ConfigDataModel, ContainerSpec } from '../manifest/model';
import { setEntry } from '../manifest/decode';
import { splitSubscript } from '../manifest/names';
import { simulatedHostIp as hostIp } from '../views/identity';
import { ForeverSignal } from '../shell/signals';
import { BUSY_STEPS_PER_RUN } from '../shell/state';
import type { ShellHost } from '../shell/types';
import { type ParsedText, TextCache } from '../shell/parseCache';
import type { SimContext } from './context';
import { createContainerFs, type DataWork, initPrivateDirs, type Mount, VolumeStore } from './filesystem';
import { addWarning } from './process';
import { fileKeyValue } from './envFiles';
import { canConnect, listenerOn, podIp, resolveName, serviceIp } from './network';
import type { Instance } from './runtime';

/** Where the service account's token, CA and namespace are mounted. */
export const serviceAccountMountPath = '/var/run/secrets/kubernetes.io/serviceaccount';
const serviceAccountPath = serviceAccountMountPath;

const configStores = new WeakMap<SimContext, Map<string, { data: unknown; store: VolumeStore }>>();

/** The mounts of a container: its volumeMounts plus the service-account token volume. */
export function mountsFor(ctx: SimContext, spec: ContainerSpec): Mount[] {
  const mounts: Mount[] = [];
  for (const vm of spec.volumeMounts) {
    const volume = ctx.pod.volumes.find((v) => v.name === vm.name);
    if (!volume) continue;
    let store = ctx.volumes.get(volume.name);
    if (!store) {
      const data = volume.source ? ctx.configData.get(`${ctx.pod.namespace}/${volume.kind === 'secret' ? 'Secret' : 'ConfigMap'}/${volume.source}`) : undefined;
      // Read-only and built from one object: containers share it while that object stays applied.
      const cached = configStores.get(ctx)?.get(volume.name);
      if (cached && cached.data === data) store = cached.store;
      else {
        store = new VolumeStore(true);
        if (data) {
          const items = volume.items ?? Object.keys(data.data).map((key) => ({ key, path: key }));
          for (const item of items) if (Object.hasOwn(data.data, item.key)) writeFile(store, `/${item.path}`, data.data[item.key] ?? '');
        }
        const byName = configStores.get(ctx) ?? new Map<string, { data: unknown; store: VolumeStore }>();
        byName.set(volume.name, { data, store });
        configStores.set(ctx, byName);
      }
    }
    mounts.push({ path: vm.mountPath.replace(/\/+$/, '') || '/', store, readOnly: vm.readOnly });
  }
  if (!mounts.some((m) => m.path === serviceAccountPath)) mounts.push({ path: serviceAccountPath, store: serviceAccountStore(ctx), readOnly: true });
  return mounts;
}

const serviceAccountStores = new WeakMap<SimContext, VolumeStore>();

/** The projected service-account volume (kube-api-access): namespace, token, ca.crt. */
function serviceAccountStore(ctx: SimContext): VolumeStore {
  let sa = serviceAccountStores.get(ctx);
  if (!sa) {
    sa = new VolumeStore(true);
    sa.files.set('/namespace', ctx.pod.namespace);
    sa.files.set('/token', 'eyJhbGciOiJSUzI1NiIsImtpZCI6InNpbXVsYXRlZCJ9.simulated.token');
    sa.files.set('/ca.crt', '-----BEGIN CERTIFICATE-----\nsimulated\n-----END CERTIFICATE-----\n');
    serviceAccountStores.set(ctx, sa);
  }
  return sa;
}

function writeFile(store: VolumeStore, path: string, content: string): void {
  const parts = path.split('/').filter(Boolean);
  let dir = '';
  for (const p of parts.slice(0, -1)) { dir += `/${p}`; store.dirs.add(dir); }
  store.files.set(`/${parts.join('/')}`, content);
}

/** Whether env may read `key` of a ConfigMap or Secret: the kubelet reads a ConfigMap's `data` only, never its `binaryData`. */
function envKey(data: ConfigDataModel, key: string): boolean {
  return Object.hasOwn(data.data, key) && !data.binaryKeys?.includes(key);
}

/** Resolves `valueFrom` references of an env entry; undefined when it cannot be resolved. */
export function envValue(ctx: SimContext, entry: ContainerSpec['env'][number]): string | undefined {
  if (entry.value !== undefined) return entry.value;
  const from = entry.valueFrom as Record<string, Record<string, unknown> | undefined> | undefined;
  if (!from) return '';
  const field = from.fieldRef?.fieldPath;
  if (typeof field === 'string') {
    // podFieldSelectorRuntimeValue: the IP lists of a single-stack pod and node hold one address.
    const fields: Record<string, string> = { 'metadata.name': ctx.pod.name, 'metadata.namespace': ctx.pod.namespace, 'metadata.uid': ctx.pod.uid,
      'spec.nodeName': ctx.pod.nodeName, 'spec.host': ctx.pod.nodeName, 'spec.serviceAccountName': ctx.pod.serviceAccountName,
      'status.podIP': podIp, 'status.podIPs': podIp, 'status.hostIP': hostIp, 'status.hostIPs': hostIp };
    if (Object.hasOwn(fields, field)) return fields[field] ?? '';
    // ExtractFieldPathAsString: a label or annotation the pod does not have is empty.
    const split = splitSubscript(field);
    const map = split?.[0] === 'metadata.labels' ? ctx.pod.labels : split?.[0] === 'metadata.annotations' ? ctx.pod.annotations : undefined;
    return map && split && Object.hasOwn(map, split[1]) ? map[split[1]] ?? '' : '';
  }
  if (from.fileKeyRef) return fileKeyValue(ctx, entry);
  for (const kind of ['configMapKeyRef', 'secretKeyRef'] as const) {
    const ref = from[kind];
    if (!ref) continue;
    const data = ctx.configData.get(`${ctx.pod.namespace}/${kind === 'configMapKeyRef' ? 'ConfigMap' : 'Secret'}/${String(ref.name)}`);
    const key = String(ref.key);
    return data && envKey(data, key) ? data.data[key] : undefined;
  }
  return '';
}

/** The environment a container starts with (Service variables, then its own env). */
export function environmentFor(ctx: SimContext, spec: ContainerSpec): Record<string, string> {
  return environmentsOf(ctx, spec).process;
}

/**
 * makeEnvironmentVariables: `kubelet` is what the kubelet hands the runtime (Service variables,
 * then every key of each `envFrom` source, then `env`, each later name replacing an earlier one),
 * the variables `$(VAR)` in command and args may name; `process` is what the process sees, the
 * image's and the runtime's variables (PATH, HOSTNAME, HOME) under them. Only a literal `value`
 * is expanded, and only from the Service variables and the names declared before it.
 */
export function environmentsOf(ctx: SimContext, spec: ContainerSpec): { process: Record<string, string>; kubelet: Record<string, string> } {
  const kubelet: Record<string, string> = { KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443', KUBERNETES_PORT: 'tcp://10.96.0.1:443' };
  for (const [key, svc] of ctx.services) {
    if (svc.namespace !== ctx.pod.namespace || !svc.ports[0]) continue;
    const prefix = svc.name.toUpperCase().replace(/-/g, '_');
    kubelet[`${prefix}_SERVICE_HOST`] = serviceIp(ctx, key);
    kubelet[`${prefix}_SERVICE_PORT`] = String(svc.ports[0].port);
    kubelet[`${prefix}_PORT`] = `${svc.ports[0].protocol.toLowerCase()}://${serviceIp(ctx, key)}:${svc.ports[0].port}`;
  }
  // A missing source leaves nothing here: optional, or the start fails first (CreateContainerConfigError).
  for (const from of spec.envFrom ?? []) {
    const data = ctx.configData.get(`${ctx.pod.namespace}/${from.kind}/${from.name}`);
    if (data) for (const [key, value] of Object.entries(data.data)) if (envKey(data, key)) setEntry(kubelet, from.prefix + key, value);
  }
  const budget = expansionBudget();
  for (const e of spec.env) {
    const v = envValue(ctx, e);
    if (v !== undefined) setEntry(kubelet, e.name, e.value !== undefined ? expandReferences(v, kubelet, budget) : v);
  }
  warnCutExpansion(ctx, spec, budget);
  const process: Record<string, string> = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: ctx.pod.hostname ?? ctx.pod.name, HOME: '/root', ...kubelet };
  // The shell starts in $PWD: that is how the container's workingDir reaches it.
  if (spec.workingDir) process.PWD = spec.workingDir;
  return { process, kubelet };
}

/** Linux's limits on one argument or environment string (MAX_ARG_STRLEN) and on all of them (ARG_MAX). */
export const MAX_ARG_BYTES = 128 * 1024;
const MAX_ARGS_TOTAL = 2 * 1024 * 1024;

/** What `$(VAR)` expansion may still produce for one container start; `cut` is set once a value was shortened. */
export interface ExpansionBudget {
  left: number;
  cut?: boolean;
}

/** A fresh budget for one container start (its env, then its command and args). */
export function expansionBudget(): ExpansionBudget {
  return { left: MAX_ARGS_TOTAL };
}

/**
 * Kubernetes `$(VAR)` expansion in command, args and env values (`$$` escapes). A value is kept to
 * MAX_ARG_BYTES, and all values of a start to ARG_MAX, so references that double a value at each
 * step (`B=$(A)$(A)`, `C=$(B)$(B)`, ...) grow to a bound instead of to gigabytes.
 */
export function expandReferences(text: string, env: Record<string, string>, budget: ExpansionBudget = expansionBudget()): string {
  if (!text.includes('$')) return text;
  let out = '';
  let last = 0;
  const limit = Math.min(MAX_ARG_BYTES, Math.max(0, budget.left));
  for (const m of text.matchAll(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g)) {
    const name = m[1];
    // Names are looked up as the environment's own: `$(constructor)` is a name like any other.
    const value = name === undefined ? '$' : (Object.hasOwn(env, name) ? env[name] : undefined) ?? m[0];
    out += text.slice(last, m.index) + value.slice(0, Math.max(0, limit - out.length));
    last = m.index + m[0].length;
    if (out.length >= limit) break;
  }
  if (out.length < limit) out += text.slice(last);
  if (out.length > limit) out = out.slice(0, limit);
  if (out.length >= limit) budget.cut = true;
  budget.left -= out.length;
  return out;
}

/** The warning for values cut by expandReferences, once per container. */
export function warnCutExpansion(ctx: SimContext, spec: ContainerSpec, budget: ExpansionBudget): void {
  if (!budget.cut) return;
  addWarning(ctx, `container "${spec.name}": $(VAR) references expand to more than ${MAX_ARG_BYTES} bytes in one value or ${MAX_ARGS_TOTAL} bytes in all (Linux's limits for arguments and environment): the values are cut there`, spec.position);
}

/** Log bytes kept per container (all its restarts) and per pod; the kubelet rotates container logs too. */
export const MAX_CONTAINER_LOG_BYTES = 512 * 1024;
const MAX_POD_LOG_BYTES = 4 * 1024 * 1024;

const logBytes = new WeakMap<SimContext, { total: number; byContainer: Map<string, number> }>();

/**
 * Counts a log line against the container's and the pod's log bounds. Past them the line is left
 * out and the process stops being interpreted (thrown as ForeverSignal, so it warns once and costs
 * nothing more), as a flood does.
 */
export function keepLogLine(ctx: SimContext, spec: ContainerSpec, line: string): void {
  let bytes = logBytes.get(ctx);
  if (!bytes) { bytes = { total: 0, byContainer: new Map() }; logBytes.set(ctx, bytes); }
  const mine = bytes.byContainer.get(spec.name) ?? 0;
  const size = line.length + 1;
  if (mine + size > MAX_CONTAINER_LOG_BYTES || bytes.total + size > MAX_POD_LOG_BYTES) {
    const bound = mine + size > MAX_CONTAINER_LOG_BYTES ? `${MAX_CONTAINER_LOG_BYTES / 1024} KiB of log for this container` : `${MAX_POD_LOG_BYTES / 1048576} MiB of log for the pod`;
    throw new ForeverSignal({ message: `the trace keeps ${bound}: later lines are left out, the simulator stops interpreting here and the container keeps running`, offset: 0 });
  }
  bytes.byContainer.set(spec.name, mine + size);
  bytes.total += size;
}

/** Pattern work (automaton state visits) one whole run may do across all its processes: a few seconds at most. */
export const PATTERN_WORK_PER_RUN = 12_000_000;

/**
 * The data (file contents read, volume entries scanned for listings, long values words expand to,
 * script texts `eval`, `.` and `sh -c` parse, numbers seq prints) the commands of one whole run
 * may go through across all its processes, in characters: about a second of work. A loop that reads
 * a mebibyte at every step would otherwise run for its whole horizon of steps.
 */
export const DATA_WORK_PER_RUN = 1 << 30;

/** What the processes of one run share: the budgets of its bounds and its cache of parsed scripts. */
interface RunBounds {
  patternWork: { left: number };
  busySteps: { left: number };
  dataWork: DataWork;
  parsedTexts: TextCache<ParsedText>;
}

const runBounds = new WeakMap<SimContext, RunBounds>();

function runBoundsOf(ctx: SimContext): RunBounds {
  let bounds = runBounds.get(ctx);
  if (!bounds) {
    let left = DATA_WORK_PER_RUN;
    const dataWork: DataWork = (units) => {
      left -= units;
      if (left < 0) throw new ForeverSignal({ message: `the commands of this run went through more than ${DATA_WORK_PER_RUN / 1048576 / 1024} GiB of data in all (files read, directory listings, long values expanded, script texts parsed, numbers seq printed: the simulator's bound on the data one run goes through): the simulator stops interpreting here and the container keeps running`, offset: 0 });
    };
    bounds = { patternWork: { left: PATTERN_WORK_PER_RUN }, busySteps: { left: BUSY_STEPS_PER_RUN }, dataWork, parsedTexts: new TextCache() };
    runBounds.set(ctx, bounds);
  }
  return bounds;
}

/** Builds the host for a process of an instance; `log` receives its output lines. */
export function createHost(ctx: SimContext, inst: Instance, log: (line: string) => void, env?: Record<string, string>): ShellHost {
  let fs: ShellHost['fs'] | undefined;
  const bounds = runBoundsOf(ctx);
  return {
    now: () => ctx.sched.now,
    resolve: (name) => resolveName(ctx, name),
    connect: (host, port) => canConnect(ctx, host, port),
    httpGet: (host, port, path) => {
      if (!canConnect(ctx, host, port)) return undefined;
      const ip = resolveName(ctx, host);
      const owner = ip === podIp || ip === '127.0.0.1' ? listenerOn(ctx, port) : undefined;
      const body = owner ? containerFs(ctx, owner).read(docPath(owner, path)) : undefined;
      return body === undefined && owner && /\.\w+$/.test(path) ? { status: 404, body: '' } : { status: 200, body: body ?? '' };
    },
    listen: (port) => { inst.listening.set(port, ctx.sched.now); },
    // Built on first use: most container programs never touch a file.
    get fs() {
      fs ??= containerFs(ctx, inst, bounds.dataWork);
      return fs;
    },
    log,
    env: env ?? environmentFor(ctx, inst.spec),
    hostname: ctx.pod.hostname ?? ctx.pod.name,
    noteCommand: undefined,
    patternWork: bounds.patternWork,
    dataWork: bounds.dataWork,
    parsedTexts: bounds.parsedTexts,
    busySteps: bounds.busySteps,
  };
}

/** The files an instance sees. */
function containerFs(ctx: SimContext, inst: Instance, charge?: DataWork): ShellHost['fs'] {
  const mounts = mountsFor(ctx, inst.spec);
  if (inst.dirs.size === 0) initPrivateDirs(inst, mounts);
  return createContainerFs(inst, mounts, inst.spec.workingDir, charge);
}

/** Where an HTTP server image keeps a requested path. */
function docPath(owner: Instance, path: string): string {
  const root = /(^|\/)httpd(:|@|$)/.test(owner.image) ? '/usr/local/apache2/htdocs' : '/usr/share/nginx/html';
  const clean = path.split('?')[0] ?? '/';
  return `${root}${clean.endsWith('/') ? `${clean}index.html` : clean}`;
}
