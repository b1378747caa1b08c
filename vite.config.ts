/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

/** No inline scripts anywhere; styles may be inline because Monaco injects <style> elements. */
export const contentSecurityPolicy = "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

export default defineConfig({
  plugins: [react()],
  build: {
    // Several suites can build side by side (e.g. `VITE_OUT_DIR=.tmp/dist-a`); `vite preview` serves the same folder.
    outDir: process.env.VITE_OUT_DIR ?? 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    rollupOptions: { input: { main: resolve(import.meta.dirname, 'index.html'), embed: resolve(import.meta.dirname, 'embed.html') } },
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
