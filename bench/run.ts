// `npm run bench`: prints figures and ratios against the targets; it never fails.
import { benchEngine } from './engine';

benchEngine();
