import { describe, it, expect } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { gallery, findGalleryEntry } from './gallery';
import { docsExampleYaml } from './docsExample';

type Doc = Record<string, unknown>;
type Container = { name?: unknown; restartPolicy?: unknown; [key: string]: unknown };

function parseDocuments(text: string): Doc[] {
  return parseAllDocuments(text).map((doc) => {
    if (!('errors' in doc)) throw new Error('empty document stream');
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
    return doc.toJS() as Doc;
  });
}

const byKind = (docs: Doc[], kind: string) => docs.filter((d) => d.kind === kind);
const containersOf = (pod: Doc, list: 'initContainers' | 'containers'): Container[] =>
  ((pod.spec as Doc | undefined)?.[list] as Container[] | undefined) ?? [];
const cases = gallery.map((entry) => [entry.id, entry] as const);

describe('gallery', () => {
  it('has at least 12 entries with unique kebab-case ids', () => {
    expect(gallery.length).toBeGreaterThanOrEqual(12);
    const ids = gallery.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('starts with the documentation example, reused verbatim', () => {
    expect(gallery[0]?.id).toBe('docs-myapp-pod');
    expect(gallery[0]?.yaml).toBe(docsExampleYaml);
  });

  it.each(cases)('%s has a title and a one-sentence lesson', (_id, entry) => {
    expect(entry.title.trim()).not.toBe('');
    expect(entry.lesson).toMatch(/^\S.*\.$/);
    expect(entry.lesson).not.toMatch(/[.!?]\s+[A-Z]/);
  });

  it.each(cases)('%s narrates 2 to 6 steps, each a rule id, a known subject and one plain sentence', (_id, entry) => {
    const pod = byKind(parseDocuments(entry.yaml), 'Pod')[0] as Doc;
    const names = [...containersOf(pod, 'initContainers'), ...containersOf(pod, 'containers')].map((c) => `container:${String(c.name)}`);
    const conditions = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((c) => `condition:${c}`);
    expect(entry.steps.length).toBeGreaterThanOrEqual(2);
    expect(entry.steps.length).toBeLessThanOrEqual(6);
    for (const step of entry.steps) {
      expect(step.rule).toMatch(/^[a-z]+(\.[a-z]+(-[a-z]+)*)+$/);
      if (step.subject !== undefined) expect(['pod', 'kubectl', ...conditions, ...names]).toContain(step.subject);
      expect(step.note).toMatch(/^\S.*\.$/);
      expect(step.note).not.toMatch(/[.!?]\s+[A-Z]/);
    }
  });

  it.each(cases)('%s parses as YAML documents with exactly one Pod', (_id, entry) => {
    const docs = parseDocuments(entry.yaml);
    expect(byKind(docs, 'Pod')).toHaveLength(1);
    expect(byKind(docs, 'Pod')[0]?.apiVersion).toBe('v1');
    const scenarios = byKind(docs, 'Scenario');
    expect(scenarios.length).toBeLessThanOrEqual(1);
    for (const s of scenarios) expect(s.apiVersion).toBe('playground/v1');
  });

  it.each(cases)('%s has container names a real API server accepts (1.35+: an init container may have its own restartPolicy)', (_id, entry) => {
    const pod = byKind(parseDocuments(entry.yaml), 'Pod')[0] as Doc;
    const all = [...containersOf(pod, 'containers'), ...containersOf(pod, 'initContainers')];
    const names = all.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    for (const c of containersOf(pod, 'initContainers')) {
      if (c.restartPolicy === 'Always') continue;
      // KEP-5307: OnFailure or Never on an init container only from 1.35 (1.34 drops it).
      if (c.restartPolicy !== undefined) expect(entry.yaml).toMatch(/kubernetesVersion: "1\.3[5-7]"/);
      for (const field of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe']) expect(c[field]).toBeUndefined();
    }
  });

  it.each(cases)('%s names only existing objects and containers in its events', (_id, entry) => {
    const docs = parseDocuments(entry.yaml);
    const pod = byKind(docs, 'Pod')[0] as Doc;
    const podName = (pod.metadata as Doc).name;
    const services = byKind(docs, 'Service').map((s) => `Service/${String((s.metadata as Doc).name)}`);
    const containers = [...containersOf(pod, 'initContainers'), ...containersOf(pod, 'containers')].map((c) => c.name);
    const events = ((byKind(docs, 'Scenario')[0]?.spec as Doc | undefined)?.events as Doc[] | undefined) ?? [];
    for (const event of events) {
      expect(String(event.at)).toMatch(/^(\d+(ms|s|m|h))+$/);
      if (event.apply !== undefined) expect(services).toContain(event.apply);
      if (event.delete !== undefined) expect([...services, `Pod/${String(podName)}`]).toContain(event.delete);
      if (event.kill !== undefined) expect(containers).toContain(event.kill);
    }
  });
});

describe('findGalleryEntry', () => {
  it('returns the entry with the given id', () => {
    expect(findGalleryEntry('crashloop-always')?.title).toBe(gallery.find((e) => e.id === 'crashloop-always')?.title);
  });

  it('returns undefined for an unknown id', () => {
    expect(findGalleryEntry('no-such-example')).toBeUndefined();
  });
});
