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

/** Reasons given but not yet taken: a container's per aspect, the pod's as `pod` and `sandbox`. */
type Reasons = Partial<Record<Aspect | 'pod' | 'sandbox', Pending>>;

/**
 * What the recorder keeps of one container, found with one lookup by name: a status change reads
 * and writes all of it.
 */
interface Slot {
  name: string;
  subject: `container:${string}`;
  reasons: Reasons;
  /** Index of its latest cause (-1: none). */
  last: number;
  /** Its exit and CrashLoopBackOff causes, whose `next` is filled in when it restarts (-1: none). */
  exit: number;
  clb: number;
}

/** The causes of one run as they are recorded. */
export interface CauseRecorder {
  list: TraceCause[];
  /** Per container, by name. */
  slots: Map<string, Slot>;
  /** The pod's own reasons not yet taken. */
  podReasons: Reasons;
  /** Pending reasons used at the current instant, restored if its snapshot is replaced: flat triples of holder, key and reason. */
  used: Scratch<Reasons | keyof Reasons | Pending>;
  /** Index of the first cause at `at`. */
  firstAt: number;
  at: number;
  /** Per cause, the index of the cause before it of the same container (-1: none, or not a container's cause). */
  prevSame: number[];
  /** The container causes recorded at `at`, by list, with their positions, and where the pod-level ones begin. */
  round: { init: Scratch<number>; initAt: Scratch<number>; app: Scratch<number>; appAt: Scratch<number>; podFrom: number };
  /** The rule getPhase applied to the status being published. */
  phaseRule: RuleId;
  enabled: boolean;
}

/**
 * A list emptied and filled again at every status the kubelet publishes. It keeps its storage: an
 * array whose length is set to 0 gives its storage back, and its next push allocates it again.
 */
class Scratch<T> {
  private readonly items: T[] = [];
  length = 0;

  push(value: T): void {
    this.items[this.length++] = value;
  }

  at(i: number): T {
    return this.items[i] as T;
  }

  set(i: number, value: T): void {
    this.items[i] = value;
  }

  /** The last item, or undefined when empty. */
  last(): T | undefined {
    return this.length > 0 ? this.items[this.length - 1] : undefined;
  }

  pop(): T | undefined {
    return this.length > 0 ? this.items[--this.length] : undefined;
  }

  /** Empties the list; `release` lets go of the objects it held, so they are not kept alive. */
  clear(release = false): void {
    if (release) for (let i = 0; i < this.length; i++) this.items[i] = undefined as T;
    this.length = 0;
  }

  /** Keeps the first `n` items. */
  truncate(n: number, release = false): void {
    if (release) for (let i = n; i < this.length; i++) this.items[i] = undefined as T;
    this.length = n;
  }
}

/** A fresh recorder. */
export function createCauseRecorder(enabled = true): CauseRecorder {
  const round = { init: new Scratch<number>(), initAt: new Scratch<number>(), app: new Scratch<number>(), appAt: new Scratch<number>(), podFrom: 0 };
  return { list: [], slots: new Map(), podReasons: {}, used: new Scratch(), firstAt: 0, at: -1, prevSame: [], round, phaseRule: 'phase.pending', enabled };
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

function slotOf(r: CauseRecorder, name: string): Slot {
  let slot = r.slots.get(name);
  if (!slot) {
    slot = { name, subject: subjectOf(name), reasons: {}, last: -1, exit: -1, clb: -1 };
    r.slots.set(name, slot);
  }
  return slot;
}

/** The reason a decision point gave for a container's next state, not yet taken. */
export function pendingState(ctx: SimContext, name: string): Pending | undefined {
  return ctx.rec.causes.slots.get(name)?.reasons.state;
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
  slotOf(ctx.rec.causes, name).reasons[aspect] = why;
}

/** A decision point says why the pod is about to change (deletion, deadline, final status). */
export function explainPod(ctx: SimContext, why: Why): void {
  if (!ctx.rec.causes.enabled) return;
  ctx.rec.causes.podReasons.pod = why;
}

/** A decision point says why the pod sandbox is about to become ready or stop (PodReadyToStartContainers). */
export function explainSandbox(ctx: SimContext, why: Why): void {
  if (!ctx.rec.causes.enabled) return;
  ctx.rec.causes.podReasons.sandbox = why;
}

/** The latest cause recorded for a container, as a trigger of something else. */
export function causeOf(ctx: SimContext, name: string): number | undefined {
  const last = ctx.rec.causes.slots.get(name)?.last ?? -1;
  return last >= 0 ? last : undefined;
}

/** True when a status is the one a decision expected (`running`, `terminated`, `waiting:REASON`), compared without building strings. */
function leadsTo(expect: string, c: ContainerSnapshot): boolean {
  if (c.state === 'running') return expect === 'running';
  if (c.state === 'terminated') return c.reason === 'ContainerStatusUnknown' ? expect === 'terminated:ContainerStatusUnknown' : expect === 'terminated';
  const reason = c.reason ?? '';
  return expect.length === 8 + reason.length && expect.startsWith('waiting:') && expect.endsWith(reason);
}

function take(r: CauseRecorder, holder: Reasons, k: keyof Reasons, status?: ContainerSnapshot): Pending | undefined {
  const p = holder[k];
  if (!p || (p.expect !== undefined && status !== undefined && !leadsTo(p.expect, status))) return undefined;
  holder[k] = undefined;
  const used = r.used;
  used.push(holder);
  used.push(k);
  used.push(p);
  return p;
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
  // `next` is a member from the start, undefined until known (JSON leaves it out): a member added to an
  // object later gets storage of its own, and a restart's link adds it to thousands of causes.
  const full: TraceCause = { t, subject, change, rule, ruleText: w.text, trigger, detail: message ? { message, source: w.source } : w.detail, next };
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
  const slot = slotOf(r, next.name);
  let why: Why | undefined = take(r, slot.reasons, aspect, aspect === 'state' ? next : undefined);
  if (!why && !prev && next.state === 'waiting') {
    why = { rule: 'pod.created', trigger: { kind: 'pod-created', t: 0, text: 'the pod was just created: nothing runs before its sandbox is ready' } };
  }
  if (why?.rule === 'exit.program' && next.state === 'terminated' && next.finishedAt !== undefined && ctx.sched.now > next.finishedAt) why = { ...why, trigger: { ...why.trigger, text: why.trigger.text + noticedLater(ctx, next.finishedAt) } };
  const index = push(ctx, ctx.sched.now, slot.subject, describeContainerChange(prev, next), why ?? unexplained);
  r.prevSame[index] = slot.last;
  slot.last = index;
  if (aspect === 'state') noteRestartWait(ctx, slot, next, index);

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
function noteRestartWait(ctx: SimContext, slot: Slot, next: ContainerSnapshot, index: number): void {
  const state = next.state;
  if (state === 'terminated') {
    slot.clb = -1;
    slot.exit = next.reason === 'ContainerStatusUnknown' ? -1 : index;
  } else if (state === 'waiting') {
    if (next.reason === 'CrashLoopBackOff') slot.clb = index;
  } else {
    if (slot.exit < 0 && slot.clb < 0) return;
    const r = ctx.rec.causes;
    const now = ctx.sched.now;
    // Causes that had no next step yet share the one a restart gives them (they print alike).
    const plain: { t: number; text: string } = { t: now, text: `the kubelet restarts ${slot.name} at ${formatClock(now)}` };
    linkRestart(r, slot.exit, index, plain);
    linkRestart(r, slot.clb, index, plain);
    slot.exit = -1;
    slot.clb = -1;
  }
}

function linkRestart(r: CauseRecorder, i: number, index: number, plain: { t: number; text: string }): void {
  const c = i < 0 || i === index ? undefined : r.list[i];
  if (!c) return;
  if (!c.next) { c.next = plain; return; }
  c.next = { t: plain.t, text: `${c.next.text}; ${plain.text}, at its first sync after that` };
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
function diffList(ctx: SimContext, prev: ContainerSnapshot[], next: ContainerSnapshot[], out: Scratch<number>, outAt: Scratch<number>, only?: number): void {
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
      clearRound(round);
      if (base.initContainers !== next.initContainers) diffList(ctx, base.initContainers, next.initContainers, round.init, round.initAt);
      if (base.containers !== next.containers) diffList(ctx, base.containers, next.containers, round.app, round.appAt);
    }
  } else {
    r.firstAt = r.list.length;
    r.at = now;
    r.used.clear(true);
    clearRound(round);
    // A status built from the last one by one container's update shares every other entry with it.
    if (base.initContainers !== next.initContainers) diffList(ctx, base.initContainers, next.initContainers, round.init, round.initAt, hint);
    if (base.containers !== next.containers) diffList(ctx, base.containers, next.containers, round.app, round.appAt, hint);
  }
  round.podFrom = r.list.length;
  recordPodLevel(ctx, base, next, round.init, round.app);
}

function clearRound(round: CauseRecorder['round']): void {
  round.init.clear();
  round.initAt.clear();
  round.app.clear();
  round.appAt.clear();
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
  const lastAt = at.last();
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
      const holder = used.at(i) as Reasons;
      const k = used.at(i + 1) as keyof Reasons;
      if (holder[k] === undefined) holder[k] = used.at(i + 2) as Pending;
    }
    used.clear(true);
    // Only the containers whose causes are dropped can point at them.
    for (let i = cut; i < r.list.length; i++) {
      const n = subjectNames.get((r.list[i] as TraceCause).subject);
      if (n !== undefined) forget(r, n, cut);
    }
    r.list.length = cut;
    r.prevSame.length = cut;
    return;
  }
  // Only the reasons of container `name` and of the pod are given back.
  const used = r.used;
  const mine = slotOf(r, name).reasons;
  let kept = 0;
  for (let i = 0; i < used.length; i += 3) {
    const holder = used.at(i) as Reasons;
    const k = used.at(i + 1) as keyof Reasons;
    const p = used.at(i + 2) as Pending;
    if (holder === r.podReasons || holder === mine) { if (holder[k] === undefined) holder[k] = p; } else { used.set(kept++, holder); used.set(kept++, k); used.set(kept++, p); }
  }
  used.truncate(kept, true);
  forget(r, name, cut);
  r.list.length = cut;
  r.prevSame.length = cut;
}

/** Points container `name`'s latest cause, and the exit and CrashLoopBackOff awaiting a restart, at causes before `cut` only. */
function forget(r: CauseRecorder, name: string, cut: number): void {
  const slot = slotOf(r, name);
  let last = slot.last;
  while (last >= cut) last = r.prevSame[last] ?? -1;
  slot.last = last;
  if (slot.exit >= cut) slot.exit = -1;
  if (slot.clb >= cut) slot.clb = -1;
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
    if (index === undefined && s.pod === null) s.pod = take(r, r.podReasons, 'pod');
    trigger = asTrigger(ctx, index, index === undefined ? s.pod ?? undefined : undefined);
    if (index !== undefined) { s.sharedIndex = index; s.shared = trigger; }
  }
  if (trigger) pushParts(ctx, ctx.sched.now, subject, change, rule, trigger, message, undefined);
  else push(ctx, ctx.sched.now, subject, change, unexplained);
}

/** The rule that removed the pod: at the end of its grace period, or at once (finished, or a grace period of 0). */
function deletedRule(base: Snapshot): RuleId {
  if (base.deletionTimestamp !== undefined) return 'pod.deleted';
  return base.phase === 'Succeeded' || base.phase === 'Failed' ? 'pod.deleted-at-once' : 'pod.deleted-grace-zero';
}

/** Records the pod's phase, deletion, conditions and kubectl columns, each triggered by the last container change. */
function recordPodLevel(ctx: SimContext, base: Snapshot, next: Snapshot, init: Scratch<number>, app: Scratch<number>): void {
  const r = ctx.rec.causes;
  const now = ctx.sched.now;
  const last = app.length ? app.last() : init.last();
  if (samePodLevel(base, next)) return;
  const s = podRound;
  s.first = base === ctx.initialStatus;
  s.pod = null;
  s.sharedIndex = undefined;
  s.shared = undefined;
  if (base.deletionTimestamp === undefined && next.deletionTimestamp !== undefined && !next.deleted) derivePodLevel(ctx, s, 'pod', 'deletion requested: the pod gets a deletionTimestamp, the end of its grace period', 'pod.deletion', undefined);
  if (!base.deleted && next.deleted) derivePodLevel(ctx, s, 'pod', 'the pod object is removed from the API', deletedRule(base), last);
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
      const sandbox = take(r, r.podReasons, 'sandbox') ?? unexplained;
      push(ctx, now, `condition:${type}`, change, sandbox);
      continue;
    }
    const index = type === 'Initialized' ? init.last() ?? last : last;
    derivePodLevel(ctx, s, `condition:${type}`, change, conditionRules[type] ?? 'unexplained', index, detail?.message);
  }
  if (base.kubectl.status !== next.kubectl.status) derivePodLevel(ctx, s, 'kubectl', `STATUS ${base.kubectl.status} → ${next.kubectl.status}`, kubectlRule(next.kubectl.status, next), last);
  if (base.kubectl.ready !== next.kubectl.ready && base.kubectl.ready !== '') derivePodLevel(ctx, s, 'kubectl', `READY ${base.kubectl.ready} → ${next.kubectl.ready}`, 'kubectl.ready-count', last);
}


