// A version links to its commit when the config published with it names the repository.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/tokens.js';
import { clinicFiles, graphql, openTestDatabase, testApi, type TestDatabase } from '../helpers.js';

type Loose = { publishPolicies: { status: string; changes: { filePath: string; version: { number: number; commit: string | null; commitUrl: string | null } }[] } };
const PUBLISH = parse(`mutation($input: PublishPoliciesInput!) {
  publishPolicies(input: $input) { status changes { filePath version { number commit commitUrl } } }
}`) as TypedDocumentNode<Loose, { input: Record<string, unknown> }>;

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

describe('PolicyVersion.commitUrl', () => {
  it('links a commit hash to the repository named in the config, per forge, and never links anything else', async () => {
    const request = graphql(testApi(db.store));
    const token = (await createToken(db.store, 'riverbend', 'ci')).token;
    const sha = '3f9a1c2b7d4e5f60718293a4b5c6d7e8f9012345';
    const publish = async (repository: string | undefined, commit: string, edit: string) => {
      const files = clinicFiles('riverbend').map((f) => (f.path.endsWith('jane-rivera.yaml') ? { ...f, source: f.source.replace(/title: .*/, `title: ${edit}`) } : f));
      const config = repository ? { path: 'clearframe.config.yaml', source: `repository: ${repository}\n` } : undefined;
      const result = await request(PUBLISH, { input: { clinic: 'riverbend', files, commit, ...(config ? { config } : {}) } }, { token });
      expect(result.data?.publishPolicies.status, JSON.stringify(result.errors)).toBe('PUBLISHED');
      return result.data!.publishPolicies.changes.find((c) => c.filePath.endsWith('jane-rivera.yaml'))!.version;
    };
    expect((await publish('https://github.com/riverbend/policies', sha, 'One')).commitUrl).toBe(`https://github.com/riverbend/policies/commit/${sha}`);
    expect((await publish('https://gitlab.example/clinics/riverbend.git', sha, 'Two')).commitUrl).toBe(`https://gitlab.example/clinics/riverbend/-/commit/${sha}`);
    expect((await publish('https://github.com/riverbend/policies', 'manual upload', 'Three')).commitUrl).toBeNull();
    expect((await publish(undefined, sha, 'Four')).commitUrl).toBeNull();
  });

  it('refuses a repository that is not an https address, naming the field', async () => {
    const request = graphql(testApi(db.store));
    const token = (await createToken(db.store, 'riverbend', 'ci2')).token;
    const config = { path: 'clearframe.config.yaml', source: 'repository: javascript:alert(1)\n' };
    const result = await request(PUBLISH, { input: { clinic: 'riverbend', files: clinicFiles('riverbend'), config } }, { token });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/clearframe\.config\.yaml:1:1 "repository" is "javascript:alert\(1\)"; use the repository's web address starting with https:\/\//) });
  });
});
