import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the tests' operations (test/operations/*.graphql), from the committed schema.graphql. */
const config: CodegenConfig = {
  schema: './schema.graphql',
  documents: ['test/operations/*.graphql'],
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        importExtension: '.js',
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
