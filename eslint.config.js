import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'url',
  'worker_threads',
];

// Code in one area reaches another through an alias (tsconfig.base.json), not `../../..`.
const deepRelativeImports = {
  group: ['../../*', '../../**'],
  message: 'Import through an alias (@shared, @main, @renderer, @resources, @test) instead.',
};

// State per open workspace is owned by the workspace (workspace-state.ts): one pattern, and a
// restore's new workspace starts fresh. No module-level maps keyed by workspace.
const workspaceStateOwned = {
  selector: "Program > VariableDeclaration NewExpression[callee.name='WeakMap']",
  message:
    'Per-workspace state belongs to the workspace: defineWorkspaceState + workspace.state.get().',
};

// SQL lives in repositories (electron/main/core/repositories), created by the Workspace. `exec`
// is also RegExp's, so it counts as SQL only on a database receiver (`db`, `this.db`, `…Db`).
const sqlMessage =
  'SQL only in electron/main/core/repositories (a repository owned by the Workspace).';
const sqlOnlyInRepositories = [
  {
    selector: 'CallExpression[callee.property.name=/^(prepare|pragma)$/]',
    message: sqlMessage,
  },
  {
    selector: "CallExpression[callee.property.name='exec'][callee.object.name=/(^db|Db)$/]",
    message: sqlMessage,
  },
  {
    selector:
      "CallExpression[callee.property.name='exec'][callee.object.property.name=/(^db|Db)$/]",
    message: sqlMessage,
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-restricted-imports': ['error', { patterns: [deepRelativeImports] }],
    },
  },
  {
    files: ['electron/**/*.{ts,mjs,cjs}', 'test/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', workspaceStateOwned, ...sqlOnlyInRepositories] },
  },
  {
    // The storage engine itself: opening and migrating (db/), whole-file copies and checks
    // (backup/), the schema-generic engagement archive (archive/) and the data-folder lock.
    files: [
      'electron/main/core/repositories/**/*.ts',
      'electron/main/core/db/**/*.ts',
      'electron/main/core/backup/**/*.ts',
      'electron/main/core/archive/**/*.ts',
      'electron/main/core/workspace-lock.ts',
    ],
    rules: { 'no-restricted-syntax': ['error', workspaceStateOwned] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The renderer talks to the main process only through the transport module.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Accessibility of the markup, checked as it is written (axe checks the rendered screens).
      ...jsxA11y.flatConfigs.recommended.rules,
      // Focus moves only in answer to the consultant's own action (adding a block, opening the
      // calendar), which is where it belongs.
      'jsx-a11y/no-autofocus': 'off',
      'jsx-a11y/label-has-associated-control': ['error', { depth: 4 }],
      // A named region that scrolls must take the focus, so the keyboard can scroll it.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            deepRelativeImports,
            {
              group: ['electron', 'electron/*', ...nodeBuiltins],
              message: 'The renderer has no Node or Electron access.',
            },
            {
              group: ['**/electron/**', '@main/*', 'better-sqlite3'],
              message: 'The renderer may not import main-process code.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure part of shared/ runs everywhere: main, renderer, CLI, workers and tests.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            deepRelativeImports,
            {
              group: ['electron', 'electron/*', 'better-sqlite3', ...nodeBuiltins],
              message: 'shared/ is pure: no Node or Electron.',
            },
            {
              group: ['**/electron/**', '**/renderer/**', '@main/*', '@renderer/*', '@test/*'],
              message: 'shared/ may not depend on main or renderer code.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'].map(
          (name) => ({
            name,
            message: 'shared/ is pure: no DOM or Node globals.',
          }),
        ),
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            deepRelativeImports,
            {
              group: ['node:*', 'fs', 'path', 'child_process'],
              message: 'The sandboxed preload has no Node modules.',
            },
          ],
        },
      ],
    },
  },
);
