// Builds the installable package in packages/init-container-playground (docs/embedding.md):
// self-contained ESM and CommonJS bundles of the renderer, the remark and markdown-it plugins and
// the custom element, plus the command line as its `bin`, with no runtime dependencies, so a docs
// project installs the tarball offline. `--pack DIR` then runs `npm pack` into DIR and prints the
// tarball's path (npm run pack:docs writes it to the repository root).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'packages/init-container-playground');
const out = join(pkgDir, 'dist');

/** The library entry points: the name under dist/ and its source. */
const libraries = {
  render: 'src/package/render.ts',
  remark: 'src/package/remark.ts',
  'markdown-it': 'src/package/markdownIt.ts',
};

/** Loads public/embed.js outside the repository's `"type": "module"`, so esbuild reads it as the CommonJS it is when bundled. */
const embedScript = {
  name: 'embed-script',
  setup(b) {
    b.onResolve({ filter: /^embed-script$/ }, () => ({ path: 'embed.js', namespace: 'embed-script' }));
    b.onLoad({ filter: /.*/, namespace: 'embed-script' }, () => ({ contents: readFileSync(join(root, 'public/embed.js'), 'utf8'), loader: 'js' }));
  },
};

/** The plugins' `./render` stays an import of the render bundle, so the engine is in the package once per format. */
const sharedRender = (ext) => ({
  name: 'shared-render',
  setup(b) {
    b.onResolve({ filter: /^\.\/render$/ }, (args) => (args.importer.endsWith('render.ts') ? undefined : { path: `./render.${ext}`, external: true }));
  },
});

/** Builds dist/ and returns the bundles' sizes in bytes by file name. */
export async function buildPackage() {
  const rootVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const own = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  if (own.version !== rootVersion) throw new Error(`packages/init-container-playground/package.json has version ${own.version}, the repository ${rootVersion}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const common = { bundle: true, minify: true, target: 'es2022', logLevel: 'warning', legalComments: 'eof', charset: 'utf8', absWorkingDir: root };
  // Browser-safe bundles: no Node built-ins, nothing run at import time but plain definitions.
  for (const format of ['esm', 'cjs']) {
    const ext = format === 'esm' ? 'mjs' : 'cjs';
    await build({
      ...common, format, platform: 'neutral', mainFields: ['module', 'main'], plugins: [sharedRender(ext)],
      entryPoints: Object.entries(libraries).map(([name, source]) => ({ in: source, out: name })),
      outdir: out, outExtension: { '.js': `.${ext}` },
    });
    // The element is public/embed.js itself, a script that exports through CommonJS when bundled.
    await build({
      ...common, format, platform: 'neutral', plugins: [embedScript],
      stdin: { contents: "import embed from 'embed-script';\nexport const defineInitContainerPlayground = embed.defineInitContainerPlayground;\n", resolveDir: root, loader: 'js' },
      outfile: join(out, `element.${ext}`),
    });
  }
  await build({
    ...common, format: 'esm', platform: 'node', target: 'node18',
    entryPoints: ['src/package/cli.ts'], outfile: join(out, 'cli.mjs'),
    // CommonJS dependencies inside an ES module bundle require Node built-ins through this.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __icpRequire } from 'node:module';\nconst require = __icpRequire(import.meta.url);" },
  });
  chmodSync(join(out, 'cli.mjs'), 0o755);
  // The dark colours of `theme=auto` figures, for pages whose pipeline drops the SVG's own <style> (VitePress).
  const render = await import(`${pathToFileURL(join(out, 'render.mjs')).href}?t=${Date.now()}`);
  writeFileSync(join(out, 'style.css'), `/* init-container-playground: dark colours of theme=auto figures (docs/embedding.md) */\n${render.autoThemeCss()}`);
  return Object.fromEntries(['render.mjs', 'remark.mjs', 'markdown-it.mjs', 'element.mjs', 'cli.mjs'].map((f) => [f, readFileSync(join(out, f)).length]));
}

/** Runs `npm pack` on the built package into `dir`; returns the tarball's path. */
export function packPackage(dir) {
  mkdirSync(dir, { recursive: true });
  const report = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: pkgDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  return join(dir, report[0].filename);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = await buildPackage();
  console.log(Object.entries(sizes).map(([f, n]) => `${f} ${(n / 1024).toFixed(0)} KB`).join(', '));
  const i = process.argv.indexOf('--pack');
  if (i >= 0) console.log(packPackage(resolve(process.argv[i + 1] ?? root)));
}
