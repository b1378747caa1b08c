// The command line run in this process for tests: its output captured, and a scratch folder for the files it reads.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../main';

/** A scratch folder (`write` puts a file there and returns its path) and `cli`, which runs the CLI and returns its status and output. */
export function cliHarness(prefix: string): { dir: string; write: (name: string, text: string) => string; cli: (args: string[]) => { code: number; out: string; err: string } } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const write = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };
  const cli = (args: string[]) => {
    let out = '';
    let err = '';
    const code = runCli(args, (t) => { out += t; }, (t) => { err += t; });
    return { code, out, err };
  };
  return { dir, write, cli };
}
