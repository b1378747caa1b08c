// package.json `engines` must promise no Node version that a locked dependency refuses, or a fresh
// `npm ci` warns EBADENGINE (and the dependency may not run there).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const root = join(import.meta.dirname, '..');
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;

describe('engines', () => {
  it('allows only Node versions that every locked dependency declares it runs on', () => {
    const range = (read('package.json').engines as { node: string }).node;
    const packages = read('package-lock.json').packages as Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
    const refusing = Object.entries(packages)
      .filter(([path, p]) => path !== '' && !p.optional && !Array.isArray(p.engines) && p.engines?.node !== undefined)
      .filter(([, p]) => !semver.subset(range, (p.engines as { node: string }).node))
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')} wants ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });

  it('includes the Node this project is developed and tested on', () => {
    expect(semver.satisfies(process.versions.node, (read('package.json').engines as { node: string }).node)).toBe(true);
  });

  it('gives the installable package the repository version and no runtime dependencies', () => {
    const pkg = read('packages/init-container-playground/package.json');
    expect(pkg.version).toBe(read('package.json').version);
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.name).toBe('init-container-playground');
  });
});
