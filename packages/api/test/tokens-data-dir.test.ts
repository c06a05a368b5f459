// `npx clearframe-api token create` writes to the database the server uses, from any directory; while a server
// holds the embedded database the command says so and how to proceed, and writes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, storeLocation } from '../src/config.js';
import { clinicFiles } from './helpers.js';
import { childEnv, runCli, startServer } from './processes.js';

const PACKAGE = fileURLToPath(new URL('../', import.meta.url));
const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
const PUBLISH = 'mutation($input: PublishPoliciesInput!) { publishPolicies(input: $input) { status } }';

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'clearframe-tokens-'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the embedded database has one home', () => {
  it('defaults to packages/api/.data from the repository root and from the package alike', () => {
    expect(DEFAULT_DATA_DIR).toBe(join(PACKAGE, '.data'));
    for (const cwd of [REPOSITORY, PACKAGE, work]) expect(storeLocation({}, {}, cwd).dataDir, cwd).toBe(DEFAULT_DATA_DIR);
    expect(storeLocation({}, { CLEARFRAME_DATA_DIR: '' }, REPOSITORY).dataDir).toBe(DEFAULT_DATA_DIR);
    expect(storeLocation({}, { CLEARFRAME_DATA_DIR: 'db' }, work).dataDir).toBe(join(work, 'db'));
  });
});

describe('token create while the server runs', () => {
  it('says the server holds the data directory and how to proceed; nothing is written; afterwards the token works', async () => {
    const env = childEnv({ CLEARFRAME_DATA_DIR: join(work, 'db') });
    const server = await startServer([], env, PACKAGE);
    let stopped = false;
    try {
      const refused = await runCli(['token', 'create', '--clinic', 'riverbend'], env, REPOSITORY);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(new RegExp(`in use by process ${server.child.pid}`));
      expect(refused.stderr).toMatch(/Stop it \(Ctrl-C in its terminal\), run this command again, then start the server again; nothing was written/);
      expect(refused.stderr).not.toMatch(/\n\s+at /);
      expect(await server.stop()).toBe(0);
      stopped = true;

      expect((await runCli(['token', 'list'], env, REPOSITORY)).stdout.trim().split('\n')).toHaveLength(1);
      const created = await runCli(['token', 'create', '--clinic', 'riverbend'], env, REPOSITORY);
      expect(created.code).toBe(0);
      const again = await startServer([], env, PACKAGE);
      try {
        const response = await fetch(`${again.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${created.stdout.trim()}` },
          body: JSON.stringify({ query: PUBLISH, variables: { input: { clinic: 'riverbend', files: clinicFiles('riverbend') } } }),
        });
        expect(((await response.json()) as { data: { publishPolicies: { status: string } } }).data.publishPolicies.status).toBe('PUBLISHED');
      } finally {
        await again.stop();
      }
    } finally {
      if (!stopped) await server.stop();
    }
  }, 180_000);
});
