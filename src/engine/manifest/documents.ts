// Splits the scenario text into YAML documents and sorts them by kind: one Pod, Services,
// ConfigMaps, Secrets, at most one playground Scenario; anything else is ignored with a warning.
import { isAlias, isScalar, LineCounter, parseAllDocuments, visit, YAMLParseError, type Document } from 'yaml';
import { limits, tooMany } from './limits';
import { isRecord } from './decode';
import { formatGoValue, invalid, notSupported, required } from './messages';
import { createPositionFinder, offsetToPosition, type PositionFinder } from './positions';
import type { Report } from './report';
import { explainYamlErrors } from './yamlErrors';

/** One non-empty YAML document: its plain value (unknown until decoded) and a way to locate its fields. */
export interface LoadedDocument {
  value: unknown;
  find: PositionFinder;
}

/** A document known to be a map. */
export interface SourceDocument extends LoadedDocument {
  value: Record<string, unknown>;
}

/** Documents sorted by kind, in text order. */
export interface ClassifiedDocuments {
  pod?: SourceDocument;
  services: SourceDocument[];
  configMaps: SourceDocument[];
  secrets: SourceDocument[];
  scenario?: SourceDocument;
}

/** The message for a scenario without (or with a second) Pod. */
export const onePodMessage = 'the scenario needs exactly one Pod (apiVersion: v1, kind: Pod)';

/** The first alias whose anchor is not defined before it, where toJS gives up. */
function unresolvedAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias: (_key, node) => {
      if (isAlias(node) && node.resolve(doc) === undefined) {
        offset = node.range?.[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

/** Map keys given twice, as the library's own check reports them (code DUPLICATE_KEY), in linear time. */
function duplicateKeys(doc: Document): YAMLParseError[] {
  const found: YAMLParseError[] = [];
  visit(doc, {
    Map: (_key, map) => {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key: unknown = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key) && isScalar(pair.key)) {
          const start = pair.key.range?.[0] ?? 0;
          found.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
        seen.add(key);
      }
    },
  });
  return found;
}

/** Aliases one document may hold: the library resolves each by walking the document, so many cost quadratic time. */
const MAX_ALIASES = 100;

/** The alias after the first MAX_ALIASES, where the document is refused as the library would refuse it (later and slower). */
function excessAliasOffset(doc: Document): number | undefined {
  let count = 0;
  let offset: number | undefined;
  visit(doc, {
    Alias: (_key, node) => {
      if (++count <= MAX_ALIASES) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** `mayAlias`: the text holds a `*`, without which no document of it has an alias to count. */
function toValue(doc: Document, lineCounter: LineCounter, find: PositionFinder, report: Report, mayAlias: boolean): unknown {
  const excess = mayAlias ? excessAliasOffset(doc) : undefined;
  if (excess !== undefined) {
    report.addError('', `Excessive alias count indicates a resource exhaustion attack (more than ${MAX_ALIASES} aliases)`, offsetToPosition(lineCounter, excess));
    return undefined;
  }
  try {
    // The alias limit guards against "billion laughs" documents.
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const offset = unresolvedAliasOffset(doc);
    if (offset !== undefined) report.addError('', message, offsetToPosition(lineCounter, offset));
    else report.scope(find).error([], message);
    return undefined;
  }
}

/** Parses every document, reporting YAML errors in plain words (the yaml library's message as detail) and skipping empty ones. */
export function loadDocuments(text: string, report: Report): LoadedDocument[] {
  const lineCounter = new LineCounter();
  // logLevel 'silent': the engine never writes to the console; problems come back as values.
  // uniqueKeys off: the library compares each key with every earlier one (quadratic); duplicateKeys does it with a set.
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, logLevel: 'silent', uniqueKeys: false });
  if ('empty' in parsed) return [];
  const out: LoadedDocument[] = [];
  const mayAlias = text.includes('*');
  if (parsed.length > limits.documents) {
    report.addError('', tooMany(parsed.length, limits.documents, 'documents'), offsetToPosition(lineCounter, parsed[limits.documents]?.range[0] ?? 0));
    return out;
  }
  for (const doc of parsed) {
    doc.errors.push(...duplicateKeys(doc));
    for (const p of explainYamlErrors(text, doc.errors, lineCounter, doc)) report.addError('', p.message, p);
    for (const w of doc.warnings) report.addWarning(w.message, offsetToPosition(lineCounter, w.pos[0]));
    if (doc.errors.length > 0) continue;
    const find = createPositionFinder(doc, lineCounter, text);
    const value = toValue(doc, lineCounter, find, report, mayAlias);
    if (value !== null && value !== undefined) out.push({ value, find });
  }
  return out;
}

const v1Kinds = ['Pod', 'Service', 'ConfigMap', 'Secret'];

/** Sorts documents by kind; reports malformed headers, extra Pods or Scenarios, and ignored kinds. */
export function classifyDocuments(docs: readonly LoadedDocument[], report: Report): ClassifiedDocuments {
  const out: ClassifiedDocuments = { services: [], configMaps: [], secrets: [] };
  let podKindSeen = false;
  for (const { value, find } of docs) {
    const scope = report.scope(find);
    if (!isRecord(value)) {
      scope.error([], invalid(value, 'a document must be a Kubernetes object (a map with apiVersion and kind)'));
      continue;
    }
    const { apiVersion, kind } = value;
    if (kind === undefined || kind === null || kind === '') scope.error(['kind'], required());
    else if (typeof kind !== 'string') scope.error(['kind'], invalid(kind, 'must be a string'));
    if (apiVersion === undefined || apiVersion === null || apiVersion === '') scope.error(['apiVersion'], required());
    else if (typeof apiVersion !== 'string') scope.error(['apiVersion'], invalid(apiVersion, 'must be a string'));
    if (typeof kind !== 'string' || typeof apiVersion !== 'string' || !kind || !apiVersion) continue;
    const doc = { value, find };
    if (apiVersion === 'playground/v1') {
      if (kind !== 'Scenario') scope.error(['kind'], notSupported(kind, ['Scenario']));
      else if (out.scenario) scope.error(['kind'], 'the scenario may have at most one playground document (apiVersion: playground/v1, kind: Scenario)');
      else out.scenario = doc;
    } else if (v1Kinds.includes(kind)) {
      const prefix = kind === 'Pod' ? '' : kind;
      podKindSeen ||= kind === 'Pod';
      if (apiVersion !== 'v1') report.scope(find, prefix).error(['apiVersion'], notSupported(apiVersion, ['v1']));
      else if (kind === 'Pod' && out.pod) scope.error(['kind'], onePodMessage);
      else if (kind === 'Pod') out.pod = doc;
      else if (kind === 'Service') out.services.push(doc);
      else if (kind === 'ConfigMap') out.configMaps.push(doc);
      else out.secrets.push(doc);
    } else {
      const meta = value.metadata;
      const name = isRecord(meta) && typeof meta.name === 'string' ? ` ${formatGoValue(meta.name)}` : '';
      scope.warn(`${kind}${name} (${apiVersion}) is ignored by the simulator: it runs one Pod with its Services, ConfigMaps and Secrets`, ['kind']);
    }
  }
  // A Pod rejected for its apiVersion already has an error of its own.
  if (!podKindSeen) report.addError('kind', onePodMessage, { line: 1, column: 1 });
  return out;
}
