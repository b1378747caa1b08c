// Preloaded into the CLI's Node processes by the hostile-corpus test: appends each process's peak
// resident memory (KiB) to the file named by PEAK_MEMORY_FILE when it exits.
import { appendFileSync } from 'node:fs';

const file = process.env.PEAK_MEMORY_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
