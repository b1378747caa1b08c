// Causes: the kubelet's decision points say why they act (`explain*`); when the status manager
// publishes a status that differs from the last one, each change is recorded with the reason its
// decision point gave. Pod phase, conditions and kubectl's columns are explained by the rule of the
// status code that computed them, triggered by the container changes in the same update.
import { conditionTypes, type CauseTrigger, type ContainerSnapshot, type Snapshot, type TraceCause } from '../../scenario/trace';
import { describeContainerChange, formatClock, formatSpan, tf } from './causeText';
import type { SimContext } from './context';
import { statusAt } from './phase';
import { rules, type RuleId } from './rules';
import { timing } from './timing';

/** A decision point's reason for what it does. */
export interface Why {
  rule: RuleId;
  trigger: CauseTrigger;
  next?: { t?: number; text: string };
  /** The kubelet's own message, when it has one (an event or a status message). */
  message?: string;
}

type Aspect = 'state' | 'started' | 'ready' | 'image';

interface Pending extends Why {
  /** The status the decision leads to (`running`, `terminated`, `waiting:CrashLoopBackOff`); other changes do not take it. */
  expect?: string;
}

/** The causes of one run as they are recorded. */
export interface CauseRecorder {
  list: TraceCause[];
  /** Reasons given but not yet taken: per aspect by container name; `pod` and `sandbox` by those words. */
  pending: Record<Aspect | 'pod', Map<string, Pending>>;
  /** Pending reasons used at the current instant, restored if its snapshot is replaced: flat triples of map, key and reason. */
  used: (Map<string, Pending> | string | Pending)[];
  /** Index of the first cause at `at`. */
  firstAt: number;
  at: number;
  /** Latest cause index per container. */
  lastOf: Map<string, number>;
  /** Per cause, the index of the cause before it of the same container (-1: none, or not a container's cause). */
  prevSame: number[];
  /** The exit and the CrashLoopBackOff cause of a container, whose `next` is filled in when it restarts. */
  awaitingExit: Map<string, number>;
  awaitingClb: Map<string, number>;
  /** The container causes recorded at `at`, by list, with their positions, and where the pod-level ones begin. */
  round: { init: number[]; initAt: number[]; app: number[]; appAt: number[]; podFrom: number };
  /** The rule getPhase applied to the status being published. */
  phaseRule: RuleId;
  enabled: boolean;
}

/** A fresh recorder. */
export function createCauseRecorder(enabled = true): CauseRecorder {
  const pending = { state: new Map(), started: new Map(), ready: new Map(), image: new Map(), pod: new Map() };
  const round = { init: [], initAt: [], app: [], appAt: [], podFrom: 0 };
  return { list: [], pending, used: [], firstAt: 0, at: -1, lastOf: new Map(), prevSame: [], awaitingExit: new Map(), awaitingClb: new Map(), round, phaseRule: 'phase.pending', enabled };
}

/** Whether this run records causes: decision points skip wording their reasons when it does not. */
export function recording(ctx: SimContext): boolean {
  return ctx.rec.causes.enabled;
}

/** A decision point says why a container's state (or started/ready/image) is about to change. */
export function explainContainer(ctx: SimContext, name: string, aspect: Aspect, why: Why, expect?: string): void {
  if (!ctx.rec.causes.enabled) return;
  // Callers build a fresh reason for each decision, so it can carry what it expects.
  if (expect !== undefined) (why as Pending).expect = expect;
  ctx.rec.causes.pending[aspect].set(name, why);
}

/** A decision point says why the pod is about to change (deletion, deadline, final status). */
export function explainPod(ctx: SimContext, why: Why): void {
  if (!ctx.rec.causes.enabled) return;
  ctx.rec.causes.pending.pod.set('pod', why);
}

/** A decision point says why the pod sandbox is about to become ready or stop (PodReadyToStartContainers). */
export function explainSandbox(ctx: SimContext, why: Why): void {
  if (!ctx.rec.causes.enabled) return;
  ctx.rec.causes.pending.pod.set('sandbox', why);
}

/** The latest cause recorded for a container, as a trigger of something else. */
export function causeOf(ctx: SimContext, name: string): number | undefined {
  return ctx.rec.causes.lastOf.get(name);
}

/** True when a status is the one a decision expected (`running`, `terminated`, `waiting:REASON`), compared without building strings. */
function leadsTo(expect: string, c: ContainerSnapshot): boolean {
  if (c.state === 'running') return expect === 'running';
  if (c.state === 'terminated') return c.reason === 'ContainerStatusUnknown' ? expect === 'terminated:ContainerStatusUnknown' : expect === 'terminated';
  const reason = c.reason ?? '';
  return expect.length === 8 + reason.length && expect.startsWith('waiting:') && expect.endsWith(reason);
}

function take(r: CauseRecorder, map: Map<string, Pending>, k: string, status?: ContainerSnapshot): Pending | undefined {
  const p = map.get(k);
  if (!p || (p.expect !== undefined && status !== undefined && !leadsTo(p.expect, status))) return undefined;
  map.delete(k);
  r.used.push(map, k, p);
  return p;
}

const subjects = new Map<string, `container:${string}`>();
const subjectNames = new Map<string, string>();

/** `container:NAME`, one string per name: a run records thousands of causes for a few containers. */
function subjectOf(name: string): `container:${string}` {
  let s = subjects.get(name);
  if (!s) {
    s = `container:${name}`;
    subjects.set(name, s);
    subjectNames.set(s, name);
  }
  return s;
}

interface RuleWords { text: string; source: string; detail: { source: string } }

const ruleWords = new Map<RuleId, RuleWords>();

/** A rule's words, looked up once: its text, its source, and one shared detail for causes without a message of their own. */
function wordsOf(rule: RuleId): RuleWords {
  let w = ruleWords.get(rule);
  if (!w) {
    const { text, source } = rules[rule];
    w = { text, source, detail: Object.freeze({ source }) };
    ruleWords.set(rule, w);
  }
  return w;
}

/** Appends a cause, built in one object (a run records thousands). */
function push(ctx: SimContext, t: number, subject: TraceCause['subject'], change: string, why: Why): number {
  return pushParts(ctx, t, subject, change, why.rule, why.trigger, why.message, why.next);
}

/**
 * A text built from many pieces is held by V8 as a tree of its pieces until something reads it
 * whole. Causes keep their texts for the whole run, so each is read when recorded, and becomes one
 * string while it is young, instead of a tree that every collection copies (on 100 crash-looping
 * containers for 1 h, about 5 % fewer instructions per run).
 */
function settle(text: string): void {
  settled.last = text.charCodeAt(0);
}
const settled = { last: 0 };

function pushParts(ctx: SimContext, t: number, subject: TraceCause['subject'], change: string, rule: RuleId, trigger: CauseTrigger, message: string | undefined, next: Why['next']): number {
  const w = wordsOf(rule);
  settle(trigger.text);
  if (next) settle(next.text);
  const full: TraceCause = { t, subject, change, rule, ruleText: w.text, trigger, detail: message ? { message, source: w.source } : w.detail };
  if (next) full.next = next;
  ctx.rec.causes.list.push(full);
  ctx.rec.causes.prevSame.push(-1);
  return ctx.rec.causes.list.length - 1;
}

const created: CauseTrigger = { kind: 'pod-created', t: 0, text: 'the pod was just created: no container has started yet' };

const unexplained: Why = { rule: 'unexplained', trigger: { kind: 'status', text: 'no decision point of the simulation gave a reason' } };

/** Records the change of one container; returns its cause index, or undefined when nothing of its state changed. */
function recordContainer(ctx: SimContext, prev: ContainerSnapshot | undefined, next: ContainerSnapshot): number | undefined {
  const r = ctx.rec.causes;
  let aspect: Aspect;
  if (!prev || prev.state !== next.state || prev.reason !== next.reason || prev.restartCount !== next.restartCount || (next.state === 'terminated' && prev.exitCode !== next.exitCode)) aspect = 'state';
  else if (prev.image !== next.image) aspect = 'image';
  else if (prev.started !== next.started) aspect = 'started';
  else if (prev.ready !== next.ready) aspect = 'ready';
  else return undefined;
  let why: Why | undefined = take(r, r.pending[aspect], next.name, aspect === 'state' ? next : undefined);
  if (!why && !prev && next.state === 'waiting') {
    why = { rule: 'pod.created', trigger: { kind: 'pod-created', t: 0, text: 'the pod was just created: nothing runs before its sandbox is ready' } };
  }
  if (why?.rule === 'exit.program' && next.state === 'terminated' && next.finishedAt !== undefined && ctx.sched.now > next.finishedAt) why = { ...why, trigger: { ...why.trigger, text: why.trigger.text + noticedLater(ctx, next.finishedAt) } };
  const index = push(ctx, ctx.sched.now, subjectOf(next.name), describeContainerChange(prev, next), why ?? unexplained);
  r.prevSame[index] = r.lastOf.get(next.name) ?? -1;
  r.lastOf.set(next.name, index);
  if (aspect === 'state') noteRestartWait(ctx, next, index);

  return index;
}

/**
 * Why the API shows a process's exit later than it happened: the PLEG relist notices it on the next
 * whole second, and the pod worker writes the status at its next sync, after any sync under way.
 */
function noticedLater(ctx: SimContext, finishedAt: number): string {
  const busy = ctx.sched.now - finishedAt > timing.relistMs + 100;
  return `; the process ended at ${formatClock(finishedAt)}, and the status shows it from ${formatClock(ctx.sched.now)}: the kubelet's PLEG relists containers every ${formatSpan(timing.relistMs)}, and the pod's next sync${busy ? ', after the one that was under way,' : ''} writes the exit`;
}

/** Links an exit and its CrashLoopBackOff to the restart that follows them, once it happens. */
function noteRestartWait(ctx: SimContext, next: ContainerSnapshot, index: number): void {
  const r = ctx.rec.causes;
  const name = next.name;
  const state = next.state;
  if (state === 'terminated') {
    r.awaitingClb.delete(name);
    if (next.reason === 'ContainerStatusUnknown') r.awaitingExit.delete(name);
    else r.awaitingExit.set(name, index);
  } else if (state === 'waiting') {
    if (next.reason === 'CrashLoopBackOff') r.awaitingClb.set(name, index);
  } else {
    const exit = r.awaitingExit.get(name);
    const clb = r.awaitingClb.get(name);
    if (exit === undefined && clb === undefined) return;
    const now = ctx.sched.now;
    const at = formatClock(now);
    linkRestart(r, exit, index, name, now, at);
    linkRestart(r, clb, index, name, now, at);
    r.awaitingExit.delete(name);
    r.awaitingClb.delete(name);
  }
}

function linkRestart(r: CauseRecorder, i: number | undefined, index: number, name: string, now: number, at: string): void {
  const c = i === undefined || i === index ? undefined : r.list[i];
  if (!c) return;
  c.next = c.next ? { t: now, text: `${c.next.text}; the kubelet restarts ${name} at ${at}, at its first sync after that` } : { t: now, text: `the kubelet restarts ${name} at ${at}` };
  settle(c.next.text);
}

/** True when nothing the pod-level causes explain differs (the common case of a container-only update). */
function samePodLevel(a: Snapshot, b: Snapshot): boolean {
  const x = a.conditions;
  const y = b.conditions;
  return a.phase === b.phase && a.kubectl.status === b.kubectl.status && a.kubectl.ready === b.kubectl.ready && a.deleted === b.deleted
    && a.deletionTimestamp === b.deletionTimestamp && x.PodReadyToStartContainers === y.PodReadyToStartContainers && x.Initialized === y.Initialized
    && x.Ready === y.Ready && x.ContainersReady === y.ContainersReady && x.PodScheduled === y.PodScheduled;
}

/** Records the changed containers of one list; `out` gets their cause indexes and `outAt` their positions. */
function diffList(ctx: SimContext, prev: ContainerSnapshot[], next: ContainerSnapshot[], out: number[], outAt: number[], only?: number): void {
  if (only !== undefined && prev.length === next.length) {
    const n = next[only];
    const p = prev[only];
    if (n && p) {
      const index = p === n ? undefined : recordContainer(ctx, p, n);
      if (index !== undefined) { out.push(index); outAt.push(only); }
      return;
    }
  }
  // Statuses are generated in spec order, so equal lengths mean equal positions; unchanged entries are
  // the same objects, and comparing references avoids reading fields of objects of many shapes.
  const aligned = prev.length === next.length;
  for (let i = 0; i < next.length; i++) {
    const n = next[i] as ContainerSnapshot;
    const p = aligned ? prev[i] : statusAt(prev, i, n.name);
    if (p === n) continue;
    const index = recordContainer(ctx, p, n);
    if (index !== undefined) { out.push(index); outAt.push(i); }
  }
}

function asTrigger(ctx: SimContext, index: number | undefined, pod: Why | undefined): CauseTrigger | undefined {
  const c = index === undefined ? undefined : ctx.rec.causes.list[index];
  if (c) return { kind: c.trigger.kind === 'scenario' ? 'scenario' : 'status', text: c.change, cause: index, container: subjectNames.get(c.subject) ?? c.subject.slice('container:'.length) };
  return pod?.trigger;
}

function kubectlRule(status: string, snap: Snapshot): RuleId {
  if (snap.deletionTimestamp !== undefined && status === 'Terminating') return 'kubectl.terminating';
  if (/^Init:\d+\/\d+$/.test(status)) return 'kubectl.init-count';
  if (status.startsWith('Init:')) return 'kubectl.init-reason';
  if (status === 'Running' || status === 'NotReady') return 'kubectl.running';
  if (status === 'PodInitializing' || status === 'ContainerCreating') return 'kubectl.pod-initializing';
  if (status === snap.phase || status === snap.reason) return 'kubectl.phase';
  return 'kubectl.container-reason';
}

const conditionRules: Record<string, RuleId> = { Initialized: 'condition.initialized', ContainersReady: 'condition.containers-ready', Ready: 'condition.ready', PodReadyToStartContainers: 'sandbox.ready', PodScheduled: 'pod.created' };

/** Records why `next` differs from `base` (the status the API showed before this instant); `replaced` is the status at this instant it replaces. */
export function recordChanges(ctx: SimContext, base: Snapshot, next: Snapshot, replaced: Snapshot | undefined, hint?: number): void {
  const r = ctx.rec.causes;
  if (!r.enabled) return;
  const now = ctx.sched.now;
  const round = r.round;
  if (replaced !== undefined && r.at === now) {
    // The status at this instant is replaced: its changes are recorded again against the one before.
    // Most replacements change one more container than the last (a sync starts containers one by one):
    // only that container's cause and the pod-level ones are recorded again.
    const which = hint === undefined ? undefined : onlyList(base, replaced, next);
    if (which === undefined || hint === undefined || !redoOne(ctx, base, next, which, hint)) {
      undoFrom(r, r.firstAt);
      round.init.length = round.initAt.length = round.app.length = round.appAt.length = 0;
      if (base.initContainers !== next.initContainers) diffList(ctx, base.initContainers, next.initContainers, round.init, round.initAt);
      if (base.containers !== next.containers) diffList(ctx, base.containers, next.containers, round.app, round.appAt);
    }
  } else {
    r.firstAt = r.list.length;
    r.at = now;
    r.used.length = 0;
    round.init.length = round.initAt.length = round.app.length = round.appAt.length = 0;
    // A status built from the last one by one container's update shares every other entry with it.
    if (base.initContainers !== next.initContainers) diffList(ctx, base.initContainers, next.initContainers, round.init, round.initAt, hint);
    if (base.containers !== next.containers) diffList(ctx, base.containers, next.containers, round.app, round.appAt, hint);
  }
  round.podFrom = r.list.length;
  recordPodLevel(ctx, base, next, round.init, round.app);
}

/** Which container list alone differs between the replaced status and its replacement, when positions line up. */
function onlyList(base: Snapshot, replaced: Snapshot, next: Snapshot): 'init' | 'app' | undefined {
  const sameInit = replaced.initContainers === next.initContainers;
  const sameApp = replaced.containers === next.containers;
  if (sameInit && !sameApp && replaced.containers.length === next.containers.length && base.containers.length === next.containers.length) return 'app';
  if (sameApp && !sameInit && replaced.initContainers.length === next.initContainers.length && base.initContainers.length === next.initContainers.length) return 'init';
  return undefined;
}

/**
 * Records again only container `hint` of list `which` and the pod-level changes, when no container after
 * it changed at this instant (so the causes keep their order). Returns false when that does not hold.
 */
function redoOne(ctx: SimContext, base: Snapshot, next: Snapshot, which: 'init' | 'app', hint: number): boolean {
  const r = ctx.rec.causes;
  const round = r.round;
  if (which === 'init' && round.app.length > 0) return false;
  const list = which === 'app' ? round.app : round.init;
  const at = which === 'app' ? round.appAt : round.initAt;
  const lastAt = at[at.length - 1];
  if (lastAt !== undefined && lastAt > hint) return false;
  const prevs = which === 'app' ? base.containers : base.initContainers;
  const nexts = which === 'app' ? next.containers : next.initContainers;
  const p = prevs[hint];
  const n = nexts[hint];
  if (!p || !n) return false;
  let cut = round.podFrom;
  if (lastAt === hint) { cut = list.pop() as number; at.pop(); }
  undoFrom(r, cut, n.name);
  if (p !== n) {
    const index = recordContainer(ctx, p, n);
    if (index !== undefined) { list.push(index); at.push(hint); }
  }
  return true;
}

/** Drops the causes from `cut` on and gives back what they took: of every container, or of container `name` and the pod only. */
function undoFrom(r: CauseRecorder, cut: number, name?: string): void {
  if (name === undefined) {
    const used = r.used;
    for (let i = 0; i < used.length; i += 3) {
      const map = used[i] as Map<string, Pending>;
      const k = used[i + 1] as string;
      if (!map.has(k)) map.set(k, used[i + 2] as Pending);
    }
    used.length = 0;
    // Only the containers whose causes are dropped can point at them.
    for (let i = cut; i < r.list.length; i++) {
      const n = subjectNames.get((r.list[i] as TraceCause).subject);
      if (n !== undefined) forget(r, n, cut);
    }
    r.list.length = cut;
    r.prevSame.length = cut;
    return;
  }
  // Container reasons are keyed by container name; the pod's own by `pod` and `sandbox`.
  const used = r.used;
  let kept = 0;
  for (let i = 0; i < used.length; i += 3) {
    const map = used[i] as Map<string, Pending>;
    const k = used[i + 1] as string;
    const p = used[i + 2] as Pending;
    if (map === r.pending.pod || k === name) { if (!map.has(k)) map.set(k, p); } else { used[kept++] = map; used[kept++] = k; used[kept++] = p; }
  }
  used.length = kept;
  forget(r, name, cut);
  r.list.length = cut;
  r.prevSame.length = cut;
}

/** Points container `name`'s latest cause, and the exit and CrashLoopBackOff awaiting a restart, at causes before `cut` only. */
function forget(r: CauseRecorder, name: string, cut: number): void {
  let last = r.lastOf.get(name);
  if (last !== undefined && last >= cut) {
    while (last >= cut) last = r.prevSame[last] ?? -1;
    if (last >= 0) r.lastOf.set(name, last);
    else r.lastOf.delete(name);
  }
  const exit = r.awaitingExit.get(name);
  if (exit !== undefined && exit >= cut) r.awaitingExit.delete(name);
  const clb = r.awaitingClb.get(name);
  if (clb !== undefined && clb >= cut) r.awaitingClb.delete(name);
}

/** What the pod-level causes of one status share: its pod reason, taken once, and the trigger of the last container change. */
interface PodRound {
  /** The first status of a new pod: set off by its creation, not by one of its containers. */
  first: boolean;
  /** The pod's own pending reason, taken only by a change that has no container change to name (null: not looked up yet). */
  pod: Pending | undefined | null;
  /** Changes set off by the same container change share one trigger object (they serialize alike). */
  sharedIndex: number | undefined;
  shared: CauseTrigger | undefined;
}

const podRound: PodRound = { first: false, pod: null, sharedIndex: undefined, shared: undefined };

function derivePodLevel(ctx: SimContext, s: PodRound, subject: TraceCause['subject'], change: string, rule: RuleId, index: number | undefined, message?: string): void {
  const r = ctx.rec.causes;
  let trigger: CauseTrigger | undefined;
  if (s.first) trigger = created;
  else if (index !== undefined && index === s.sharedIndex) trigger = s.shared;
  else {
    if (index === undefined && s.pod === null) s.pod = take(r, r.pending.pod, 'pod');
    trigger = asTrigger(ctx, index, index === undefined ? s.pod ?? undefined : undefined);
    if (index !== undefined) { s.sharedIndex = index; s.shared = trigger; }
  }
  if (trigger) pushParts(ctx, ctx.sched.now, subject, change, rule, trigger, message, undefined);
  else push(ctx, ctx.sched.now, subject, change, unexplained);
}

/** Records the pod's phase, deletion, conditions and kubectl columns, each triggered by the last container change. */
function recordPodLevel(ctx: SimContext, base: Snapshot, next: Snapshot, init: number[], app: number[]): void {
  const r = ctx.rec.causes;
  const now = ctx.sched.now;
  const last = app.length ? app[app.length - 1] : init[init.length - 1];
  if (samePodLevel(base, next)) return;
  const s = podRound;
  s.first = base === ctx.initialStatus;
  s.pod = null;
  s.sharedIndex = undefined;
  s.shared = undefined;
  if (base.deletionTimestamp === undefined && next.deletionTimestamp !== undefined) derivePodLevel(ctx, s, 'pod', 'deletion requested: the pod gets a deletionTimestamp', 'pod.deletion', undefined);
  if (!base.deleted && next.deleted) derivePodLevel(ctx, s, 'pod', 'the pod object is removed from the API', 'pod.deleted', last);
  if (base.phase !== next.phase) {
    const evicted = !!next.reason && next.reason !== base.reason;
    const rule = evicted ? (next.reason === 'DeadlineExceeded' ? 'deadline.exceeded' : 'phase.evicted') : r.phaseRule;
    derivePodLevel(ctx, s, 'pod', `phase ${base.phase} → ${next.phase}`, rule, evicted ? undefined : last, next.message);
  }
  for (const type of conditionTypes) {
    if (base.conditions[type] === next.conditions[type]) continue;
    const detail = next.conditionDetails?.find((d) => d.type === type);
    const change = `${type}: ${tf(base.conditions[type])} → ${tf(next.conditions[type])}`;
    if (type === 'PodReadyToStartContainers') {
      const sandbox = take(r, r.pending.pod, 'sandbox') ?? unexplained;
      push(ctx, now, `condition:${type}`, change, sandbox);
      continue;
    }
    const index = type === 'Initialized' ? init[init.length - 1] ?? last : last;
    derivePodLevel(ctx, s, `condition:${type}`, change, conditionRules[type] ?? 'unexplained', index, detail?.message);
  }
  if (base.kubectl.status !== next.kubectl.status) derivePodLevel(ctx, s, 'kubectl', `STATUS ${base.kubectl.status} → ${next.kubectl.status}`, kubectlRule(next.kubectl.status, next), last);
  if (base.kubectl.ready !== next.kubectl.ready && base.kubectl.ready !== '') derivePodLevel(ctx, s, 'kubectl', `READY ${base.kubectl.ready} → ${next.kubectl.ready}`, 'kubectl.ready-count', last);
}


