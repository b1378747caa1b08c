// `npm run bench`: bundles the benchmarks the way the app ships its code (esbuild, no test
// instrumentation), runs them and prints figures with their targets. It never fails.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

mkdirSync('.bench', { recursive: true });
await build({ entryPoints: ['bench/run.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: '.bench/run.cjs', logLevel: 'warning' });
const r = spawnSync(process.execPath, ['.bench/run.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
if (r.status !== 0) console.log(`benchmark process ended with status ${r.status}`);
