// Container-level restart decisions (KEP-5307, 1.35+): pkg/api/v1/pod/util.go › ContainerShouldRestart
// and FindMatchingContainerRestartRule, as ShouldContainerBeRestarted (pkg/kubelet/container/helpers.go),
// computeInitContainerActions and getPhase use them. The model only holds a container's own policy
// and rules when the ContainerRestartRules gate let them through validation, so no gate check here.
import type { ContainerRestartRuleSpec, ContainerSpec, PodSpecModel } from '../manifest/model';
import type { RuleId } from './rules';

/** The first rule whose exit-code requirement the exit code meets, with its index (rules are checked in order). */
export function matchingRule(spec: ContainerSpec, exitCode: number): { rule: ContainerRestartRuleSpec; index: number } | undefined {
  const rules = spec.restartPolicyRules;
  if (!rules) return undefined;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index] as ContainerRestartRuleSpec;
    const listed = rule.values.includes(exitCode);
    if (rule.operator === 'In' ? listed : !listed) return { rule, index };
  }
  return undefined;
}

/** The policy that decides for a container: its own (sidecars: Always), else the pod's. */
export function effectivePolicy(pod: PodSpecModel, spec: ContainerSpec): PodSpecModel['restartPolicy'] {
  if (spec.kind === 'sidecar') return 'Always';
  return spec.restartPolicy ?? pod.restartPolicy;
}

/** ContainerShouldRestart: a matching rule restarts (RestartAllContainers restarts everything); else the policy decides. */
export function containerShouldRestart(pod: PodSpecModel, spec: ContainerSpec, exitCode: number): boolean {
  if (spec.restartPolicy !== undefined && matchingRule(spec, exitCode)) return true;
  const policy = effectivePolicy(pod, spec);
  return policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
}

/** The rule id of the decision to restart (or not) a container after an exit with this code. */
export function restartRuleId(pod: PodSpecModel, spec: ContainerSpec, exitCode: number): RuleId {
  if (spec.restartPolicy !== undefined && matchingRule(spec, exitCode)) return 'restart.rule';
  return spec.restartPolicy !== undefined && spec.kind !== 'sidecar' ? 'restart.container-policy' : 'restart.policy';
}

/** Why the policy restarts it, in words: the matching rule, the container's own policy, or the pod's. */
export function restartPolicyText(pod: PodSpecModel, spec: ContainerSpec, exitCode: number): string {
  const match = spec.restartPolicy !== undefined ? matchingRule(spec, exitCode) : undefined;
  if (match) {
    const { rule, index } = match;
    return `its restartPolicyRules[${index}] (${rule.action} when the exit code is ${rule.operator === 'In' ? '' : 'not '}in [${rule.values.join(', ')}]) matches exit code ${exitCode}`;
  }
  if (spec.restartPolicy !== undefined && spec.kind !== 'sidecar') return `its own restartPolicy ${spec.restartPolicy} restarts it${spec.restartPolicyRules ? ' (no restart rule matched)' : ''}`;
  return `restartPolicy ${pod.restartPolicy} restarts it`;
}

/** Why a failed init container is not retried: the words for the pod-failing decision. */
export function noRetryText(pod: PodSpecModel, spec: ContainerSpec, exitCode: number): string {
  if (spec.restartPolicy === undefined) return `restartPolicy ${pod.restartPolicy} does not retry it`;
  return `its own restartPolicy ${spec.restartPolicy} does not retry it${spec.restartPolicyRules ? ` and no restart rule matches exit code ${exitCode}` : ''}`;
}

/** Whether any container of the pod has a rule with the RestartAllContainers action. */
export function hasRestartAllRule(pod: PodSpecModel): boolean {
  // Asked at every status the pod publishes; the answer is fixed by the spec.
  let has = restartAllPods.get(pod);
  if (has === undefined) {
    const rule = (c: ContainerSpec) => c.restartPolicyRules?.some((r) => r.action === 'RestartAllContainers') ?? false;
    has = pod.initContainers.some(rule) || pod.containers.some(rule);
    restartAllPods.set(pod, has);
  }
  return has;
}

const restartAllPods = new WeakMap<PodSpecModel, boolean>();

/** getPhase's "not restartable" for a stopped container: no rule, policy or restart-all will start it again. */
export function stoppedForGood(pod: PodSpecModel, spec: ContainerSpec, terminated: { exitCode?: number; reason?: string }): boolean {
  return terminated.reason !== 'RestartingAllContainers' && !containerShouldRestart(pod, spec, terminated.exitCode ?? 0);
}

/** The rule of an immediate restart: the container's own rule or policy when one decided it, else the generic one. */
export function immediateRestartRule(rule: RuleId | undefined): RuleId {
  return rule === 'restart.rule' || rule === 'restart.container-policy' ? rule : 'restart.immediate';
}
