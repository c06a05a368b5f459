import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeToken } from '../../src/store/tokens.js';
import { createToken } from '../../src/tokens.js';
import type { Api } from '../../src/yoga.js';
import { PolicyChangesDocument, PolicyHistoryDocument, PolicyVersionDocument, PublishPoliciesDocument, type PublishPoliciesMutationVariables } from '../gql/graphql.js';
import { clinicFiles, graphql, openTestDatabase, rawRequest, snapshot, testApi, withFile, type TestDatabase } from '../helpers.js';

const JANE = 'clinics/riverbend/policies/jane-rivera.yaml';
const SAM = 'clinics/riverbend/policies/sam-okafor.yaml';
const CLINIC = 'clinics/riverbend/clinic.yaml';

let db: TestDatabase;
let api: Api;
let request: ReturnType<typeof graphql>;
let riverbend: string;
let harbor: string;

const input = (files = clinicFiles('riverbend'), commit?: string): PublishPoliciesMutationVariables => ({ input: { clinic: 'riverbend', files, ...(commit ? { commit } : {}) } });
const publish = (variables: PublishPoliciesMutationVariables, token: string | null = riverbend) => request(PublishPoliciesDocument, variables, token ? { token } : {});
const history = async (id = 'jane-rivera') => (await request(PolicyHistoryDocument, { clinic: 'riverbend', id, first: 100 })).data!.policy!.versions.edges.map((e) => e.node);

beforeAll(async () => {
  db = await openTestDatabase();
  api = testApi(db.store);
  request = graphql(api);
  riverbend = (await createToken(db.store, 'riverbend', 'ci')).token;
  harbor = (await createToken(db.store, 'harbor-view')).token;
});

afterAll(() => db?.close());

describe('publishPolicies', () => {
  it('creates version 1 of each policy, then treats unchanged content as a no-op', async () => {
    const first = await publish(input(undefined, 'a1b2c3'));
    expect(first.errors).toBeUndefined();
    expect(first.data!.publishPolicies).toMatchObject({
      status: 'PUBLISHED',
      clinic: { slug: 'riverbend', title: 'Riverbend Counseling' },
      rejected: [],
      changes: [
        { filePath: JANE, change: 'CREATED', policy: { slug: 'jane-rivera', lintStatus: 'CLEAN' }, version: { number: 1, commit: 'a1b2c3' } },
        { filePath: SAM, change: 'CREATED', policy: { slug: 'sam-okafor', lintStatus: 'WARNINGS' }, version: { number: 1 } },
      ],
    });
    const before = await snapshot(db.store);
    const again = await publish(input(undefined, 'd4e5f6'));
    expect(again.data!.publishPolicies.status).toBe('UNCHANGED');
    expect(again.data!.publishPolicies.changes.map((c) => [c.change, c.version.number, c.version.commit])).toEqual([
      ['UNCHANGED', 1, 'a1b2c3'],
      ['UNCHANGED', 1, 'a1b2c3'],
    ]);
    // Comments and formatting are not content: the effective policy is the same.
    const reformatted = withFile(clinicFiles('riverbend'), JANE, (s) => `# reviewed again, nothing to change\n${s}`);
    expect((await publish(input(reformatted))).data!.publishPolicies.status).toBe('UNCHANGED');
    expect(await snapshot(db.store)).toEqual(before);
  });

  it('adds an immutable version for each change, with what changed', async () => {
    const files = withFile(clinicFiles('riverbend'), JANE, (s) => s.replace('https://riverbend.example/policies/jane-rivera', 'https://riverbend.example/jane'));
    const second = await publish(input(files, 'bead00'));
    expect(second.data!.publishPolicies.changes.map((c) => [c.policy.slug, c.change, c.version.number])).toEqual([
      ['jane-rivera', 'UPDATED', 2],
      ['sam-okafor', 'UNCHANGED', 1],
    ]);
    const versions = await history();
    expect(versions.map((v) => [v.number, v.commit])).toEqual([
      [2, 'bead00'],
      [1, 'a1b2c3'],
    ]);
    expect(versions[0]!.changes).toEqual([{ path: '/spec/sharing/url', kind: 'CHANGED', before: 'https://riverbend.example/policies/jane-rivera', after: 'https://riverbend.example/jane' }]);
    expect(versions[1]!.changes).toEqual([]);
    expect(versions[0]!.contentHash).not.toBe(versions[1]!.contentHash);
  });

  it('re-publishes every policy whose effective content a clinic.yaml change touches', async () => {
    const files = withFile(clinicFiles('riverbend'), CLINIC, (s) => s.replace('within: 24h', 'within: 2 business days').replace('      - id: email\n', '      - id: portal\n        kind: portal\n        address: https://riverbend.example/portal\n        secure: true\n        setup: Sign up with the link we e-mail you.\n      - id: email\n'));
    const changed = withFile(files, JANE, (s) => s.replace('https://riverbend.example/policies/jane-rivera', 'https://riverbend.example/jane'));
    const result = await publish(input(changed));
    expect(result.data!.publishPolicies.changes.map((c) => [c.policy.slug, c.change, c.version.number])).toEqual([
      ['jane-rivera', 'UPDATED', 3],
      ['sam-okafor', 'UPDATED', 2],
    ]);
    const diff = await request(PolicyChangesDocument, { clinic: 'riverbend', id: 'sam-okafor', from: 1 });
    expect(diff.data!.policy!.changes).toMatchObject({ from: { number: 1 }, to: { number: 2 } });
    expect(diff.data!.policy!.changes.changes).toEqual([
      { path: '/spec/contact/methods/2', kind: 'ADDED', before: null, after: expect.objectContaining({ id: 'portal', kind: 'portal' }) },
      { path: '/spec/turnaround/within', kind: 'CHANGED', before: '24h', after: '2 business days' },
    ]);
    const old = await request(PolicyVersionDocument, { clinic: 'riverbend', id: 'sam-okafor', number: 1 });
    expect(old.data!.policy!.version).toMatchObject({ number: 1, spec: { turnaround: { note: expect.any(String) } } });
    const missing = await request(PolicyVersionDocument, { clinic: 'riverbend', id: 'sam-okafor', number: 9 });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badDiff = await request(PolicyChangesDocument, { clinic: 'riverbend', id: 'sam-okafor', from: 0 });
    expect(badDiff.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects a publish with lint errors as a whole, naming each file and line; nothing is written', async () => {
    const before = await snapshot(db.store);
    const files = [
      ...withFile(clinicFiles('riverbend'), SAM, (s) => s.replace('      confidentialityNote: A connection can show others that you see me; we will talk it through first.\n', '')),
      { path: 'clinics/riverbend/policies/new-person.yaml', source: 'apiVersion: clearframe/v1\nkind: CommunicationPolicy\nmetadata:\n  id: new-person\n  jurisdiction: US-CA\nspec:\n  turnaround: { within: 24h\n' },
    ];
    const result = await publish(input(files));
    expect(result.errors).toBeUndefined();
    const payload = result.data!.publishPolicies;
    expect(payload.status).toBe('REJECTED');
    expect(payload.changes).toEqual([]);
    const rejected = new Map(payload.rejected.map((r) => [r.filePath, r.messages]));
    expect([...rejected.keys()].sort()).toEqual(['clinics/riverbend/policies/new-person.yaml', SAM]);
    expect(rejected.get('clinics/riverbend/policies/new-person.yaml')![0]).toMatchObject({
      ruleId: 'schema',
      severity: 'ERROR',
      filePath: 'clinics/riverbend/policies/new-person.yaml',
      line: 8,
      message: expect.stringMatching(/YAML/),
    });
    expect(rejected.get(SAM)).toContainEqual(expect.objectContaining({ ruleId: 'friending-confidentiality', severity: 'ERROR', filePath: SAM, line: 18 }));
    expect(await snapshot(db.store)).toEqual(before);
  });

  it('refuses bad paths and a policy of another clinic with BAD_USER_INPUT; nothing is written', async () => {
    const before = await snapshot(db.store);
    for (const [path, pattern] of [
      ['../outside.yaml', /relative/],
      ['/etc/policy.yaml', /relative/],
      ['clinics/riverbend/notes.txt', /yaml/],
      [JANE, /twice/],
    ] as const) {
      const files = [...clinicFiles('riverbend'), { path, source: 'apiVersion: clearframe/v1\n' }];
      const result = await publish(input(files));
      expect(result.errors?.[0]?.extensions?.code, path).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(pattern);
    }
    const foreign = withFile(clinicFiles('riverbend'), SAM, (s) => s.replace('  id: sam-okafor\n', '  id: sam-okafor\n  clinic: harbor-view\n'));
    const mismatch = await publish(input(foreign));
    expect(mismatch.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('metadata.clinic') });
    expect((await publish({ input: { clinic: 'riverbend', files: [] } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await publish(input(undefined, 'x'.repeat(201)))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await snapshot(db.store)).toEqual(before);
  });

  it('keeps every one of 20 concurrent publishes to one policy, in order', async () => {
    const start = (await history()).length;
    const notes = Array.from({ length: 20 }, (_, i) => `Concurrent edit ${i}.`);
    const results = await Promise.all(
      notes.map((note) => publish(input(withFile(clinicFiles('riverbend'), JANE, (s) => s.replace('  sharing:\n', `  concerns:\n    note: ${note}\n  sharing:\n`))))),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const versions = (await history()).reverse();
    expect(versions).toHaveLength(start + 20);
    expect(versions.map((v) => v.number)).toEqual(Array.from({ length: start + 20 }, (_, i) => i + 1));
    const published = results.map((r) => r.data!.publishPolicies.changes.find((c) => c.policy.slug === 'jane-rivera')!.version.number).sort((a, b) => a - b);
    expect(published).toEqual(Array.from({ length: 20 }, (_, i) => start + i + 1));
    const times = versions.map((v) => Date.parse(v.publishedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const seen = new Set<string>();
    for (const v of versions.slice(start)) {
      const note = v.changes.find((c) => c.path === '/spec/concerns/note' || c.path === '/spec/concerns')!;
      seen.add(JSON.stringify(note.after));
    }
    expect(seen.size).toBe(20);
  });
});

describe('tokens', () => {
  it('needs a token to publish', async () => {
    const before = await snapshot(db.store);
    const result = await publish(input(), null);
    expect(result.errors?.[0]).toMatchObject({ path: ['publishPolicies'], extensions: { code: 'UNAUTHENTICATED' } });
    expect(await snapshot(db.store)).toEqual(before);
  });

  it('refuses a token of another clinic with FORBIDDEN and writes nothing', async () => {
    const before = await snapshot(db.store);
    const result = await publish(input(withFile(clinicFiles('riverbend'), JANE, (s) => s.replace('PsyD', 'PhD'))), harbor);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('harbor-view') });
    expect(result.status).toBe(403);
    expect(await snapshot(db.store)).toEqual(before);
  });

  it('refuses wrong, malformed and revoked tokens with UNAUTHENTICATED (HTTP 401)', async () => {
    const { id, token } = await createToken(db.store, 'riverbend');
    expect((await publish(input(), token)).errors).toBeUndefined();
    const before = await snapshot(db.store);
    const wrongSecret = riverbend.slice(0, -4) + (riverbend.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const headers of [{ authorization: `Bearer ${wrongSecret}` }, { authorization: 'Bearer cf_000000000000_nope' }, { authorization: riverbend }, { authorization: 'Basic dXNlcjpwYXNz' }]) {
      const result = await request(PublishPoliciesDocument, input(), { headers });
      expect(result.status, headers.authorization).toBe(401);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await revokeToken(db.store, id)).toBe(true);
    const revoked = await publish(input(withFile(clinicFiles('riverbend'), JANE, (s) => s.replace('PsyD', 'PhD'))), token);
    expect(revoked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await snapshot(db.store)).toEqual(before);
  });

  it('rate-limits failed token attempts per client', async () => {
    await db.store.query('DELETE FROM auth_failure'); // failures of the tests above count too: they share the database
    const limited = graphql(testApi(db.store, { auth: { maxFailures: 3, windowMs: 60_000 } }));
    for (let i = 0; i < 3; i++) expect((await limited(PublishPoliciesDocument, input(), { token: 'cf_123456789abc_guess' })).status).toBe(401);
    const blocked = await limited(PublishPoliciesDocument, input(), { token: riverbend });
    expect(blocked.status).toBe(429);
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('counts failures per forwarded client address when told to trust the proxy', async () => {
    await db.store.query('DELETE FROM auth_failure');
    const behindProxy = graphql(testApi(db.store, { auth: { maxFailures: 2, trustProxy: true } }));
    const from = (ip: string, token: string) => behindProxy(PublishPoliciesDocument, input(), { token, headers: { 'x-forwarded-for': `${ip}, 10.0.0.1` } });
    for (let i = 0; i < 2; i++) expect((await from('203.0.113.7', 'cf_123456789abc_guess')).status).toBe(401);
    expect((await from('203.0.113.7', riverbend)).status).toBe(429);
    expect((await from('198.51.100.2', riverbend)).errors).toBeUndefined();
  });
});

describe('payload size', () => {
  const big = () => JSON.stringify({ query: 'mutation($input: PublishPoliciesInput!) { publishPolicies(input: $input) { status } }', variables: input([{ path: JANE, source: `# ${'x'.repeat(1_100_000)}\n` }]) });

  it('refuses an oversized body with PAYLOAD_TOO_LARGE (HTTP 413) before parsing it; nothing is written', async () => {
    const before = await snapshot(db.store);
    const result = await rawRequest(api, big(), { authorization: `Bearer ${riverbend}` });
    expect(result.status).toBe(413);
    expect(result.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await snapshot(db.store)).toEqual(before);
  });

  it('counts the bytes of a body sent without Content-Length too', async () => {
    const bytes = new TextEncoder().encode(big());
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 65_536) controller.enqueue(bytes.subarray(i, i + 65_536));
        controller.close();
      },
    });
    const result = await rawRequest(api, stream, { authorization: `Bearer ${riverbend}` });
    expect(result.status).toBe(413);
    expect(result.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
