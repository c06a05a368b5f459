import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { name: 'clearframe/ignores', ignores: ['**/dist/**', '**/node_modules/**', '**/reports/**', '**/src/generated/**', '**/.turbo/**', 'packages/web/src/gql/**', 'packages/api/test/gql/**'] },
  { name: 'clearframe/javascript', files: ['**/*.{js,mjs,ts}'], extends: [js.configs.recommended], languageOptions: { globals: { ...globals.node } } },
  {
    name: 'clearframe/typescript',
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { name: 'clearframe/browser', files: ['packages/web/src/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
);
