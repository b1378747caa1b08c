// The installable package end to end: build it, `npm pack`, install the tarball offline into an
// empty folder, and use it there as a docs project would, in plain Node (no DOM).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsExampleYaml } from '../scenario/docsExample';

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'icp-package-'));
const project = join(work, 'docs-site');
let tarball = '';

const twoFences = `# Two timelines

\`\`\`yaml pod-playground at=30s until=2m height=360 theme=auto predict
${docsExampleYaml.trim()}
\`\`\`

Some text between, and a plain fence that stays code:

\`\`\`yaml
key: value
\`\`\`

\`\`\`yaml pod-playground theme=dark
apiVersion: v1
kind: Pod
metadata:
  name: tiny
spec:
  initContainers:
  - name: init-wait
    image: busybox
    command: [sh, -c, "echo '<b>{{ not vue }} &amp;</b>' && sleep 2"]
  containers:
  - name: app
    image: busybox
    command: [sh, -c, "sleep 3600"]
\`\`\`
`;

/** Runs a module inside the docs project (so `init-container-playground/...` resolves as installed) and parses what it prints. */
function runInProject(source: string): unknown {
  const file = join(project, `check-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' }));
}

/** The repository's copy of a development dependency, as a URL the docs project can import. */
const repoModule = (name: string) => pathToFileURL(createRequire(join(root, 'package.json')).resolve(name)).href;

beforeAll(async () => {
  const { buildPackage, packPackage } = await import(pathToFileURL(join(root, 'scripts/build-package.mjs')).href) as {
    buildPackage: () => Promise<unknown>; packPackage: (dir: string) => string;
  };
  await buildPackage();
  tarball = packPackage(work);
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), '{ "name": "docs-site", "private": true }\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, stdio: 'pipe' });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the init-container-playground package', { timeout: 30_000 }, () => {
  it('packs as init-container-playground-VERSION.tgz and installs offline with nothing else', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(tarball.endsWith(`init-container-playground-${version}.tgz`)).toBe(true);
    expect(statSync(tarball).size).toBeLessThan(600_000);
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/init-container-playground/package.json'), 'utf8')) as Record<string, unknown>;
    expect(installed.version).toBe(version);
    expect(installed.dependencies ?? {}).toEqual({});
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['init-container-playground']);
  });

  it('imports every entry point in plain Node, as ES modules and as CommonJS, without touching a DOM', () => {
    const result = runInProject(`
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const names = ['render', 'remark', 'markdown-it', 'element'];
      const esm = {}; const cjs = {};
      for (const n of names) esm[n] = Object.keys(await import('init-container-playground/' + n)).sort();
      for (const n of names) cjs[n] = Object.keys(require('init-container-playground/' + n)).sort();
      const { defineInitContainerPlayground } = await import('init-container-playground/element');
      console.log(JSON.stringify({ esm, cjs, defined: defineInitContainerPlayground() ?? null, window: typeof window }));
    `) as { esm: Record<string, string[]>; cjs: Record<string, string[]>; defined: null; window: string };
    expect(result.esm.render).toEqual(expect.arrayContaining(['renderTimelineSvg', 'autoThemeCss']));
    expect(result.esm.remark).toEqual(['default']);
    expect(result.esm['markdown-it']).toEqual(['default']);
    expect(result.esm.element).toEqual(['defineInitContainerPlayground']);
    expect(result.cjs.element).toEqual(['defineInitContainerPlayground']);
    expect(result.cjs.remark).toContain('default');
    expect(result.defined).toBeNull();
    expect(result.window).toBe('undefined');
  });

  it('turns two fences into two static SVGs and two elements through unified, remark-parse, remark-rehype and rehype-stringify', () => {
    writeFileSync(join(project, 'page.md'), twoFences);
    const { html } = runInProject(`
      import { readFileSync } from 'node:fs';
      import { unified } from '${repoModule('unified')}';
      import remarkParse from '${repoModule('remark-parse')}';
      import remarkRehype from '${repoModule('remark-rehype')}';
      import rehypeStringify from '${repoModule('rehype-stringify')}';
      import playground from 'init-container-playground/remark';
      const file = await unified().use(remarkParse).use(playground, { playground: 'https://docs.example/playground/' })
        .use(remarkRehype).use(rehypeStringify).process(readFileSync('page.md', 'utf8'));
      console.log(JSON.stringify({ html: String(file) }));
    `) as { html: string };
    expectTwoFigures(html);
  });

  it('gives the same with markdown-it', () => {
    const { html } = runInProject(`
      import { readFileSync } from 'node:fs';
      import MarkdownIt from '${repoModule('markdown-it')}';
      import playground from 'init-container-playground/markdown-it';
      const md = new MarkdownIt().use(playground, { playground: 'https://docs.example/playground/' });
      console.log(JSON.stringify({ html: md.render(readFileSync('page.md', 'utf8')) }));
    `) as { html: string };
    expectTwoFigures(html);
    expect(html.match(/<init-container-playground [^>]*v-pre/g)).toHaveLength(2);
  });

  it('runs the command line as its bin', () => {
    writeFileSync(join(project, 'pod.yaml'), docsExampleYaml);
    const bin = join(project, 'node_modules/.bin/init-container-playground');
    expect(execFileSync(bin, ['explain', 'pod.yaml', '--at', '30s'], { cwd: project, encoding: 'utf8' })).toContain('init-myservice');
    execFileSync(bin, ['render', 'pod.yaml', '--svg', 'pod.svg'], { cwd: project, stdio: 'pipe' });
    expect(readFileSync(join(project, 'pod.svg'), 'utf8')).toContain('init-mydb');
  });
});

/** Two figures, each a live element around a static SVG with the scenario's lanes, its narration and its YAML; everything escaped. */
function expectTwoFigures(html: string) {
  const elements = html.match(/<init-container-playground [^>]*>/g) ?? [];
  expect(elements).toHaveLength(2);
  expect(elements[0]).toContain('playground="https://docs.example/playground/"');
  expect(elements[0]).toMatch(/start="30s"/);
  expect(elements[0]).toMatch(/height="360"/);
  expect(elements[0]).toMatch(/predict="1"/);
  const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
  expect(svgs).toHaveLength(2);
  for (const name of ['init-myservice', 'init-mydb', 'myapp-container']) expect(svgs[0]).toContain(`>${name}<`);
  expect(svgs[0]).toContain('<title>Timeline of pod myapp-pod</title>');
  expect(svgs[0]).toMatch(/<desc>[\s\S]*init-myservice[\s\S]*<\/desc>/);
  expect(svgs[1]).toContain('>init-wait<');
  // The YAML's markup is text, in the hidden YAML and wherever the narration quotes it.
  expect(html).not.toContain('<b>');
  expect(html).not.toMatch(/<script|\son[a-z]+=/i);
  expect(html.match(/<pre data-icp-yaml[^>]*hidden[^>]*>/g)).toHaveLength(2);
  // The plain fence is still code.
  expect(html).toMatch(/<code class="language-yaml">key: value/);
}
