// `npm run lint`: ESLint with typescript-eslint, and the layers of src/ enforced by
// eslint-plugin-boundaries (see src/README.md for the picture). The core's freedom from the
// DOM is checked by the compiler instead (tsconfig.core.json has no DOM library).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';

/** Who may import whom: data flows one way, core ← editor ← platform ← ui (src/main.tsx wires them). */
const LAYERS = {
  core: ['core'],
  editor: ['core', 'editor'],
  platform: ['core', 'editor', 'platform'],
  ui: ['core', 'editor', 'platform', 'ui'],
  workers: ['core', 'workers'],
  cli: ['core', 'editor', 'cli'],
};

/** Packages a layer must not use: the core is pure, the editor is headless. */
const REACT = ['react', 'react-dom', '@xyflow/*'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-single/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // Leading underscores mark what is left out on purpose (`const { pinned: _released, ...rest } = p`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Parsed JSON in tests and hostile-input checks is untyped by nature; production code keeps its types.
      '@typescript-eslint/no-explicit-any': 'off',
      // Control characters are matched on purpose here: stripped from SVG text and file names, quoted in GEDCOM messages.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/elements': [
        { type: 'core', pattern: 'src/core' },
        { type: 'editor', pattern: 'src/editor' },
        { type: 'platform', pattern: 'src/platform' },
        { type: 'ui', pattern: 'src/ui' },
        { type: 'workers', pattern: 'src/workers' },
        { type: 'cli', pattern: 'src/cli' },
        // Fonts and other files bundled as data.
        { type: 'assets', pattern: 'src/assets' },
      ],
      // The app's entry point wires the layers together: it may import any of them.
      'boundaries/ignore': ['src/main.tsx'],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // Packages too: the core may use no UI library, the editor none but zustand's vanilla store.
          checkAllOrigins: true,
          message: '{{from.type}} may not import {{to.type}}{{to.module.source}}: data flows one way (see src/README.md)',
          policies: [
            ...Object.entries(LAYERS).map(([from, to]) => ({
              from: { element: { type: from } },
              allow: { to: { element: { types: { anyOf: [...to, 'assets'] } } } },
            })),
            { allow: { to: { module: { origin: 'external' } } } },
            // Node's own modules (node:fs and the like) only in the command line.
            { from: { element: { type: 'cli' } }, allow: { to: { module: { origin: 'core' } } } },
            {
              from: { element: { types: { anyOf: ['core', 'editor', 'cli', 'workers'] } } },
              disallow: { to: { module: { origin: 'external', source: REACT } } },
              message: '{{from.type}} may not use {{to.module.source}}: React and React Flow belong to src/ui',
            },
            // zustand's root export is its React hook; the editor keeps to zustand/vanilla.
            {
              from: { element: { types: { anyOf: ['core', 'editor', 'cli', 'workers'] } } },
              disallow: { to: { module: { origin: 'external', source: 'zustand', internalPath: [null, ''] } } },
              message: '{{from.type}} may not use zustand\'s React hook: import zustand/vanilla',
            },
            {
              from: { element: { type: 'core' } },
              disallow: { to: { module: { origin: 'external', source: 'zustand' } } },
              message: 'core may not use zustand: the core is plain functions over plain data',
            },
          ],
        },
      ],
    },
  },
);
