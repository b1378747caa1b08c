// `npm run bench`: bundles the benchmarks the way the app ships its code (esbuild, no test
// instrumentation), runs the engine figures in Node, then the browser figures in Debian's
// Chromium against a production build. It prints figures and ratios; it never fails.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

const port = Number(process.env.BENCH_PORT ?? 4391);
mkdirSync('.bench', { recursive: true });
const bundle = (entry, out) => build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning',
  external: ['@playwright/test', 'playwright', 'playwright-core'] });
await bundle('bench/run.ts', '.bench/run.cjs');
await bundle('bench/browserRun.ts', '.bench/browser.cjs');

spawnSync(process.execPath, ['.bench/run.cjs'], { stdio: 'inherit' });

if (!ensureChromium()) {
  console.log('browser benchmarks skipped: no Chromium');
} else {
  spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  spawnSync(process.execPath, ['.bench/browser.cjs', base], { stdio: 'inherit' });
  server.kill();
}
