// The Kubernetes version travels in the scenario text: share links carry it, and an embed may pin one.
import { describe, expect, it } from 'vitest';
import { docsExampleYaml } from '../scenario/docsExample';
import { scenarioKubernetesVersion, setKubernetesVersion } from '../engine/manifest/setVersion';
import { embedQuery, parseEmbedOptions } from './embedOptions';
import { decodeShareState, encodeShareState } from './shareCodec';

const query = (q: string) => parseEmbedOptions(new URL(`https://p.example/embed.html?${q}`));

describe('the Kubernetes version in links and embeds', () => {
  it('keeps the version a share link was made with', () => {
    const text = setKubernetesVersion(docsExampleYaml, '1.34') ?? '';
    const decoded = decodeShareState(`#${encodeShareState({ text })}`);
    expect(decoded.ok && scenarioKubernetesVersion(decoded.state.text)).toBe('1.34');
  });

  it('reads the embed\'s version parameter and writes it back into a snippet', () => {
    const r = query('version=1.35');
    expect(r.ok && r.options.version).toBe('1.35');
    expect(embedQuery({ version: '1.35' })).toBe('version=1.35');
    expect(embedQuery({})).toBe('');
    expect(query('').ok && 'version' in (query('').ok ? (query('') as { options: object }).options : {})).toBe(false);
  });

  it('names the versions it accepts when the parameter is wrong', () => {
    const r = query('version=1.30');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain('"version" must be one of 1.34, 1.35, 1.36, 1.37 (got "1.30")');
  });
});
