// Entry of the browser benchmarks: `node .bench/browser.cjs http://127.0.0.1:PORT/`.
import { benchBrowser } from './browser';
import { writeFigures } from './measure';

const base = process.argv[2] ?? 'http://127.0.0.1:4391/';
benchBrowser(base).then(() => writeFigures(process.env.BENCH_JSON_PART)).catch((err: unknown) => {
  console.log(`browser benchmarks could not run: ${String(err)}`);
  writeFigures(process.env.BENCH_JSON_PART);
});
