import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'
import { defineConfig, globalIgnores } from 'eslint/config'

// Layers import one way: core <- store <- ui <- app. cli -> core.
const framework = ['react', 'react-dom', 'react-dom/*', 'monaco-editor', 'monaco-editor/*', 'monaco-yaml', '@xyflow/*', 'zustand', 'zustand/*']
const layer = (name) => [`**/${name}/**`, `../${name}/*`, `../../${name}/*`, `../../../${name}/*`]

export default defineConfig([
  globalIgnores(['dist*', 'test-results', 'playwright-report', 'node_modules', 'bench/baselines/dist*']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended, reactRefresh.configs.vite],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'react-refresh/only-export-components': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...framework, ...layer('store'), ...layer('ui'), ...layer('app'), ...layer('cli')], message: 'core is framework-free and imports no other layer' }] }],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'monaco-editor', 'monaco-yaml', '@xyflow/*', ...layer('ui'), ...layer('app'), ...layer('cli')], message: 'store may import core and zustand only' }] }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...layer('app'), ...layer('cli')], message: 'ui may not import app or cli' }] }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...framework, ...layer('store'), ...layer('ui'), ...layer('app')], message: 'the CLI is a shell over core' }] }],
    },
  },
])
