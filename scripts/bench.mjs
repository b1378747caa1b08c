// `npm run bench`: bundles the benchmarks the way the app ships its code (esbuild, no test
// instrumentation), runs the engine figures in Node, then the browser figures in Debian's
// Chromium against a production build. It prints figures and ratios; it never fails.
// `npm run bench -- --json FILE` also writes every figure, its target and ratio (and min/max
// where it has them) to FILE.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const port = Number(process.env.BENCH_PORT ?? 4391);
mkdirSync('.bench', { recursive: true });
// The engine runs in the page's worker with the browser build of `yaml` (its package's default
// export); the Node build differs only in reading process.env.LOG_TOKENS at every token it parses.
const bundle = (entry, out) => build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning',
  external: ['@playwright/test', 'playwright', 'playwright-core'], alias: { yaml: fileURLToPath(new URL('../node_modules/yaml/browser/index.js', import.meta.url)) } });
await bundle('bench/run.ts', '.bench/run.cjs');
await bundle('bench/browserRun.ts', '.bench/browser.cjs');

const jsonAt = process.argv.indexOf('--json');
const jsonFile = jsonAt >= 0 ? process.argv[jsonAt + 1] : undefined;
if (jsonAt >= 0 && !jsonFile) { console.log('usage: npm run bench -- [--json FILE]'); process.exit(2); }
const parts = ['.bench/engine.json', '.bench/browser.json'];
for (const p of parts) rmSync(p, { force: true });
const withPart = (part) => ({ stdio: 'inherit', env: { ...process.env, BENCH_JSON_PART: part } });

// --expose-gc lets the engine part measure the heap a trace keeps.
spawnSync(process.execPath, ['--expose-gc', '.bench/run.cjs'], withPart(parts[0]));

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
  spawnSync(process.execPath, ['.bench/browser.cjs', base], withPart(parts[1]));
  server.kill();
}

if (jsonFile) {
  const figures = parts.filter((p) => existsSync(p)).flatMap((p) => JSON.parse(readFileSync(p, 'utf8')));
  writeFileSync(jsonFile, `${JSON.stringify({ node: process.version, figures }, null, 2)}\n`);
  console.log(`${figures.length} figures written to ${jsonFile}`);
}
