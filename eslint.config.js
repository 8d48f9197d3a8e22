import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

const electronOnly = {
  group: ['electron', 'electron/*', 'electron-store'],
  message: 'Only src/main/adapters and src/main/index.ts may touch Electron or electron-store.',
}
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
  message: 'This code also runs outside Node: no Node built-ins.',
}
const uiLibs = {
  group: ['vue', 'vue-*', 'pinia', '@vue/*'],
  message: 'src/shared is plain TypeScript: no UI framework.',
}
const testScaffolding = {
  group: ['**/testing', '**/testing/**', '**/*.test', '**/*.test.ts'],
  message: 'Shipped code never imports test scaffolding (testing/ folders, tests).',
}
const intoMain = { group: ['**/main/**'], message: 'Only main may import main code.' }
const intoRenderer = {
  group: ['**/renderer/**'],
  message: 'Only the renderer may import renderer code.',
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'vue/multi-word-component-names': 'off',
      'vue/require-default-prop': 'off',
      'no-restricted-globals': ['error', { name: 'require', message: 'Use import.' }],
    },
  },
  // The architecture's boundaries: a wrong import is a red line, not a review comment.
  {
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/**/*.test.ts', 'src/**/testing/**'],
    // The typescript-eslint twin of the rule, so the per-folder blocks below do not replace it.
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [testScaffolding] }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [electronOnly, nodeBuiltins, uiLibs, intoMain, intoRenderer] },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [intoRenderer] }] },
  },
  // Later blocks win: services are stricter than the rest of main.
  {
    files: ['src/main/services/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronOnly, intoRenderer] }] },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            uiLibs,
            intoMain,
            intoRenderer,
            { group: ['electron-store'], message: 'The preload requires only electron.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,vue}'],
    ignores: ['src/renderer/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnly,
            nodeBuiltins,
            intoMain,
            {
              group: ['**/preload/**'],
              message: 'Use window.api through src/renderer/src/api.ts.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'navigator',
          property: 'clipboard',
          message: 'Copy through the clipboard service in main (useCopy).',
        },
      ],
    },
  },
  prettier,
)
