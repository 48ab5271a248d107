// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  // At any depth: the benchmark's bare site (bench/baseline/) gets an .astro/ and a dist/ of its own.
  { ignores: ['**/dist/', '**/.astro/', '.cache/', 'coverage/', '**/node_modules/', 'tmp/', 'screenshots/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      // Type information for every file, .astro ones included, from the tsconfig.json that covers it.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Counts, line numbers and page numbers are meant to print as plain digits in messages and URLs.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => server.close()` hands back what it calls; braces around it would add nothing a reader needs.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: {
      // astro-eslint-parser has no project service: it builds a program from tsconfig.json instead.
      parserOptions: { projectService: false, project: true },
    },
    rules: {
      // ESLint's type checker reads Astro's JSX and types declared in other .astro files as `any`; `astro check` checks those.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
    },
  },
  {
    // Each .astro file linted with types costs a TypeScript program of its own, about half a
    // CPU-second: the components, which lay out data handed to them by pages and layouts in a
    // few lines of props (no await, no promise, enforced below), do without; `astro check` still
    // types them, and the pages, layouts and MDX components keep every type-aware rule.
    files: ['src/components/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/components/*.astro'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AwaitExpression, :function[async=true]',
          message:
            'A component lays out data it is given: load it in the page (src/pages/) or src/data/, linted with types, which catch a forgotten promise.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    // Plain JavaScript files (configs) have no types to check against.
    ...tseslint.configs.disableTypeChecked,
  },
);
