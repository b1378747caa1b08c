// What the container runtime holds for the pod: the sandbox and every container instance.
import type { TraceAttempts } from '../../scenario/trace';
import type { ContainerSpec } from '../manifest/model';
import type { SignalOutcome } from '../shell/types';
import type { Why } from './causes';

/** A running shell's signals as the kubelet uses them. */
export interface InstanceSignals {
  /** Sends a signal to PID 1; a trapped one resumes a shell blocked in `wait` at once. */
  send(signal: number): SignalOutcome;
  /** The newest trap action that ran for `signal` at or after `since`. */
  ranSince(signal: number, since: number): string | undefined;
  /** PID 1's trap action for `signal` ('' when it ignores it), if any. */
  trapFor(signal: number): string | undefined;
}

/** Runtime state of one container instance. */
export type InstanceState = 'created' | 'running' | 'exited';

/** One run of one container, as containerd keeps it. */
export interface Instance {
  id: string;
  name: string;
  spec: ContainerSpec;
  /** restartCount of this instance (the attempt number). */
  attempt: number;
  state: InstanceState;
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  exitCode?: number;
  reason?: string;
  message?: string;
  /** The sandbox the instance was created in. */
  sandboxId?: string;
  /** Spec hash at creation (image), so a changed definition can be noticed. */
  image: string;
  /** Bumped to cancel pending process wake-ups when the instance dies. */
  token: number;
  /** True for image servers, which exit promptly on their stop signal; scripts run as PID 1 ignore it unless they trap it. */
  gracefulStop: boolean;
  /** The way to signal its main process, when that is a shell (set when the process is driven). */
  signals?: InstanceSignals;
  /** Set by killContainer once the stop signal is sent: why the process's own exit from then on happened. */
  stopWhy?: (exitCode: number) => Why | undefined;
  /** Ports this instance accepts connections on, and since when. */
  listening: Map<number, number>;
  /** Files private to this instance (outside every volume). */
  files: Map<string, string>;
  dirs: Set<string>;
  /** Called when the instance stops, for anyone waiting on it. */
  onExit: (() => void)[];
  /** The last command its main process ran, its exit status and when (the evidence of its exit). */
  lastArgv?: string[];
  lastStatus?: number;
  lastAt?: number;
  /** The last command that failed, and when: what an `exit 1` after it usually reports. */
  failedArgv?: string[];
  failedStatus?: number;
  failedAt?: number;
  /** Open runs of polling commands: command text to index in the trace's attempts. */
  openAttempts?: Map<string, number>;
  /** The last polling command, its status and its run in the trace's attempts. */
  lastQuery?: { argv: string[]; status: number; index: number };
  /** The latest polling command whose result flipped (failed, then succeeded, or the reverse). */
  flip?: { before: TraceAttempts; at: number };
}

/** The pod sandbox. */
export interface Sandbox {
  id: string;
  attempt: number;
  ready: boolean;
  createdAt: number;
}

/** Containers and sandboxes of the pod in the runtime. */
export class Runtime {
  sandboxes: Sandbox[] = [];
  instances: Instance[] = [];
  private counter = 0;
  /** Instances by container name, oldest first. */
  private byName = new Map<string, Instance[]>();

  /** Adds a new instance; exited records beyond the newest two of that container are pruned. */
  add(inst: Instance): void {
    this.instances.push(inst);
    const list = this.byName.get(inst.name);
    if (!list) { this.byName.set(inst.name, [inst]); return; }
    list.push(inst);
    if (list.length > 2 && list[0]?.state === 'exited') {
      const old = list.shift() as Instance;
      const i = this.instances.indexOf(old);
      if (i >= 0) this.instances.splice(i, 1);
    }
  }

  /** A deterministic container or sandbox id (a key: the views show their own container IDs). */
  newId(): string {
    return `c${++this.counter}`;
  }

  /** The newest sandbox, if any. */
  latestSandbox(): Sandbox | undefined {
    return this.sandboxes[this.sandboxes.length - 1];
  }

  /** Instances of a container, newest first. */
  instancesOf(name: string): Instance[] {
    return [...(this.byName.get(name) ?? [])].reverse();
  }

  /** The newest instance of a container (FindContainerStatusByName). */
  latest(name: string): Instance | undefined {
    const list = this.byName.get(name);
    return list?.[list.length - 1];
  }

  /** The newest instance if it has exited, else the one before it if that has (the back-off check's record). */
  lastExited(name: string): Instance | undefined {
    const list = this.byName.get(name);
    if (!list) return undefined;
    const latest = list[list.length - 1];
    if (latest?.state === 'exited') return latest;
    const previous = list[list.length - 2];
    return previous?.state === 'exited' ? previous : undefined;
  }

  /** The newest and the one before it. */
  latestTwo(name: string): [Instance | undefined, Instance | undefined] {
    const list = this.byName.get(name);
    return list ? [list[list.length - 1], list[list.length - 2]] : [undefined, undefined];
  }

  /** Every running (or created) instance. */
  live(): Instance[] {
    return this.instances.filter((i) => i.state !== 'exited');
  }

  /** Removes instances (record pruning / purge). */
  remove(pred: (i: Instance) => boolean): void {
    this.instances = this.instances.filter((i) => !pred(i));
    for (const [name, list] of this.byName) {
      const kept = list.filter((i) => !pred(i));
      if (kept.length) this.byName.set(name, kept);
      else this.byName.delete(name);
    }
  }
}
