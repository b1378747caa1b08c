// The package's `bin`: `npx init-container-playground simulate|render|explain FILE`, the same
// commands as `npm run cli` in this repository (src/cli/main.ts), bundled with the engine.
import { runCli } from '../cli/main';

process.exitCode = runCli(process.argv.slice(2), (t) => process.stdout.write(`${t}\n`), (t) => process.stderr.write(`${t}\n`));
