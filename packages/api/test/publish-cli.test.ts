import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The linter's `clearframe publish` command, as built (packages/linter/dist): it runs against the real API below.
import { publishCommand } from '../../linter/dist/publish.js';
import type { HttpServer } from '../src/http.js';
import { openStore, type Store } from '../src/store/index.js';
import { createToken } from '../src/tokens.js';
import { FIXTURES, serveForTests } from './helpers.js';

let store: Store;
let server: HttpServer;
let api: string;
let repo: string;
let riverbend: string;
let harbor: string;

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://' });
  ({ server, url: api } = await serveForTests(store));
  repo = mkdtempSync(join(tmpdir(), 'clearframe-publish-'));
  cpSync(FIXTURES, repo, { recursive: true });
  riverbend = (await createToken(store, 'riverbend')).token;
  harbor = (await createToken(store, 'harbor-view')).token;
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(repo, { recursive: true, force: true });
});

async function publish(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await publishCommand(args, { cwd: repo, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('clearframe publish', () => {
  it('publishes a clinic directory, adding the clinic.yaml its policies extend, and prints what changed', async () => {
    const first = await publish(['--api', api, '--token', riverbend, '--commit', 'abc123', 'clinics/riverbend/policies']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe(
      [
        'riverbend: published',
        '  created   clinics/riverbend/policies/jane-rivera.yaml → riverbend/jane-rivera v1',
        '  created   clinics/riverbend/policies/sam-okafor.yaml → riverbend/sam-okafor v1 (1 warning)',
        '',
      ].join('\n'),
    );
    const again = await publish(['--api', `${api}/graphql`, '--token', riverbend, 'clinics/riverbend']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^riverbend: unchanged, nothing to publish\n {2}unchanged clinics\/riverbend\/policies\/jane-rivera.yaml → riverbend\/jane-rivera v1\n/);
  });

  it('exits 1 and prints file:line findings when the server rejects the files', async () => {
    const path = join(repo, 'clinics/riverbend/policies/sam-okafor.yaml');
    const original = (await import('node:fs')).readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('      confidentialityNote: A connection can show others that you see me; we will talk it through first.\n', ''));
    try {
      const result = await publish(['--api', api, '--token', riverbend, 'clinics/riverbend']);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('riverbend: rejected, nothing was published.');
      expect(result.stdout).toMatch(/ {2}clinics\/riverbend\/policies\/sam-okafor\.yaml:18:\d+ {2}error {2}.+ {2}friending-confidentiality\n/);
    } finally {
      writeFileSync(path, original);
    }
  });

  it('exits 2 when the token belongs to another clinic, or is wrong', async () => {
    const forbidden = await publish(['--api', api, '--token', harbor, 'clinics/riverbend']);
    expect(forbidden.code).toBe(2);
    expect(forbidden.stderr).toMatch(/refused the publish \(FORBIDDEN\)/);
    const wrong = await publish(['--api', api, '--token', 'cf_000000000000_xyz', 'clinics/riverbend']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/UNAUTHENTICATED/);
  });

  it('publishes each clinic of a repository with --clinic or per directory', async () => {
    const result = await publish(['--api', api, '--token', harbor, 'clinics/harbor-view']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^harbor-view: published\n {2}created {3}clinics\/harbor-view\/policies\/alex-morgan.yaml → harbor-view\/alex-morgan v1 \(1 info\)\n$/);
  });

  it('exits 2 on usage and network errors', async () => {
    expect((await publish(['--token', riverbend])).stderr).toMatch(/--api URL is required/);
    expect((await publish(['--api', api])).code).toBe(2);
    expect((await publish(['--api', 'not a url', '--token', riverbend])).code).toBe(2);
    expect((await publish(['--api', api, '--token', riverbend, 'no/such/dir'])).code).toBe(2);
    const homeless = join(repo, 'policy.yaml');
    writeFileSync(homeless, 'apiVersion: clearframe/v1\n');
    try {
      const result = await publish(['--api', api, '--token', riverbend, 'policy.yaml']);
      expect([result.code, result.stderr]).toEqual([2, expect.stringMatching(/cannot tell the clinic of policy.yaml/)]);
    } finally {
      rmSync(homeless);
    }
    const { server: closed, port } = await serveForTests(store);
    await closed.close();
    const unreachable = await publish(['--api', `http://127.0.0.1:${port}`, '--token', riverbend, 'clinics/riverbend']);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(/cannot reach the API at http:\/\/127\.0\.0\.1:\d+\/graphql: ECONNREFUSED/);
  });
});
