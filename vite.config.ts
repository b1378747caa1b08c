/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

/** No inline scripts anywhere; styles may be inline because Monaco injects <style> elements. The simulator and Monaco's workers are files of this origin. */
export const contentSecurityPolicy = "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/**
 * Which pages may frame a page (a meta tag cannot say this, so it is a header): the playground only
 * itself (no clickjacking); the embed any page, as docs sites do. "Any" is no frame-ancestors at all:
 * `frame-ancestors *` would refuse hosts without a network origin (file://, sandboxed or srcdoc frames).
 */
export function frameAncestors(pathname: string): string | undefined {
  return /^\/embed\.html$/.test(pathname) ? undefined : "frame-ancestors 'self'";
}

/** The headers of a response for `pathname`: every response is nosniff; pages (HTML, and paths without an extension, which fall back to the playground) carry the policy with their frame-ancestors. */
export function pageHeaders(pathname: string): Record<string, string> {
  const headers: Record<string, string> = { 'X-Content-Type-Options': 'nosniff' };
  const page = pathname.endsWith('.html') || !/\.[a-z0-9]+$/i.test(pathname);
  const ancestors = frameAncestors(pathname);
  if (page) headers['Content-Security-Policy'] = ancestors ? `${contentSecurityPolicy}; ${ancestors}` : contentSecurityPolicy;
  return headers;
}

/** `vite preview` sends pageHeaders (docs/hosting.md gives the same for static hosts). */
function securityHeaders(): Plugin {
  return {
    name: 'security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        for (const [name, value] of Object.entries(pageHeaders(pathname))) res.setHeader(name, value);
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), securityHeaders()],
  build: {
    // Several suites can build side by side (e.g. `VITE_OUT_DIR=.tmp/dist-a`); `vite preview` serves the same folder.
    outDir: process.env.VITE_OUT_DIR ?? 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    rollupOptions: { input: { main: resolve(import.meta.dirname, 'index.html'), embed: resolve(import.meta.dirname, 'embed.html') } },
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
