import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'node_modules', 'coverage', 'bench/dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core turns case data into plain data: no React, no DOM helpers, no d3-selection.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/core is pure: no React.',
            },
            {
              group: ['d3-selection', 'd3-zoom', 'd3-brush', 'zustand'],
              message: 'src/core is pure: no DOM or app state.',
            },
            {
              group: ['../app/*', '../views/*', '../../app/*', '../../views/*'],
              message: 'src/core must not import views.',
            },
          ],
        },
      ],
    },
  },
);
