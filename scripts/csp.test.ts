import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy, pageHeaders } from '../vite.config';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

describe('Content-Security-Policy', () => {
  it.each(['index.html', 'embed.html'])('is the same in %s as the header vite preview sends, but for frame-ancestors', (file) => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(read(file))?.[1];
    expect(meta).toBe(contentSecurityPolicy);
    expect(pageHeaders(`/${file}`)['Content-Security-Policy']).toBe(file === 'embed.html' ? contentSecurityPolicy : `${contentSecurityPolicy}; frame-ancestors 'self'`);
  });

  it('allows no inline or evaluated scripts', () => {
    const script = /script-src ([^;]+)/.exec(contentSecurityPolicy)?.[1] ?? '';
    expect(script).not.toMatch(/unsafe-inline|unsafe-eval|data:|\*/);
  });

  it('lets the playground be framed only by itself, and the embed by any page', () => {
    expect(pageHeaders('/')['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
    expect(pageHeaders('/some/route')['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
    // No frame-ancestors at all: `*` would refuse hosts without a network origin (file://, srcdoc, sandboxed frames).
    expect(pageHeaders('/embed.html')['Content-Security-Policy']).not.toContain('frame-ancestors');
  });

  it('sends nosniff with every response and the policy with pages only', () => {
    expect(pageHeaders('/assets/main-abc.js')).toEqual({ 'X-Content-Type-Options': 'nosniff' });
    expect(pageHeaders('/index.html')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('is what docs/hosting.md tells static hosts to send', () => {
    const doc = read('docs/hosting.md');
    expect(doc).toContain(`${contentSecurityPolicy}; frame-ancestors 'self'`);
    expect(doc).toContain(`Content-Security-Policy: ${contentSecurityPolicy}\n`);
    expect(doc).toContain('X-Content-Type-Options: nosniff');
  });
});
