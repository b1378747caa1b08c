import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy } from '../vite.config';

describe('Content-Security-Policy', () => {
  it.each(['index.html', 'embed.html'])('is the same in %s as the header vite preview sends', (file) => {
    const html = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicy);
  });

  it('allows no inline or evaluated scripts', () => {
    const script = /script-src ([^;]+)/.exec(contentSecurityPolicy)?.[1] ?? '';
    expect(script).not.toMatch(/unsafe-inline|unsafe-eval|data:|\*/);
  });
});
