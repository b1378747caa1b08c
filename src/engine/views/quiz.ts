// "Guess first": questions about what happens next, asked just before each change of a trace
// (which container starts, what STATUS shows, whether the pod is Ready, when a restart comes).
// Each has exactly one right answer read from the trace, and its reveal quotes the engine's cause.
import type { ContainerSnapshot, Snapshot, Trace, TraceCause } from '../../scenario/trace';
import { delayChoices, isNearStep, NEVER, questionSeed, seededShuffle, statusDistractors } from './quizChoices';

/** What a question asks about. */
export type QuizKind = 'start' | 'status' | 'ready' | 'restart';

/** Why the answer is right, from the trace's causes. */
export interface QuizWhy {
  /** The rule in plain English. */
  rule: string;
  /** What set it off. */
  trigger?: string;
  /** What happens next and when, where known. */
  next?: string;
}

/** One question: asked at `askAt`, about the change at `t`. */
export interface QuizQuestion {
  /** Stable within a trace: the kind and the time. */
  id: string;
  kind: QuizKind;
  /** The change the question is about (simulated ms). */
  t: number;
  /** Where playback stops to ask: the last instant before the change. */
  askAt: number;
  prompt: string;
  /** Two to four choices, exactly one right. */
  choices: string[];
  /** Index of the right choice. */
  answer: number;
  /** The answer as a sentence, with its time. */
  reveal: string;
  /** Absent while the trace records no causes. */
  why?: QuizWhy;
}

/** Options of buildQuiz. */
export interface QuizOptions {
  /** At most this many questions (the first ones in time). Default 12. */
  max?: number;
}

const clock = (ms: number): string => {
  const tenths = Math.floor(ms / 100);
  const s = Math.floor(tenths / 10);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}.${tenths % 10}`;
};
const lanes = (s: Snapshot): ContainerSnapshot[] => [...s.initContainers, ...s.containers];
const find = (s: Snapshot, name: string) => lanes(s).find((c) => c.name === name);
const starts = (prev: ContainerSnapshot | undefined, cur: ContainerSnapshot) =>
  cur.state === 'running' && (prev?.state !== 'running' || cur.restartCount > prev.restartCount);
const exits = (prev: ContainerSnapshot | undefined, cur: ContainerSnapshot) =>
  cur.state === 'terminated' && (prev?.state !== 'terminated' || cur.restartCount > prev.restartCount);
const joinNames = (names: string[]) => (names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}, together`);

/** The first cause of `subject` in [from, to], as a why. */
function whyOf(trace: Trace, subject: string, from: number, to = from, rule?: (id: string) => boolean): QuizWhy | undefined {
  const c: TraceCause | undefined = trace.causes?.find((x) => x.subject === subject && x.t >= from && x.t <= to && (!rule || rule(x.rule)));
  if (!c) return undefined;
  return { rule: c.ruleText, trigger: c.trigger.text, ...(c.next ? { next: c.next.text } : {}) };
}

type Draft = Omit<QuizQuestion, 'id' | 't' | 'askAt'>;

function startQuestion(trace: Trace, prev: Snapshot, cur: Snapshot): Draft | undefined {
  const started = lanes(cur).filter((c) => starts(find(prev, c.name), c)).map((c) => c.name);
  if (started.length === 0) return undefined;
  const idle = lanes(prev).filter((c) => c.state !== 'running' && !started.includes(c.name));
  // Containers that have not run yet are the likelier guesses; finished ones (a restart?) come after.
  const wrong = [...idle.filter((c) => c.state === 'waiting'), ...idle.filter((c) => c.state === 'terminated')].map((c) => c.name).slice(0, 3);
  if (wrong.length === 0) return undefined;
  const right = joinNames(started);
  const again = started.length === 1 && (find(cur, started[0] ?? '')?.restartCount ?? 0) > 0;
  const choices = seededShuffle([right, ...wrong], questionSeed(trace, `start|${cur.t}|${right}`));
  return {
    kind: 'start', prompt: 'Which container starts next?', choices, answer: choices.indexOf(right),
    reveal: `${right}${again ? ' starts again' : started.length > 1 ? ' start' : ' starts'} at ${clock(cur.t)}.`,
    ...optionalWhy(whyOf(trace, `container:${started[0] ?? ''}`, cur.t)),
  };
}

function statusQuestion(trace: Trace, prev: Snapshot, cur: Snapshot): Draft | undefined {
  const before = prev.kubectl.status;
  const after = cur.kubectl.status;
  if (before === after || before === '' || after === '') return undefined;
  const statuses = (keep: (s: Snapshot) => boolean) => trace.snapshots.filter(keep).map((s) => s.kubectl.status);
  const wrong = statusDistractors(before, after, statuses((s) => s.t > cur.t), statuses((s) => s.t < prev.t));
  if (wrong.length === 0) return undefined;
  const choices = seededShuffle([after, ...wrong], questionSeed(trace, `status|${cur.t}|${after}`));
  return {
    kind: 'status', prompt: `kubectl get pod shows STATUS ${before}. What does STATUS show next?`, choices, answer: choices.indexOf(after),
    reveal: `STATUS becomes ${after} at ${clock(cur.t)}.`, ...optionalWhy(whyOf(trace, 'kubectl', cur.t)),
  };
}

function readyQuestion(trace: Trace, prev: Snapshot, cur: Snapshot): Draft | undefined {
  if (prev.conditions.Ready) return undefined;
  const app = cur.containers.find((c) => starts(find(prev, c.name), c) && c.restartCount === 0);
  if (!app) return undefined;
  const yes = 'Yes, Ready turns True at once';
  const no = 'No, not yet';
  const ready = cur.conditions.Ready;
  const later = trace.snapshots.find((s) => s.t > cur.t && s.conditions.Ready);
  const reveal = ready ? `Ready turns True at ${clock(cur.t)}, as ${app.name} starts.`
    : `Ready stays False when ${app.name} starts; ${later ? `it turns True at ${clock(later.t)}` : 'it does not turn True before the end'}.`;
  const why = ready ? whyOf(trace, 'condition:Ready', cur.t) : later ? whyOf(trace, 'condition:Ready', later.t) : whyOf(trace, `container:${app.name}`, cur.t, trace.horizon);
  return {
    kind: 'ready', prompt: `${app.name} is about to start. Is the pod Ready as soon as it runs?`, choices: [yes, no], answer: ready ? 0 : 1,
    reveal, ...optionalWhy(why),
  };
}

function restartQuestion(trace: Trace, prev: Snapshot, cur: Snapshot): Draft | undefined {
  if (cur.deletionTimestamp !== undefined || cur.deleted) return undefined;
  const c = lanes(cur).find((x) => exits(find(prev, x.name), x));
  if (!c) return undefined;
  const again = trace.snapshots.find((s) => s.t > cur.t && (find(s, c.name)?.restartCount ?? 0) > c.restartCount);
  const last = trace.snapshots.at(-1);
  // "Never" is only a fact when the pod has ended; a trace that stops mid back-off cannot tell.
  const ended = last !== undefined && (last.phase === 'Succeeded' || last.phase === 'Failed' || last.deleted === true);
  if (!again && (!ended || trace.truncated)) return undefined;
  // Only a restart the back-off (or restartPolicy) times is a fair question: not one a scenario event forced.
  if (again && !isNearStep(again.t - cur.t)) return undefined;
  const startCause = again && trace.causes?.find((x) => x.subject === `container:${c.name}` && x.t === again.t);
  if (startCause && !startCause.rule.startsWith('restart.')) return undefined;
  const { choices, answer } = delayChoices(again ? again.t - cur.t : undefined);
  const code = c.exitCode ?? 0;
  const reveal = again ? `${c.name} starts again at ${clock(again.t)}.` : `${NEVER}: ${c.name} stays terminated.`;
  const restartRule = (id: string) => id.startsWith('restart.');
  const why = whyOf(trace, `container:${c.name}`, cur.t, again?.t ?? trace.horizon, restartRule) ?? whyOf(trace, `container:${c.name}`, cur.t);
  return {
    kind: 'restart', prompt: `${c.name} is about to exit with code ${code}. When does the kubelet start it again?`, choices, answer,
    reveal, ...optionalWhy(why),
  };
}

const optionalWhy = (why: QuizWhy | undefined) => (why ? { why } : {});
const builders: Record<QuizKind, typeof startQuestion> = { restart: restartQuestion, ready: readyQuestion, start: startQuestion, status: statusQuestion };
/** Tie-break when kinds were asked equally often: the rarer, more telling questions first. */
const priority: QuizKind[] = ['restart', 'ready', 'start', 'status'];

/** The questions for a trace, one per change at most, in time order; the same trace gives the same quiz. */
export function buildQuiz(trace: Trace, options: QuizOptions = {}): QuizQuestion[] {
  const max = options.max ?? 12;
  const used: Record<QuizKind, number> = { restart: 0, ready: 0, start: 0, status: 0 };
  const asked = new Set<string>();
  const questions: QuizQuestion[] = [];
  for (let i = 1; i < trace.snapshots.length && questions.length < max; i++) {
    const prev = trace.snapshots[i - 1] as Snapshot;
    const cur = trace.snapshots[i] as Snapshot;
    if (cur.t < 1) continue;
    const drafts = priority
      .map((kind) => builders[kind](trace, prev, cur))
      .filter((d): d is Draft => d !== undefined && !asked.has(`${d.prompt}|${d.choices[d.answer] ?? ''}`));
    const best = drafts.sort((a, b) => used[a.kind] - used[b.kind])[0];
    if (!best) continue;
    used[best.kind]++;
    asked.add(`${best.prompt}|${best.choices[best.answer] ?? ''}`);
    questions.push({ id: `${best.kind}@${cur.t}`, t: cur.t, askAt: Math.max(prev.t, cur.t - 1), ...best });
  }
  return questions;
}
