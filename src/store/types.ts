// The store's state: five slices, each with its named actions.
import type { ScenarioModel } from '../engine/manifest/model';
import type { RejectionError, SimulationResult, Trace } from '../scenario/trace';

/** Inspector tabs. */
export type InspectorTab = 'get' | 'watch' | 'describe' | 'status' | 'logs' | 'resources';

/** Colour theme: follow the system, or forced. */
export type ThemeSetting = 'auto' | 'light' | 'dark';

/** Where the current text came from: only the user's own edits are saved as their draft. */
export type TextSource = 'user' | 'draft' | 'link' | 'gallery' | 'default';

/** The scenario text, the only input. */
export interface EditorSlice {
  text: string;
  textSource: TextSource;
  /** Replaces the text with one that was opened, not typed (a shared link); `galleryId` names the example a changed text came from. */
  openText: (text: string, source: TextSource, galleryId?: string) => void;
  /** The gallery entry the text came from: kept through edits and What-if events (`selectExample` says whether modified). */
  galleryId?: string;
  setText: (text: string) => void;
  loadGalleryEntry: (id: string) => void;
  /** Adds a timed event at the playhead to the Scenario document, e.g. `apply: Service/db`; false when it could not. */
  addEventAtPlayhead: (body: string) => boolean;
}

/** Why the current text has no trace although it was not rejected: its run was stopped, or the simulator failed. */
export type SimulationHalt =
  | {
    kind: 'too-slow';
    /** The wall-time budget the run exceeded. */
    budgetMs: number;
    /** Where the run was last seen: the container, whether its program or a probe or hook, the simulated time and the command's line. */
    container?: string;
    part?: 'program' | 'handler';
    t?: number;
    line?: number;
    /** The command as written, with the rest of its pipeline, shortened. */
    command?: string;
  }
  | { kind: 'failed'; message: string };

/** The engine's answer for the text, and the last good trace kept while the text is invalid. */
export interface SimulationSlice {
  result: SimulationResult;
  trace?: Trace;
  model?: ScenarioModel;
  /** True when `trace` belongs to older text (the current text is rejected, or its run was stopped). */
  stale: boolean;
  errors: RejectionError[];
  /** A run for the current text is under way (the simulator works off the main thread and answers later). */
  simulating: boolean;
  /** Set when the current text's run was stopped for taking too long, or the simulator failed. */
  halted?: SimulationHalt;
}

/** The playhead. Only the UI's animation clock advances it in real time. */
export interface PlaybackSlice {
  t: number;
  playing: boolean;
  speed: number;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  setSpeed: (speed: number) => void;
  seek: (t: number) => void;
  /** Advances by `realMs` of wall time at the current speed; stops at the horizon. */
  advance: (realMs: number) => void;
  stepChange: (direction: 1 | -1) => void;
  jumpToStart: () => void;
  jumpToEnd: () => void;
  /** The timeline's visible window of simulated time, while zoomed in; undefined shows the whole trace. A view state: never shared or saved. */
  viewWindow?: { from: number; to: number };
  /** Zooms or pans the timeline to a window (undefined: the whole trace). */
  setViewWindow: (window: { from: number; to: number } | undefined) => void;
}

/** A message shown above the playground (a shared link opened, a bad link, a draft kept). */
export interface Notice {
  kind: 'shared' | 'link-error' | 'draft-kept';
  message: string;
  /** The draft the user had before, one click away. */
  previousDraft?: string;
  /** The example the previous draft was a changed copy of, so that restoring it names that example again. */
  previousGalleryId?: string;
}

/** View options. */
export interface UiSlice {
  theme: ThemeSetting;
  tab: InspectorTab;
  logsContainer?: string;
  helpOpen: boolean;
  shareOpen: boolean;
  /** The Share button copied the link as it opened the dialog. */
  shareCopied: boolean;
  notice?: Notice;
  setShareOpen: (open: boolean, copied?: boolean) => void;
  setNotice: (notice: Notice | undefined) => void;
  setTheme: (theme: ThemeSetting) => void;
  setTab: (tab: InspectorTab) => void;
  setLogsContainer: (name: string) => void;
  setHelpOpen: (open: boolean) => void;
}

/** "Guess first": playback stops before each quiz question; answers and score for one trace. */
export interface QuizSlice {
  quizOn: boolean;
  /** The id of the question playback stopped at. */
  quizOpen?: string;
  /** The chosen choice by question id, for the trace in `quizTrace`. */
  quizAnswers: Record<string, number>;
  quizTrace?: Trace;
  setQuizOn: (on: boolean) => void;
  /** Answers the open question (once); the reveal follows. */
  answerQuiz: (choice: number) => void;
  /** Closes the question and plays on. */
  continueQuiz: () => void;
  /** Forgets the answers, so a replay asks every question again. */
  resetQuiz: () => void;
}

/** Everything the playground keeps in one store. */
export type PlaygroundState = EditorSlice & SimulationSlice & PlaybackSlice & UiSlice & QuizSlice;
