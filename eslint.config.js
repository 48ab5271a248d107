// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/**
 * In an .astro file, a call whose result is dropped (optional calls included), the way a promise
 * is left unawaited. The MDX components' props check, which throws or returns nothing, and the
 * methods that change a list, a map, a set or headers in place or write to the console may stand
 * alone: a promise-returning method of one of those names would slip through.
 */
const DROPPED_CALL = {
  selector: [
    "ExpressionStatement > CallExpression:not([callee.name='assertComponentProps']):not([callee.property.name=/^(push|unshift|set|add|delete|sort|reverse|splice|append|info|warn|error|log)$/])",
    'ExpressionStatement > ChainExpression > CallExpression',
  ].join(', '),
  message:
    'A call whose result is dropped may hide a promise, which no type-aware rule sees in an .astro file: await it, keep its result, or move the code to src/data/ or src/lib/, linted with types.',
};

/** In an .astro file, an async function handed to a call (`filter`, `some`, `forEach`…), whose promise the call may ignore. */
const ASYNC_CALLBACK = {
  selector: 'CallExpression > :function[async=true]',
  message:
    'An async function handed to a call: `filter`, `some` or `forEach` would take its promise for a value or drop it, which no type-aware rule sees in an .astro file. Move the code to src/data/ or src/lib/, linted with types.',
};

export default defineConfig(
  // At any depth: the benchmark's bare site (bench/baseline/) gets an .astro/ and a dist/ of its own.
  { ignores: ['**/dist/', '**/.astro/', '.cache/', 'coverage/', '**/node_modules/', 'tmp/', 'screenshots/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      // Type information for every TypeScript file, from the tsconfig.json that covers it (.astro files: below).
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
    // Astro's parser builds a TypeScript program for each .astro file it lints with types, about
    // three quarters of a CPU-second each: 34 of the 66 CPU-seconds of `eslint .`, on the two
    // cores that `npm test` keeps busy. So .astro files are linted without the rules that read
    // types (conditions always true, template values, promises…): `astro check` types them in full
    // (strictest, no warning), their computing is done in src/data/ and src/lib/, linted with
    // types, and a promise dropped, the mistake that matters most here, is a call whose result is
    // dropped: forbidden below.
    files: ['**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.astro'],
    rules: { 'no-restricted-syntax': ['error', DROPPED_CALL, ASYNC_CALLBACK] },
  },
  {
    files: ['src/components/*.astro'],
    rules: {
      'no-restricted-syntax': [
        'error',
        DROPPED_CALL,
        ASYNC_CALLBACK,
        {
          selector: 'AwaitExpression, :function[async=true]',
          message:
            'A component lays out data it is given: load it in the page (src/pages/) or src/data/, linted with types.',
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
