import { useId } from 'react';
import { useStore } from 'zustand';
import { scenarioKubernetesVersion, setKubernetesVersion } from '../../engine/manifest/setVersion';
import { DEFAULT_KUBERNETES_VERSION, isKubernetesVersion, KUBERNETES_VERSIONS } from '../../engine/version/versions';
import { selectText } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';

/** The version the text runs on: the one it names, else the default; a name the simulator does not model is returned as written. */
export function effectiveVersion(text: string): { version: string; supported: boolean; written: boolean } {
  const written = scenarioKubernetesVersion(text);
  if (written === undefined) return { version: DEFAULT_KUBERNETES_VERSION, supported: true, written: false };
  return { version: written, supported: isKubernetesVersion(written), written: true };
}

/**
 * The Kubernetes version menu (like the TypeScript Playground's): it shows the version the scenario
 * runs on and writes a choice into the Scenario document's `spec.kubernetesVersion`, so the text
 * stays the one source of truth and share links and embeds carry the choice. Read-only: a label.
 */
export function VersionPicker({ store, readOnly = false }: { store: PlaygroundStore; readOnly?: boolean }) {
  const text = useStore(store, selectText);
  const id = useId();
  const { version, supported, written } = effectiveVersion(text);
  const title = written ? `Kubernetes ${version}, as the Scenario document's spec.kubernetesVersion says` : `Kubernetes ${version}, the default: the scenario names no version`;
  if (readOnly) return <span className="version-label" title={title}>Kubernetes {version}</span>;
  const choose = (next: string) => {
    const s = store.getState();
    const edited = setKubernetesVersion(s.text, next);
    if (edited === undefined) {
      s.setNotice({ kind: 'link-error', message: 'The Kubernetes version could not be set: fix the errors in the scenario first, then try again.' });
      return;
    }
    s.setText(edited);
  };
  return (
    <span className="version-picker" title={title}>
      <label htmlFor={id}>K8s<span className="visually-hidden"> (Kubernetes) version</span></label>
      <select id={id} value={version} onChange={(e) => choose(e.currentTarget.value)}>
        {!supported && <option value={version} disabled>{version} (not modelled)</option>}
        {KUBERNETES_VERSIONS.map((v) => <option key={v} value={v}>{v}</option>)}
      </select>
    </span>
  );
}
