import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, makeMessage, MAX_MESSAGE_YAML_BYTES, MESSAGE_SOURCE, parseEmbedMessage, parseHostMessage, PROTOCOL_VERSION } from './embedProtocol';

const env = { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION };

describe('embed protocol', () => {
  it('wraps bodies in the namespaced, versioned envelope', () => {
    expect(makeMessage({ type: 'seek', t: 5000 })).toEqual({ source: 'init-container-playground', version: 1, type: 'seek', t: 5000 });
  });

  it.each([
    { type: 'play' },
    { type: 'pause' },
    { type: 'seek', t: 0 },
    { type: 'seek', t: 12_345.5 },
    { type: 'setTheme', theme: 'dark' },
    { type: 'setTheme', theme: 'auto' },
    { type: 'setYaml', yaml: 'apiVersion: v1\nkind: Pod\n' },
  ] as const)('accepts the host message $type', (body) => {
    expect(parseHostMessage(makeMessage(body))).toEqual(makeMessage(body));
  });

  it.each([
    { type: 'ready' },
    { type: 'resize', height: 420 },
    { type: 'state', t: 30_000, playing: true },
  ] as const)('accepts the embed message $type', (body) => {
    expect(parseEmbedMessage(makeMessage(body))).toEqual(makeMessage(body));
  });

  it('keeps only the known fields', () => {
    expect(parseHostMessage({ ...env, type: 'play', extra: '<script>' })).toEqual({ ...env, type: 'play' });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'play'],
    ['an array', [env]],
    ['another source', { source: 'react-devtools', version: 1, type: 'play' }],
    ['a later version', { ...env, version: 2, type: 'play' }],
    ['a version as text', { ...env, version: '1', type: 'play' }],
    ['an unknown type', { ...env, type: 'reload' }],
    ['an embed message', { ...env, type: 'ready' }],
    ['a seek without t', { ...env, type: 'seek' }],
    ['a negative seek', { ...env, type: 'seek', t: -1 }],
    ['a seek to NaN', { ...env, type: 'seek', t: NaN }],
    ['a seek as text', { ...env, type: 'seek', t: '5' }],
    ['an unknown theme', { ...env, type: 'setTheme', theme: 'sepia' }],
    ['yaml that is not text', { ...env, type: 'setYaml', yaml: 42 }],
    ['yaml over 1 MiB', { ...env, type: 'setYaml', yaml: 'a'.repeat(MAX_MESSAGE_YAML_BYTES + 1) }],
    ['yaml over 1 MiB in UTF-8', { ...env, type: 'setYaml', yaml: 'é'.repeat(MAX_MESSAGE_YAML_BYTES / 2 + 1) }],
  ])('ignores %s from the host', (_what, data) => {
    expect(parseHostMessage(data)).toBeUndefined();
  });

  it.each([
    ['a host message', { ...env, type: 'play' }],
    ['a resize to Infinity', { ...env, type: 'resize', height: Infinity }],
    ['a state without playing', { ...env, type: 'state', t: 0 }],
    ['a state with playing as text', { ...env, type: 'state', t: 0, playing: 'yes' }],
    ['a null', null],
  ])('ignores %s from the embed', (_what, data) => {
    expect(parseEmbedMessage(data)).toBeUndefined();
  });

  it('accepts yaml of exactly 1 MiB', () => {
    expect(parseHostMessage({ ...env, type: 'setYaml', yaml: 'a'.repeat(MAX_MESSAGE_YAML_BYTES) })).toBeDefined();
  });

  it('allows any origin under an empty allow-list and only listed ones otherwise', () => {
    expect(isAllowedOrigin('https://x.example', [])).toBe(true);
    expect(isAllowedOrigin('https://docs.example', ['https://docs.example'])).toBe(true);
    expect(isAllowedOrigin('https://evil.example', ['https://docs.example'])).toBe(false);
  });
});
