// The typed operations in src/gql are generated from ../api/schema.graphql and the documents in src/pages, and committed:
// this fails when either changed without `npm run codegen -w @clearframe/web`.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { WEB_DIR } from './api-server.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const CODEGEN_BIN = join(dirname(require.resolve('@graphql-codegen/cli/package.json')), 'esm/bin.js');

it('src/gql is up to date with the API schema and the pages’ operations', async () => {
  try {
    await run(process.execPath, [CODEGEN_BIN, '--config', 'codegen.ts', '--check'], { cwd: WEB_DIR, timeout: 60_000 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    expect.fail(`graphql-codegen --check failed:\n${stdout}${stderr}\nRun \`npm run codegen -w @clearframe/web\` and commit src/gql.`);
  }
});
