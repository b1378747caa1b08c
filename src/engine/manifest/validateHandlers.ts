// Probes and lifecycle hooks (validation.go: validateProbe, validateHandler, validateLifecycle,
// validate{Liveness,Readiness,Startup}Probe), applied after SetDefaults_Probe / _HTTPGetAction.
import { defaultProbeTimings } from './defaults';
import { forbidden, invalid, isNegativeMessage, notSupported, required } from './messages';
import { isPortName, isPortNum } from './names';
import type { FieldPath } from './path';
import type { ContainerV1, HandlerV1, ProbeV1 } from './podShape';
import type { Scope } from './report';

/** ValidatePortNumOrName. */
export function validatePortNumOrName(port: number | string | undefined, path: FieldPath, scope: Scope): void {
  // An unset IntOrString is the integer 0.
  const value = port ?? 0;
  const msgs = typeof value === 'number' ? isPortNum(value) : isPortName(value);
  for (const msg of msgs) scope.error(path, invalid(value, msg));
}

function validateHandler(handler: HandlerV1, grace: number, path: FieldPath, scope: Scope): void {
  let count = 0;
  const one = (name: keyof HandlerV1, check: () => void): void => {
    if (handler[name] === undefined) return;
    if (count > 0) {
      scope.error([...path, name], forbidden('may not specify more than 1 handler type'));
      return;
    }
    count++;
    check();
  };
  one('exec', () => {
    if (!handler.exec?.command?.length) scope.error([...path, 'exec', 'command'], required());
  });
  one('httpGet', () => {
    const http = handler.httpGet ?? {};
    validatePortNumOrName(http.port, [...path, 'httpGet', 'port'], scope);
    const scheme = http.scheme || 'HTTP';
    if (scheme !== 'HTTP' && scheme !== 'HTTPS') scope.error([...path, 'httpGet', 'scheme'], notSupported(scheme, ['HTTP', 'HTTPS']));
  });
  one('tcpSocket', () => validatePortNumOrName(handler.tcpSocket?.port, [...path, 'tcpSocket', 'port'], scope));
  one('grpc', () => validatePortNumOrName(handler.grpc?.port ?? 0, [...path, 'grpc', 'port'], scope));
  one('sleep', () => {
    const seconds = handler.sleep?.seconds ?? 0;
    // PodLifecycleSleepActionAllowZero is on by default, so 0 is accepted.
    if (seconds < 0 || seconds > grace) {
      scope.error([...path, 'sleep'], invalid(seconds, `must be non-negative and less than terminationGracePeriodSeconds (${grace})`));
    }
  });
  if (count === 0) scope.error(path, required('must specify a handler type'));
}

function validateProbe(probe: ProbeV1, grace: number, path: FieldPath, scope: Scope): void {
  // Probes have no sleep handler, so a sleep-only probe has no handler at all.
  validateHandler({ exec: probe.exec, httpGet: probe.httpGet, tcpSocket: probe.tcpSocket, grpc: probe.grpc }, grace, path, scope);
  const timings = defaultProbeTimings(probe);
  for (const field of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const) {
    if (timings[field] < 0) scope.error([...path, field], invalid(timings[field], isNegativeMessage));
  }
  const tgps = probe.terminationGracePeriodSeconds;
  if (tgps !== undefined && tgps <= 0) scope.error([...path, 'terminationGracePeriodSeconds'], invalid(tgps, 'must be greater than 0'));
}

/** Probes and lifecycle of an app container or a sidecar, in validateContainers' order. */
export function validateProbesAndLifecycle(c: ContainerV1, grace: number, path: FieldPath, scope: Scope): void {
  if (c.lifecycle) {
    if (c.lifecycle.postStart) validateHandler(c.lifecycle.postStart, grace, [...path, 'lifecycle', 'postStart'], scope);
    if (c.lifecycle.preStop) validateHandler(c.lifecycle.preStop, grace, [...path, 'lifecycle', 'preStop'], scope);
  }
  for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
    const probe = c[kind];
    if (!probe) continue;
    const probePath = [...path, kind];
    validateProbe(probe, grace, probePath, scope);
    const success = defaultProbeTimings(probe).successThreshold;
    if (kind !== 'readinessProbe' && success !== 1) scope.error([...probePath, 'successThreshold'], invalid(success, 'must be 1'));
    if (kind === 'readinessProbe' && probe.terminationGracePeriodSeconds !== undefined) {
      scope.error([...probePath, 'terminationGracePeriodSeconds'], invalid(probe.terminationGracePeriodSeconds, 'must not be set for readinessProbes'));
    }
  }
}
