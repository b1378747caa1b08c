// Which signal the runtime sends when the kubelet stops a container: `lifecycle.stopSignal` where
// the ContainerStopSignals gate is on (KEP-4960: the kubelet passes it in the container config;
// with the gate off the API server drops the field, pkg/api/pod/util.go › dropContainerStopSignals),
// else the image's STOPSIGNAL, else SIGTERM (containerd/CRI-O's default).
import { lookupImage } from '../../scenario/images';
import type { ContainerSpec } from '../manifest/model';
import { SIGINT, SIGTERM, signalName, signalNumber } from '../shell/signalNames';
import type { SimContext } from './context';

/** The stop signal of a container and where it comes from. */
export interface StopSignal {
  number: number;
  /** `SIGTERM`, `SIGQUIT`... */
  name: string;
  source: 'lifecycle' | 'image' | 'default';
}

const named = (n: number, source: StopSignal['source']): StopSignal => ({ number: n, name: `SIG${signalName(n)}`, source });

/** The signal the runtime sends at stop. */
export function stopSignalOf(ctx: SimContext, spec: ContainerSpec): StopSignal {
  // The API's Signal values are SIG names (`SIGUSR1`); anything else the kubelet maps to
  // RUNTIME_DEFAULT (kuberuntime_container_linux.go › buildContainerConfigLifecycle).
  if (spec.stopSignal !== undefined && /^SIG[A-Z0-9+-]+$/.test(spec.stopSignal) && ctx.model.scenario.kubernetes.gates.ContainerStopSignals) {
    const n = signalNumber(spec.stopSignal);
    if (n !== undefined && n > 0) return named(n, 'lifecycle');
  }
  const image = lookupImage(spec.image)?.stopSignal;
  const n = image === undefined ? undefined : signalNumber(image);
  return n !== undefined && n > 0 ? named(n, 'image') : named(SIGTERM, 'default');
}

/** Whether an image server (nginx, redis...) ends on a signal: its own STOPSIGNAL, SIGTERM and SIGINT; other signals it leaves to PID 1's default (ignored). */
export function serverStopsOn(spec: ContainerSpec, signal: number): boolean {
  const image = lookupImage(spec.image)?.stopSignal;
  return signal === SIGTERM || signal === SIGINT || (image !== undefined && signalNumber(image) === signal);
}

/** Where the signal came from, for a cause: "SIGQUIT (the image's STOPSIGNAL)". */
export function describeStopSignal(stop: StopSignal): string {
  if (stop.source === 'lifecycle') return `${stop.name} (its lifecycle.stopSignal)`;
  if (stop.source === 'image') return `${stop.name} (the image's STOPSIGNAL)`;
  return stop.name;
}
