import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations for the pages: each page writes its query with graphql() from src/gql, next to the code that renders it.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      // Each section of a page reads only the fields its own fragment asks for.
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        importExtension: '.js',
        // Documents are sent as strings: no GraphQL parser in the browser bundle.
        documentMode: 'string',
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
