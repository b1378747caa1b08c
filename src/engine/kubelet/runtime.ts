// What the container runtime holds for the pod: the sandbox and every container instance.
import type { ContainerSpec } from '../manifest/model';

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
  /** Spec hash at creation (image), so a changed definition can be noticed. */
  image: string;
  /** Bumped to cancel pending process wake-ups when the instance dies. */
  token: number;
  /** True for image servers, which exit promptly on SIGTERM; scripts run as PID 1 ignore it. */
  gracefulStop: boolean;
  /** Ports this instance accepts connections on, and since when. */
  listening: Map<number, number>;
  /** Files private to this instance (outside every volume). */
  files: Map<string, string>;
  dirs: Set<string>;
  /** Called when the instance stops, for anyone waiting on it. */
  onExit: (() => void)[];
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

  /** A deterministic container or sandbox id. */
  newId(): string {
    this.counter++;
    let h = 0x811c9dc5 ^ this.counter;
    let out = '';
    for (let i = 0; i < 8; i++) {
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ (this.counter * 0x9e3779b1 + i);
      out += (h >>> 0).toString(16).padStart(8, '0');
    }
    return out.slice(0, 64);
  }

  /** The newest sandbox, if any. */
  latestSandbox(): Sandbox | undefined {
    return this.sandboxes[this.sandboxes.length - 1];
  }

  /** Instances of a container, newest first. */
  instancesOf(name: string): Instance[] {
    const out: Instance[] = [];
    for (let i = this.instances.length - 1; i >= 0; i--) {
      const inst = this.instances[i] as Instance;
      if (inst.name === name) out.push(inst);
    }
    return out;
  }

  /** The newest instance of a container (FindContainerStatusByName). */
  latest(name: string): Instance | undefined {
    for (let i = this.instances.length - 1; i >= 0; i--) {
      const inst = this.instances[i] as Instance;
      if (inst.name === name) return inst;
    }
    return undefined;
  }

  /** Every running (or created) instance. */
  live(): Instance[] {
    return this.instances.filter((i) => i.state !== 'exited');
  }

  /** Removes instances (record pruning / purge). */
  remove(pred: (i: Instance) => boolean): void {
    this.instances = this.instances.filter((i) => !pred(i));
  }
}
