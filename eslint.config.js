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
  // Layering: schema ← linter ← api; the web knows the API only through schema.graphql and the schema's browser-safe facts.
  layer('schema', ['@clearframe/linter', '@clearframe/api', '@clearframe/web'], 'the format package depends on nothing of ours'),
  layer('linter', ['@clearframe/api', '@clearframe/web'], 'the linter may use @clearframe/schema only'),
  layer('api', ['@clearframe/web'], 'the API serves the built web client as files, it does not import it'),
  {
    name: 'clearframe/layers/web',
    files: ['packages/web/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@clearframe/linter', '@clearframe/linter/*', '@clearframe/api', '@clearframe/api/*', '**/api/src/**', '**/linter/src/**'], message: 'the web client talks to the API over GraphQL only (typed from schema.graphql)' },
            { regex: '^@clearframe/schema(?!/facts$)', message: 'the web may import only the browser-safe @clearframe/schema/facts' },
            { regex: '^node:', message: 'the web client runs in the browser' },
          ],
        },
      ],
    },
  },
);

/** A package may not import the packages above it. */
function layer(pkg, forbidden, why) {
  return {
    name: `clearframe/layers/${pkg}`,
    files: [`packages/${pkg}/src/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: forbidden.flatMap((name) => [name, `${name}/*`]), message: why }, { group: forbidden.map((name) => `**/${name.split('/')[1]}/src/**`), message: why }] }],
    },
  };
}
