// Lint rules, including the import direction of docs/architecture.md:
// scenario -> engine -> store -> ui; share is used by store and ui; cli uses engine only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (names) => names.map((n) => ({ group: [`**/${n}/*`, `**/${n}`], message: `this folder may not import from src/${n} (see docs/architecture.md)` }));
const ui = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'monaco-editor', 'monaco-editor/*', 'monaco-yaml', 'monaco-yaml/*'];
const pkg = (names) => names.map((n) => ({ name: n, message: 'this folder may not depend on UI libraries (see docs/architecture.md)' }));
const restrict = (patterns, paths = []) => ({ 'no-restricted-imports': ['error', { patterns, paths }] });
const uiPkgPatterns = [{ group: ['react-dom/*', 'zustand/*', 'monaco-editor/*', 'monaco-yaml/*'], message: 'no UI libraries here (see docs/architecture.md)' }];

export default tseslint.config(
  { ignores: ['dist', 'packages/*/dist', 'node_modules', 'test-results', 'playwright-report', '.test-reports', '.bench', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/scenario/**'],
    rules: restrict([...layer(['engine', 'store', 'ui', 'share', 'cli']), ...uiPkgPatterns], pkg(ui)),
  },
  {
    files: ['src/engine/**'],
    rules: {
      ...restrict([...layer(['store', 'ui', 'share', 'cli']), ...uiPkgPatterns], pkg(ui)),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'performance', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'fetch'],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'the engine uses simulated time only' },
        { object: 'Math', property: 'random', message: 'the engine is deterministic' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'the engine uses simulated time only' }],
    },
  },
  {
    files: ['src/render/**'],
    rules: restrict([...layer(['store', 'ui', 'share', 'cli']), ...uiPkgPatterns], pkg(ui)),
  },
  {
    files: ['src/share/**'],
    rules: {
      ...restrict([...layer(['store', 'ui', 'cli']), ...uiPkgPatterns], pkg(ui)),
      'no-restricted-globals': ['error', 'window', 'document', 'location', 'localStorage'],
    },
  },
  {
    files: ['src/store/**'],
    rules: restrict([...layer(['ui', 'cli']), { group: ['react-dom/*', 'monaco-editor/*', 'monaco-yaml/*'], message: 'the store knows no DOM rendering or editor' }],
      pkg(['react', 'react-dom', 'monaco-editor', 'monaco-yaml'])),
  },
  {
    files: ['src/ui/**'],
    ignores: ['src/ui/editor/**'],
    rules: restrict([...layer(['cli']), { group: ['monaco-editor', 'monaco-editor/*', 'monaco-yaml', 'monaco-yaml/*'], message: 'only src/ui/editor may import Monaco (it is loaded lazily)' }]),
  },
  {
    files: ['src/package/**'],
    rules: restrict([...layer(['store', 'ui', 'share']), ...uiPkgPatterns], pkg(ui)),
  },
  {
    files: ['src/cli/**'],
    rules: restrict([...layer(['store', 'ui', 'share']), ...uiPkgPatterns], pkg(ui)),
  },
);
