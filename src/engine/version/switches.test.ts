import { describe, expect, it } from 'vitest';
import { createdMessage, describePrefixesFieldPath, eventsNameContainer, readyToStartAtSandboxCreation, readyToStartExplainsFalse, requeuesAtBackoffExpiry, startedMessage } from './switches';

describe('switches', () => {
  it('words Created and Started with the container name only on 1.34', () => {
    expect(createdMessage('1.34', 'app')).toBe('Created container: app');
    expect(startedMessage('1.34', 'app')).toBe('Started container app');
    for (const v of ['1.35', '1.36', '1.37'] as const) {
      expect(createdMessage(v, 'app')).toBe('Container created');
      expect(startedMessage(v, 'app')).toBe('Container started');
      expect(eventsNameContainer(v)).toBe(false);
    }
  });

  it('prefixes describe events with the field path from 1.35, and for a trace that names no version', () => {
    expect(describePrefixesFieldPath('1.34')).toBe(false);
    expect(describePrefixesFieldPath('1.35')).toBe(true);
    expect(describePrefixesFieldPath(undefined)).toBe(true);
  });

  it('puts each switch at the version that brought it', () => {
    expect([requeuesAtBackoffExpiry('1.34'), requeuesAtBackoffExpiry('1.35')]).toEqual([false, true]);
    expect([readyToStartAtSandboxCreation('1.35'), readyToStartAtSandboxCreation('1.36')]).toEqual([false, true]);
    expect([readyToStartExplainsFalse('1.36'), readyToStartExplainsFalse('1.37')]).toEqual([false, true]);
  });
});
