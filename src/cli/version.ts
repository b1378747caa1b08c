// `--kubernetes-version 1.34|1.35|1.36|1.37` on the commands that simulate: the flag overrides the
// Scenario document's `spec.kubernetesVersion` by writing it into the text (the same edit the
// version picker makes), so validation and simulation both follow it.
import { setKubernetesVersion } from '../engine/manifest/setVersion';
import { isKubernetesVersion, KUBERNETES_VERSIONS } from '../engine/version/versions';

const FLAG = '--kubernetes-version';

/** The arguments without the flag, and how to apply it to a scenario text (unchanged without it). */
export type VersionChoice = { rest: string[]; apply: (text: string) => string } | { error: string };

/** Takes `--kubernetes-version V` out of the arguments; an unsupported value is an error in plain words. */
export function takeKubernetesVersion(args: string[]): VersionChoice {
  const i = args.indexOf(FLAG);
  if (i < 0) return { rest: args, apply: (text) => text };
  const value = args[i + 1];
  if (value === undefined || !isKubernetesVersion(value)) {
    return { error: `${FLAG} must be one of ${KUBERNETES_VERSIONS.join(', ')} (got ${value === undefined ? 'nothing' : JSON.stringify(value)}); the simulator models those minor versions` };
  }
  const rest = [...args.slice(0, i), ...args.slice(i + 2)];
  if (rest.includes(FLAG)) return { error: `${FLAG} is given twice` };
  // Text the YAML parser cannot edit is simulated as written, so its own errors are reported.
  return { rest, apply: (text) => setKubernetesVersion(text, value) ?? text };
}
