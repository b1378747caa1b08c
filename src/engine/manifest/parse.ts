// The engine's entry to a scenario text: YAML -> documents -> decode (types) -> validate (API rules)
// -> normalize (defaults), mirroring the API server's decode / default / validate order.
import type { RejectionError, TraceWarning } from '../../scenario/trace';
import type { Decoder } from './decode';
import { classifyDocuments, loadDocuments, type SourceDocument } from './documents';
import { checkScenarioText } from './limits';
import { duplicate } from './messages';
import type { ConfigDataModel, ScenarioModel, ServiceSpecModel } from './model';
import { normalizePod } from './normalizePod';
import {
  configMapDocument,
  decodeConfigMapData,
  decodeSecretData,
  normalizeConfigData,
  normalizeService,
  secretDocument,
  serviceDocument,
  validateConfigData,
  validateService,
} from './objects';
import { podDocument, type ObjectMetaV1 } from './podShape';
import { decodeSink, Report } from './report';
import { buildScenario, readKubernetes, scenarioDocument, type ScenarioContext } from './scenario';
import { validatePod } from './validatePod';
import { dropDisabledPodFields } from './dropDisabled';
import { resolveName } from './validateMeta';

/** A scenario ready to simulate, or the reasons it cannot be. */
export type ParseResult =
  | { ok: true; model: ScenarioModel; warnings: TraceWarning[] }
  // Warnings found before the rejection (unknown fields) still reach the editor, as kubectl prints them before the error.
  | { ok: false; errors: RejectionError[]; warnings: TraceWarning[] };

interface Decoded<T> {
  value: T;
  doc: SourceDocument;
}

function decodeAll<T>(decoder: Decoder<T>, docs: readonly SourceDocument[], prefix: string, report: Report, strict = false): Decoded<T>[] {
  return docs.map((doc) => {
    const sink = decodeSink(report.scope(doc.find, prefix), strict);
    return { value: decoder.decode(doc.value, [], sink) ?? decoder.zero(), doc };
  });
}

/** Reports a second object of one kind with the same namespace and name. */
function checkUnique(items: readonly { name: string; namespace: string; doc: SourceDocument }[], prefix: string, report: Report): void {
  const seen = new Set<string>();
  for (const item of items) {
    const key = `${item.namespace}/${item.name}`;
    if (seen.has(key)) report.scope(item.doc.find, prefix).error(['metadata', 'name'], duplicate(item.name));
    seen.add(key);
  }
}

function rejected(report: Report): ParseResult {
  return { ok: false, errors: report.errors(), warnings: report.warnings() };
}

/** Parses and validates a scenario text into the model the simulation runs. */
export function parseScenario(text: string): ParseResult {
  const report = new Report();
  const problem = checkScenarioText(text);
  if (problem) {
    report.addError('', problem.message, problem);
    return rejected(report);
  }
  const docs = loadDocuments(text, report);
  if (report.hasErrors) return rejected(report);
  const classified = classifyDocuments(docs, report);

  const pod = decodeAll(podDocument, classified.pod ? [classified.pod] : [], '', report)[0];
  const services = decodeAll(serviceDocument, classified.services, 'Service', report);
  const configMaps = decodeAll(configMapDocument, classified.configMaps, 'ConfigMap', report).map((d) => ({
    ...d,
    data: decodeConfigMapData(d.value, decodeSink(report.scope(d.doc.find, 'ConfigMap'), false)),
  }));
  const secrets = decodeAll(secretDocument, classified.secrets, 'Secret', report).map((d) => ({
    ...d,
    data: decodeSecretData(d.value, decodeSink(report.scope(d.doc.find, 'Secret'), false)),
  }));
  const scenario = decodeAll(scenarioDocument, classified.scenario ? [classified.scenario] : [], 'Scenario', report, true)[0];
  // Like the API server, a body that does not decode is not validated any further.
  if (report.hasErrors) return rejected(report);

  const noPosition = () => ({ line: 1, column: 1 });
  const scenarioFind = scenario?.doc.find ?? noPosition;
  // The version decides which fields the API server accepts, so it is read before the pod is validated.
  const kubernetes = readKubernetes(scenario?.value, report.scope(scenarioFind, 'Scenario'));
  if (pod) dropDisabledPodFields(pod.value, kubernetes, report.scope(pod.doc.find));
  if (pod) validatePod(pod.value, report.scope(pod.doc.find), kubernetes);
  for (const s of services) validateService(s.value, report.scope(s.doc.find, 'Service'));
  for (const c of configMaps) validateConfigData(c.value, report.scope(c.doc.find, 'ConfigMap'));
  for (const s of secrets) validateConfigData(s.value, report.scope(s.doc.find, 'Secret'));
  const named = (list: readonly { value: { metadata?: ObjectMetaV1 }; doc: SourceDocument }[]) =>
    list.map((d) => ({ name: resolveName(d.value.metadata), namespace: d.value.metadata?.namespace || 'default', doc: d.doc }));
  checkUnique(named(services), 'Service', report);
  checkUnique(named(configMaps), 'ConfigMap', report);
  checkUnique(named(secrets), 'Secret', report);

  const podSpec = pod?.value.spec;
  const context: ScenarioContext = {
    ...(pod ? { podName: resolveName(pod.value.metadata) } : {}),
    containers: new Set([...(podSpec?.initContainers ?? []), ...(podSpec?.containers ?? [])].map((c) => c.name ?? '')),
    objects: {
      Service: new Set(named(services).map((s) => s.name)),
      ConfigMap: new Set(named(configMaps).map((c) => c.name)),
      Secret: new Set(named(secrets).map((s) => s.name)),
    },
  };
  const scenarioModel = buildScenario(scenario?.value, context, report.scope(scenarioFind, 'Scenario'), scenarioFind, kubernetes);
  if (report.hasErrors || !pod) return rejected(report);

  const serviceModels: ServiceSpecModel[] = services.map((s) => normalizeService(s.value, s.doc.find));
  const configData: ConfigDataModel[] = [
    ...configMaps.map((c) => normalizeConfigData('ConfigMap', c.value, c.data, c.doc.find)),
    ...secrets.map((s) => normalizeConfigData('Secret', s.value, s.data, s.doc.find)),
  ];
  return {
    ok: true,
    model: {
      pod: normalizePod(pod.value, pod.doc.find, scenarioModel.node.name, kubernetes),
      services: serviceModels,
      configData,
      scenario: scenarioModel,
    },
    warnings: report.warnings(),
  };
}
