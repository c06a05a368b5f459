import { defineConfig } from 'vitest/config';

// test/db/ runs twice: on PGlite and on a throwaway PostgreSQL 15 (or DATABASE_URL). test/pg/ needs PostgreSQL.
export default defineConfig({
  // graphql 16 has no exports map: Node loads its CJS "main", Vite would pick its "module". Load the one Node
  // loads, or the tests would see two GraphQLError classes (and yoga would mask every expected error).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'pglite', include: ['test/**/*.test.ts'], exclude: ['test/pg/**'], globalSetup: ['test/setup/build.ts'] },
      },
      {
        extends: true,
        test: { name: 'postgres', include: ['test/db/**/*.test.ts', 'test/pg/**/*.test.ts'], globalSetup: ['test/setup/build.ts', 'test/setup/postgres.ts'] },
      },
    ],
  },
});
