// Makes sure Debian's Chromium is present for the Playwright suite; never downloads Playwright's browsers.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Returns true when Chromium is (now) installed; installs it with apt-get when running as root. */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return true;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(`Chromium is missing at ${chromiumPath}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH) and try again.`);
    return false;
  }
  console.log(`Chromium is missing at ${chromiumPath}: installing Debian's chromium with apt-get ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`"apt-get ${args.join(' ')}" failed: install Chromium by hand ("apt-get install -y chromium") and try again.`);
      return false;
    }
  }
  return existsSync(chromiumPath);
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
