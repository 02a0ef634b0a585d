import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/', 'node_modules/', 'data/', 'reports/', 'tests/.tmp/', 'drizzle/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='json']",
          message:
            'Return plain objects or Response.json(): json() will not survive React Router 7.',
        },
        {
          selector: "CallExpression[callee.name='defer']",
          message: 'Return promises directly: defer() will not survive React Router 7.',
        },
      ],
    },
  },
  {
    files: ['app/**/*.tsx'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react/prop-types': 'off',
    },
  },
  {
    // The layers of DESIGN.md: the domain stays pure, routes never reach the database.
    files: ['app/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['~/*', '!~/domain/*', '../../*'],
              message: 'app/domain imports nothing from other layers.',
            },
            {
              group: [
                'node:*',
                'fs',
                'path',
                'better-sqlite3',
                'drizzle-orm*',
                '@remix-run/*',
                'react*',
              ],
              message: 'app/domain is pure TypeScript: no I/O, no framework.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'app/routes/**/*.{ts,tsx}',
      'app/components/**/*.{ts,tsx}',
      'app/services/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['~/db/*', 'drizzle-orm*', 'better-sqlite3'],
              message: 'Query through app/models.',
            },
          ],
        },
      ],
    },
  },
);
