// `npm run bench` (engine and share-link part, in Node): prints figures and ratios; it never fails.
import { benchEngine } from './engine';
import { writeFigures } from './measure';
import { benchShare } from './share';

benchEngine();
benchShare();
writeFigures(process.env.BENCH_JSON_PART);
