// ESLint: the recommended rules of ESLint and typescript-eslint, plus a few type-aware rules that catch real bugs
// (a promise nobody awaits, a non-exhaustive switch). Formatting is Prettier's (`npm run format`); the dependency
// rules are dependency-cruiser's (.dependency-cruiser.cjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const TEST_FILES = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/testing/**', 'test/**', 'bench/**'];

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'coverage/', 'data/', 'bench/tmp/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-undef': 'off', // TypeScript checks this, knowing the globals of node and jest
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-control-regex': 'off', // the text checks reject control characters on purpose
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: { module: 'writable', require: 'readonly', process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    files: TEST_FILES,
    rules: {
      '@typescript-eslint/no-explicit-any': 'off', // response bodies and hand-made bad input
    },
  },
  {
    // The domain reads no environment: configuration comes in through libs/runtime.
    files: ['libs/kernel/**', 'libs/credit/**', 'libs/rules/**'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'The domain reads no environment; configuration comes in through libs/runtime.' },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'The domain does not touch the process; pass in what it needs.' }],
    },
  },
);
