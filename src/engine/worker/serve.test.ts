import { describe, expect, it } from 'vitest';
import { docsExampleYaml } from '../../scenario/docsExample';
import { decodeAnalysis, parseSimulateRequest, parseSimulatorMessage } from './protocol';
import { createRequestServer, serveRequest } from './serve';
import { simulateScenario } from '../simulate';

const keyOf = (text: string) => {
  const { message } = serveRequest({ type: 'simulate', id: 1, text });
  return message.type === 'result' ? message.key : undefined;
};

describe('serveRequest', () => {
  it('answers with the result and the key of its model', () => {
    const { message } = serveRequest({ type: 'simulate', id: 7, text: docsExampleYaml });
    expect(message).toMatchObject({ type: 'result', id: 7, key: expect.any(String) });
    if (message.type !== 'result') throw new Error('no result');
    expect(decodeAnalysis(message.payload).result).toMatchObject({ format: 1, pod: 'myapp-pod' });
  });

  it('sends the trace in format 2 with its buffers to transfer, and the page reads back the engine\'s trace', () => {
    const { message, transfer } = serveRequest({ type: 'simulate', id: 3, text: docsExampleYaml });
    if (message.type !== 'result') throw new Error('no result');
    expect(message.payload.result).toMatchObject({ format: 2 });
    expect(transfer.length).toBeGreaterThan(10);
    const moved = structuredClone(message.payload, { transfer });
    expect(JSON.stringify(decodeAnalysis(moved).result)).toBe(JSON.stringify(simulateScenario(docsExampleYaml)));
  });

  it('says unchanged for an edit to a comment at the end, and simulates again an edit that moves lines or changes the pod', () => {
    const shownKey = keyOf(docsExampleYaml);
    expect(shownKey).toBeDefined();
    const ask = (text: string) => serveRequest({ type: 'simulate', id: 2, text, ...(shownKey ? { shownKey } : {}) }).message.type;
    expect(ask(`${docsExampleYaml}# a note\n`)).toBe('unchanged');
    expect(ask(docsExampleYaml.replace('kind: Pod', 'kind: Pod   '))).toBe('unchanged');
    // A line above the pod moves every position the trace cites (warnings, causes): simulated again.
    expect(ask(`# a note\n${docsExampleYaml}`)).toBe('result');
    expect(ask(docsExampleYaml.replace('sleep 2', 'sleep 3'))).toBe('result');
  });

  it('answers a rejected text without a key', () => {
    const { message } = serveRequest({ type: 'simulate', id: 3, text: 'kind: Pod\n' });
    expect(message.type).toBe('result');
    expect(message.type === 'result' && message.key).toBeUndefined();
  });
});

describe('createRequestServer', () => {
  it('answers a model it simulated before (an undo) without simulating it again', () => {
    const serve = createRequestServer();
    let runs = 0;
    const ask = (text: string) => serve({ type: 'simulate', id: 1, text }, () => { runs++; });
    const first = ask(docsExampleYaml);
    const counted = runs;
    expect(counted).toBeGreaterThan(0);
    ask(docsExampleYaml.replace('sleep 2', 'sleep 3'));
    const afterEdit = runs;
    expect(afterEdit).toBeGreaterThan(counted);
    const undone = ask(docsExampleYaml);
    expect(runs).toBe(afterEdit);
    expect(undone.message).toEqual(first.message);
  });
});

describe('protocol', () => {
  it('reads back only well-formed messages', () => {
    expect(parseSimulateRequest({ type: 'simulate', id: 1, text: 'x', shownKey: 'k' })).toEqual({ type: 'simulate', id: 1, text: 'x', shownKey: 'k' });
    expect(parseSimulateRequest({ type: 'simulate', id: '1', text: 'x' })).toBeUndefined();
    expect(parseSimulatorMessage({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(parseSimulatorMessage({ type: 'progress', id: 1, note: { container: 'c', t: 0, part: 'program' } })).toBeDefined();
    expect(parseSimulatorMessage({ type: 'result', id: 1 })).toBeUndefined();
    expect(parseSimulatorMessage('ready')).toBeUndefined();
  });
});
