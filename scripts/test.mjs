// Runs every check (type-check, lint, unit tests, Playwright in Chromium) and ends with one
// line "N passed, N failed" summed over all suites. Type-check and lint count as one check each.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const reports = '.test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => `node_modules/.bin/${name}`;
const results = [];

function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function readJson(path) {
  if (!existsSync(path)) return undefined;
  try { return JSON.parse(readFileSync(path, 'utf8')); } catch { return undefined; }
}

const typecheck = run('type-check (app, and engine without the DOM library)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])
  && run('type-check engine', bin('tsc'), ['-p', 'tsconfig.engine.json', '--noEmit']);
results.push({ suite: 'type-check', passed: typecheck ? 1 : 0, failed: typecheck ? 0 : 1 });

const lint = run('lint', bin('eslint'), ['.', '--max-warnings', '0']);
results.push({ suite: 'lint', passed: lint ? 1 : 0, failed: lint ? 0 : 1 });

const unitOk = run('unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`]);
const unit = readJson(`${reports}/vitest.json`);
if (unit) results.push({ suite: 'unit', passed: unit.numPassedTests, failed: unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1) });
else results.push({ suite: 'unit', passed: 0, failed: 1 });

if (ensureChromium()) {
  const e2eOk = run('end-to-end (Playwright, Chromium)', bin('playwright'), ['test']);
  const e2e = readJson(`${reports}/playwright.json`);
  if (e2e?.stats) {
    const failed = e2e.stats.unexpected + (e2eOk || e2e.stats.unexpected ? 0 : 1);
    results.push({ suite: 'e2e', passed: e2e.stats.expected + e2e.stats.flaky, failed });
  } else results.push({ suite: 'e2e', passed: 0, failed: 1 });
} else results.push({ suite: 'e2e', passed: 0, failed: 1 });

console.log('\n=== summary');
for (const r of results) console.log(`${r.suite.padEnd(12)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
