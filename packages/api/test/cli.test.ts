import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClinicListDocument, PolicyPageDocument, PublishPoliciesDocument } from './gql/graphql.js';
import { clinicFiles, FIXTURES } from './helpers.js';
import { childEnv, post, runCli, startServer } from './processes.js';

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'clearframe-cli-'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('clearframe-api token', () => {
  it('creates a token, prints it once, lists and revokes it', async () => {
    const env = childEnv({ CLEARFRAME_DATA_DIR: join(work, 'tokens-db') });
    const created = await runCli(['token', 'create', '--clinic', 'riverbend', '--label', 'GitHub Actions'], env);
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^cf_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toMatch(/shown once/);
    const id = token.slice(3, 15);

    const listed = await runCli(['token', 'list'], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+riverbend\\s+active\\s+.*GitHub Actions`));
    expect(listed.stdout).not.toContain(token.slice(16));

    expect(await runCli(['token', 'revoke', id], env)).toMatchObject({ code: 0, stdout: `Revoked token ${id}.\n` });
    expect((await runCli(['token', 'list', '--clinic', 'riverbend'], env)).stdout).toMatch(new RegExp(`${id}\\s+riverbend\\s+revoked`));
    expect((await runCli(['token', 'revoke', id], env)).code).toBe(1);
  });

  it('exits 2 on usage errors', async () => {
    const env = childEnv({ CLEARFRAME_DATA_DIR: join(work, 'usage-db') });
    for (const args of [['token', 'create'], ['token', 'create', '--clinic', 'Not A Slug'], ['token', 'explode'], ['token', 'revoke'], ['frobnicate'], ['serve', '--port', 'eighty'], ['serve', '--bogus']]) {
      const result = await runCli(args, env);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^clearframe-api: /);
    }
  });
});

describe('clearframe-api serve', () => {
  it('publishes the lint-clean policies of a repository at start-up, serves them, and stops cleanly on SIGTERM', async () => {
    const repo = join(work, 'repo');
    cpSync(FIXTURES, repo, { recursive: true });
    writeFileSync(join(repo, 'clinics/riverbend/policies/broken.yaml'), 'apiVersion: clearframe/v1\nkind: CommunicationPolicy\nmetadata:\n  id: broken\n  jurisdiction: US-CA\nspec: {}\n');
    mkdirSync(join(repo, 'clinics/riverbend/drafts'));
    writeFileSync(join(repo, 'clinics/riverbend/drafts/jane-rivera.yaml'), clinicFiles('riverbend').find((f) => f.path.endsWith('jane-rivera.yaml'))!.source);
    // The server lints with today's date: switch the date rule off so the outcome does not depend on when the test runs.
    writeFileSync(join(repo, 'clearframe.config.yaml'), 'exclude: ["**/drafts/**"]\nrules:\n  following-clients: "off"\n  policy-review-stale: "off"\n');
    const web = join(work, 'web');
    mkdirSync(web);
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>web</title>');
    const env = childEnv({ CLEARFRAME_DATA_DIR: join(work, 'serve-db') });

    const server = await startServer(['--policies', repo, '--web-dir', web], env);
    try {
      expect(server.logs).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'not published: lint errors', file: 'clinics/riverbend/policies/broken.yaml' }));
      expect(server.logs).toContainEqual(expect.objectContaining({ msg: 'published clinic', clinic: 'riverbend', created: 2, skipped: ['clinics/riverbend/policies/broken.yaml'] }));
      expect(server.logs).toContainEqual(expect.objectContaining({ msg: 'published clinic', clinic: 'harbor-view', created: 1 }));

      const page = await post(server.url, PolicyPageDocument, { first: 10 });
      expect(page.data!.policies.edges.map((e) => `${e.node.clinic.slug}/${e.node.slug}/${e.node.lintStatus}`)).toEqual([
        'harbor-view/alex-morgan/INFO',
        'riverbend/jane-rivera/CLEAN',
        // following-clients is off in the repository's config
        'riverbend/sam-okafor/CLEAN',
      ]);
      expect(await (await fetch(`${server.url}/`)).text()).toContain('<title>web</title>');
      expect((await fetch(`${server.url}/ready`)).status).toBe(200);
      // The data directory belongs to the running server.
      const locked = await runCli(['token', 'create', '--clinic', 'riverbend'], env);
      expect(locked.code).toBe(1);
      expect(locked.stderr).toMatch(/in use by process \d+/);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(server.logs.map((l) => l.msg).slice(-2)).toEqual(['shutting down', 'stopped']);

    // Restarting on the same data: nothing changed, so nothing is written; the token made now works.
    const token = (await runCli(['token', 'create', '--clinic', 'riverbend'], env)).stdout.trim();
    const again = await startServer(['--policies', repo], env);
    try {
      expect(again.logs).toContainEqual(expect.objectContaining({ msg: 'published clinic', clinic: 'riverbend', created: 0, updated: 0, unchanged: 2 }));
      const clinics = await post(again.url, ClinicListDocument, { first: 10 });
      expect(clinics.data!.clinics.totalCount).toBe(2);
      const published = await post(again.url, PublishPoliciesDocument, { input: { clinic: 'riverbend', files: clinicFiles('riverbend') } }, token);
      expect(published.errors).toBeUndefined();
      expect(published.data!.publishPolicies.status).toBe('UNCHANGED');
    } finally {
      expect(await again.stop()).toBe(0);
    }
  });

  it('refuses to start on a missing policies directory', async () => {
    const result = await runCli(['serve', '--policies', join(work, 'nope'), '--port', '0'], childEnv({ CLEARFRAME_DATA_DIR: join(work, 'missing-db') }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/does not exist/);
  });
});
