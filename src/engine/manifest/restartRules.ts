// Container-level restartPolicy and restartPolicyRules (KEP-5307, gate ContainerRestartRules) and the
// RestartAllContainers action (KEP-5532, gate RestartAllContainersOnContainerExits): what the API
// server drops when a gate is off (pkg/api/pod/util.go › dropContainerRestartRules) and how it
// validates the fields when the gate is on (validation.go › validateContainerRestartPolicy, as
// worded at each release; see docs/semantics.md, "Restart rules").
import { tooMany } from './limits';
import { formatGoValue, notSupported, required } from './messages';
import type { ContainerRestartRuleSpec, ContainerSpec } from './model';
import type { FieldPath } from './path';
import type { ContainerV1, PodV1 } from './podShape';
import type { Scope } from './report';
import { atLeast, type KubernetesSettings } from '../version/versions';

/** The container restart policies (core.ContainerRestartPolicy). */
const POLICIES = ['Always', 'OnFailure', 'Never'] as const;
const OPERATORS = ['In', 'NotIn'] as const;
/** At most 20 rules a container (the API's documented limit). */
export const MAX_RESTART_RULES = 20;
/** At most 255 exit codes a rule (the API's documented limit). */
export const MAX_RULE_EXIT_CODES = 255;

type Policy = (typeof POLICIES)[number];

/**
 * dropDisabledPodFields with ContainerRestartRules off: app containers lose restartPolicy, init
 * containers a restartPolicy other than Always, every container its restartPolicyRules. The pod is
 * still accepted; the warning (an extension) says what the API server silently dropped.
 */
export function dropDisabledRestartFields(pod: PodV1, kubernetes: KubernetesSettings, scope: Scope): void {
  if (kubernetes.gates.ContainerRestartRules) return;
  const spec = pod.spec;
  if (!spec) return;
  const why = `the ContainerRestartRules feature gate is off in Kubernetes ${kubernetes.version}, so the API server drops this field and the pod runs without it`;
  const drop = (list: 'containers' | 'initContainers', c: ContainerV1, i: number): void => {
    if (c.restartPolicy !== undefined && (list === 'containers' || c.restartPolicy !== 'Always')) {
      scope.warn(`spec.${list}[${i}].restartPolicy: dropped: ${why}`, ['spec', list, i, 'restartPolicy']);
      delete c.restartPolicy;
    }
    if (c.restartPolicyRules !== undefined) {
      scope.warn(`spec.${list}[${i}].restartPolicyRules: dropped: ${why}`, ['spec', list, i, 'restartPolicyRules']);
      delete c.restartPolicyRules;
    }
  };
  (spec.containers ?? []).forEach((c, i) => drop('containers', c, i));
  (spec.initContainers ?? []).forEach((c, i) => drop('initContainers', c, i));
}

/** The actions a version accepts: RestartAllContainers only with its gate. */
function allowedActions(kubernetes: KubernetesSettings): string[] {
  return kubernetes.gates.RestartAllContainersOnContainerExits ? ['Restart', 'RestartAllContainers'] : ['Restart'];
}

/** A list-size error: 1.35 used field.TooLong ("bytes"), 1.36 field.TooMany ("items", kubernetes#137136). */
function sizeError(kubernetes: KubernetesSettings, actual: number, max: number): string {
  return atLeast(kubernetes.version, '1.36') ? tooMany(actual, max) : `Too long: may not be more than ${max} bytes`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validateRule(rule: unknown, at: FieldPath, kubernetes: KubernetesSettings, scope: Scope): void {
  const r = isRecord(rule) ? rule : {};
  const action = typeof r.action === 'string' ? r.action : '';
  const allowed = allowedActions(kubernetes);
  // Until 1.36 the message listed only "Restart", even with RestartAllContainers allowed (kubernetes#137369).
  const listed = atLeast(kubernetes.version, '1.36') ? allowed : ['Restart'];
  if (!allowed.includes(action)) scope.error([...at, 'action'], notSupported(action, listed));
  const exitCodes = r.exitCodes;
  if (!isRecord(exitCodes)) {
    scope.error([...at, 'exitCodes'], required('must be specified'));
    return;
  }
  const operator = typeof exitCodes.operator === 'string' ? exitCodes.operator : '';
  if (!(OPERATORS as readonly string[]).includes(operator)) scope.error([...at, 'exitCodes', 'operator'], notSupported(operator, OPERATORS));
  const values = Array.isArray(exitCodes.values) ? exitCodes.values : [];
  if (values.length > MAX_RULE_EXIT_CODES) scope.error([...at, 'exitCodes', 'values'], sizeError(kubernetes, values.length, MAX_RULE_EXIT_CODES));
  values.forEach((v, j) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) scope.error([...at, 'exitCodes', 'values', j], `Invalid value: ${formatGoValue(v)}: must be an integer`);
  });
}

/**
 * validateContainerRestartPolicy for one container with the gate on. `sidecar`: an init container
 * with restartPolicy Always, which may carry rules only with RestartAllContainers allowed.
 */
export function validateContainerRestart(c: ContainerV1, path: FieldPath, kubernetes: KubernetesSettings, scope: Scope): void {
  const rules = Array.isArray(c.restartPolicyRules) ? c.restartPolicyRules : c.restartPolicyRules === undefined ? [] : [c.restartPolicyRules];
  const policy = c.restartPolicy;
  if (policy === undefined) {
    if (rules.length > 0) scope.error([...path, 'restartPolicy'], required('must specify restartPolicy when restart rules are used'));
  } else if (!(POLICIES as readonly string[]).includes(policy)) {
    scope.error([...path, 'restartPolicy'], notSupported(policy, POLICIES));
  }
  if (rules.length > MAX_RESTART_RULES) scope.error([...path, 'restartPolicyRules'], sizeError(kubernetes, rules.length, MAX_RESTART_RULES));
  rules.forEach((rule, i) => validateRule(rule, [...path, 'restartPolicyRules', i], kubernetes, scope));
}

/** The container's own policy and rules as the model keeps them (only what validation let through). */
export function normalizeRestart(c: ContainerV1): Pick<ContainerSpec, 'restartPolicy' | 'restartPolicyRules'> {
  const policy = (POLICIES as readonly string[]).includes(c.restartPolicy ?? '') ? (c.restartPolicy as Policy) : undefined;
  const raw = Array.isArray(c.restartPolicyRules) ? c.restartPolicyRules : [];
  const rules: ContainerRestartRuleSpec[] = raw.filter(isRecord).map((r) => {
    const codes = isRecord(r.exitCodes) ? r.exitCodes : {};
    return {
      action: r.action === 'RestartAllContainers' ? 'RestartAllContainers' : 'Restart',
      operator: codes.operator === 'NotIn' ? 'NotIn' : 'In',
      values: (Array.isArray(codes.values) ? codes.values : []).filter((v): v is number => typeof v === 'number'),
    };
  });
  return { ...(policy ? { restartPolicy: policy } : {}), ...(rules.length ? { restartPolicyRules: rules } : {}) };
}

/**
 * Rules on a sidecar (restartPolicy Always): allowed only once RestartAllContainers is (KEP-5532:
 * "This feature also allows sidecar containers to have rules"); without it they are refused. The
 * refusal's wording was not found in the source, so this one is the simulator's.
 */
export function validateSidecarRules(c: ContainerV1, path: FieldPath, kubernetes: KubernetesSettings, scope: Scope): void {
  if (c.restartPolicyRules === undefined) return;
  if (!kubernetes.gates.RestartAllContainersOnContainerExits) {
    scope.error([...path, 'restartPolicyRules'], 'Forbidden: may not be set on a restartable init container unless the RestartAllContainersOnContainerExits feature gate is enabled');
    return;
  }
  validateContainerRestart(c, path, kubernetes, scope);
}
