// GraphQL conventions client developers expect: HTTP caching, persisted queries, nodes, connections, filters, CORS.
import { createHash } from 'node:crypto';
import { isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { createToken } from '../../src/tokens.js';
import type { Api } from '../../src/yoga.js';
import { PublishPoliciesDocument } from '../gql/graphql.js';
import { clinicFiles, graphql, openTestDatabase, testApi, type TestDatabase } from '../helpers.js';

let db: TestDatabase;
let api: Api;
let token: string;

const URL_BASE = 'http://clearframe.test/graphql';
const get = (query: string, headers: Record<string, string> = {}, variables?: object) =>
  api.fetch(`${URL_BASE}?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`, {
    headers: { accept: 'application/graphql-response+json', ...headers },
  });
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read by shape in each test
type Json = any;
const post = async (query: string, variables: object = {}) => {
  const response = await api.fetch(URL_BASE, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data: Json; errors?: { message: string; extensions?: { code?: string } }[] };
};
interface Versions {
  totalCount: number;
  edges: { cursor: string; node: { number: number } }[];
}
const numbers = (versions: Versions) => versions.edges.map((e) => e.node.number);

beforeAll(async () => {
  db = await openTestDatabase();
  api = testApi(db.store);
  for (const clinic of ['riverbend', 'harbor-view']) {
    ({ token } = await createToken(db.store, clinic));
    const published = await graphql(api)(PublishPoliciesDocument, { input: { clinic, files: clinicFiles(clinic) } }, { token });
    expect(published.data?.publishPolicies.status).toBe('PUBLISHED');
  }
  // Two more versions of harbor-view's policy (its clinic defaults change), for paging versions both ways.
  for (const note of ['second', 'third']) {
    const files = clinicFiles('harbor-view').map((f) => (f.path.endsWith('clinic.yaml') ? { ...f, source: f.source.replace(/^spec:\n/m, `spec:\n  concerns:\n    note: ${note}\n`) } : f));
    const published = await graphql(api)(PublishPoliciesDocument, { input: { clinic: 'harbor-view', files } }, { token });
    expect(published.data?.publishPolicies.status).toBe('PUBLISHED');
  }
});

afterAll(() => db?.close());

describe('HTTP caching of public GET queries', () => {
  const query = '{ clinics(first: 5) { totalCount edges { node { slug } } } }';

  it('sends Cache-Control and an ETag, and 304 without a body when If-None-Match matches', async () => {
    const first = await get(query);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers.get('vary')).toMatch(/Accept/);
    expect(((await first.json()) as { data: { clinics: { totalCount: number } } }).data.clinics.totalCount).toBe(2);

    const again = await get(query, { 'if-none-match': etag! });
    expect([again.status, await again.text(), again.headers.get('etag')]).toEqual([304, '', etag]);
    const weak = await get(query, { 'if-none-match': `"other", W/${etag}` });
    expect(weak.status).toBe(304);
    const stale = await get(query, { 'if-none-match': '"something-else"' });
    expect(stale.status).toBe(200);
  });

  it('gives the same ETag to the same answer and another to a different one', async () => {
    const a = (await get(query)).headers.get('etag');
    const b = (await get(query)).headers.get('etag');
    const c = (await get('{ clinics(first: 1) { totalCount } }')).headers.get('etag');
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('never lets a shared cache keep POSTs, answers with errors, or requests with a token', async () => {
    const posted = await api.fetch(URL_BASE, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect([posted.headers.get('cache-control'), posted.headers.get('etag')]).toEqual(['no-store', null]);
    const failed = await get('{ clinic(slug: "nowhere") { slug } }');
    expect([failed.headers.get('cache-control'), failed.headers.get('etag')]).toEqual(['no-store', null]);
    const authorized = await get(query, { authorization: `Bearer ${token}` });
    expect(authorized.status).toBe(200);
    expect([authorized.headers.get('cache-control'), authorized.headers.get('etag')]).toEqual(['no-store', null]);
  });
});

describe('automatic persisted queries (Apollo protocol)', () => {
  const query = '{ rules { id } }';
  const hash = createHash('sha256').update(query).digest('hex');
  const extensions = (sha256Hash: string) => encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));

  it('answers a hash it does not know with PersistedQueryNotFound, then serves it by hash once registered', async () => {
    const unknown = await api.fetch(`${URL_BASE}?extensions=${extensions(hash)}`);
    const missing = (await unknown.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(missing.errors[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });

    const registered = await api.fetch(`${URL_BASE}?query=${encodeURIComponent(query)}&extensions=${extensions(hash)}`);
    expect(((await registered.json()) as { data: { rules: unknown[] } }).data.rules.length).toBeGreaterThan(10);

    const byHash = await api.fetch(`${URL_BASE}?extensions=${extensions(hash)}`);
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=60');
    expect(((await byHash.json()) as { data: { rules: { id: string }[] } }).data.rules.map((r) => r.id)).toContain('turnaround-required');
  });

  it('works over POST too, as Apollo Client sends it by default', async () => {
    const other = '{ rules { id source } }';
    const sha256Hash = createHash('sha256').update(other).digest('hex');
    const send = async (body: object) => (await api.fetch(URL_BASE, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
    const persistedQuery = { version: 1, sha256Hash };
    expect(await send({ extensions: { persistedQuery } })).toMatchObject({ errors: [{ message: 'PersistedQueryNotFound' }] });
    expect(await send({ query: other, extensions: { persistedQuery } })).toMatchObject({ data: { rules: expect.any(Array) } });
    expect(await send({ extensions: { persistedQuery } })).toMatchObject({ data: { rules: expect.any(Array) } });
  });

  it('refuses a query whose hash does not match', async () => {
    const wrong = await api.fetch(`${URL_BASE}?query=${encodeURIComponent(query)}&extensions=${extensions('0'.repeat(64))}`);
    expect(((await wrong.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/mismatch/i);
  });
});

describe('nodes(ids:)', () => {
  it('returns null for a malformed or unknown id and still returns the others', async () => {
    const { data } = await post('{ clinics(first: 1) { edges { node { id slug } } } }');
    const clinic = data.clinics.edges[0].node;
    const notAClinic = Buffer.from('Clinic:abc').toString('base64');
    const unknownType = Buffer.from('Secret:1').toString('base64');
    const missingRow = Buffer.from('Clinic:999999').toString('base64');
    const answer = await post('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Clinic { slug } } }', {
      ids: [clinic.id, 'not base64 at all!', notAClinic, unknownType, missingRow],
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.nodes).toEqual([{ id: clinic.id, slug: clinic.slug }, null, null, null, null]);
  });
});

describe('connections', () => {
  const connectionFields = () =>
    Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type: GraphQLObjectType) => Object.values(type.getFields()).map((field) => ({ owner: type.name, field })))
      .filter(({ field }) => field.args.some((a) => a.name === 'first'));

  it('have one naming scheme (<Node>Connection, <Node>Edge), totalCount and first/after/last/before everywhere', () => {
    const found = connectionFields();
    expect(found.map(({ owner, field }) => `${owner}.${field.name}`).sort()).toEqual(['Clinic.policies', 'Policy.versions', 'Query.clinics', 'Query.policies']);
    for (const { owner, field } of found) {
      const type = field.type.toString().replace(/!$/, '');
      const node = (schema.getType(type) as GraphQLObjectType).getFields().edges!.type.toString().replace(/^\[(\w+)Edge!\]!$/, '$1');
      expect(type, `${owner}.${field.name}`).toBe(`${node}Connection`);
      expect(Object.keys((schema.getType(type) as GraphQLObjectType).getFields()).sort()).toEqual(['edges', 'pageInfo', 'totalCount']);
      expect(field.args.map((a) => a.name).filter((n) => ['first', 'after', 'last', 'before'].includes(n)).sort(), `${owner}.${field.name}`).toEqual(['after', 'before', 'first', 'last']);
    }
  });

  it('page a clinic\'s policies backwards and count them', async () => {
    const all = await post('{ clinic(slug: "riverbend") { policies { totalCount edges { cursor node { slug } } } } }');
    const edges = all.data.clinic.policies.edges as { cursor: string; node: { slug: string } }[];
    expect(all.data.clinic.policies.totalCount).toBe(edges.length);
    expect(edges.map((e) => e.node.slug)).toEqual(['jane-rivera', 'sam-okafor']);
    const last = await post('{ clinic(slug: "riverbend") { policies(last: 1) { totalCount pageInfo { hasPreviousPage hasNextPage } edges { node { slug } } } } }');
    expect(last.data.clinic.policies).toEqual({ totalCount: 2, pageInfo: { hasPreviousPage: true, hasNextPage: false }, edges: [{ node: { slug: 'sam-okafor' } }] });
    const before = await post('query($c: String) { clinic(slug: "riverbend") { policies(last: 5, before: $c) { edges { node { slug } } } } }', { c: edges[1]!.cursor });
    expect(before.data.clinic.policies.edges).toEqual([{ node: { slug: 'jane-rivera' } }]);
  });

  it('page versions (newest first) forwards and backwards, in one query for many policies', async () => {
    const query = `{ clinics { edges { node { slug policies { edges { node { slug
      newest: versions(first: 2) { totalCount edges { cursor node { number } } }
      oldest: versions(last: 2) { totalCount edges { cursor node { number } } } } } } } } } }`;
    const before = db.store.queryCount;
    const { data, errors } = await post(query);
    const statements = db.store.queryCount - before;
    expect(errors).toBeUndefined();
    const alex = (data.clinics.edges as Json[]).find((e) => e.node.slug === 'harbor-view').node.policies.edges[0].node as { newest: Versions; oldest: Versions };
    expect(alex.newest.totalCount).toBe(3);
    expect(numbers(alex.newest)).toEqual([3, 2]);
    expect(numbers(alex.oldest)).toEqual([2, 1]);
    // clinics, their policies, newest versions, oldest versions: batched, whatever the number of parents.
    expect(statements).toBeLessThanOrEqual(5);

    const cursor = alex.newest.edges[0]!.cursor;
    const older = await post('query($c: String) { clinic(slug: "harbor-view") { policies { edges { node { versions(after: $c) { edges { node { number } } } } } } } }', { c: cursor });
    expect(numbers(older.data.clinic.policies.edges[0].node.versions)).toEqual([2, 1]);
    const newer = await post('query($c: String) { clinic(slug: "harbor-view") { policies { edges { node { versions(last: 5, before: $c) { edges { node { number } } } } } } } }', {
      c: alex.oldest.edges[0]!.cursor,
    });
    expect(numbers(newer.data.clinic.policies.edges[0].node.versions)).toEqual([3]);
    const notANumber = await post('query($c: String) { policy(clinic: "harbor-view", id: "alex-morgan") { versions(after: $c) { totalCount } } }', {
      c: Buffer.from('abc').toString('base64url'),
    });
    expect(notANumber.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('filters', () => {
  const slugs = async (filter: object) => {
    const { data, errors } = await post('query($f: PolicyFilter) { policies(filter: $f, first: 100) { totalCount edges { node { slug } } } }', { f: filter });
    expect(errors).toBeUndefined();
    return (data.policies.edges as { node: { slug: string } }[]).map((e) => e.node.slug);
  };

  it('match jurisdictions in any case', async () => {
    const upper = await slugs({ jurisdiction: 'US-CA' });
    expect(upper.length).toBeGreaterThan(0);
    expect(await slugs({ jurisdiction: 'us-ca' })).toEqual(upper);
    expect(await slugs({ jurisdiction: 'us' })).toEqual(await slugs({ jurisdiction: 'US' }));
    const bad = await post('{ policies(filter: { jurisdiction: "u$" }) { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('find policies that offer video without saying where the clinician is licensed', async () => {
    const { data } = await post('{ policies(first: 100) { edges { node { slug spec { contact { methods { kind offered } } telehealth { licensedIn } } } } } }');
    interface Spec {
      contact: { methods: { kind: string; offered: boolean }[] | null } | null;
      telehealth: { licensedIn: string[] | null } | null;
    }
    const expected = (data.policies.edges as { node: { slug: string; spec: Spec } }[])
      .filter(({ node: { spec } }) => spec.contact?.methods?.some((m) => m.kind === 'VIDEO' && m.offered) && !spec.telehealth?.licensedIn?.length)
      .map((e) => e.node.slug);
    const without = await slugs({ videoWithoutLicensure: true });
    const rest = await slugs({ videoWithoutLicensure: false });
    expect(without).toEqual(expected);
    expect([...without, ...rest].sort()).toEqual((await slugs({})).sort());
    expect(rest.filter((slug) => without.includes(slug))).toEqual([]);
  });
});

describe('CORS', () => {
  const preflight = (target: Api, origin: string) =>
    target.fetch(URL_BASE, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('CLEARFRAME_CORS_ORIGINS=* allows any origin and never sends credentials', async () => {
    const open = testApi(db.store, { corsOrigins: ['*'] });
    const answer = await preflight(open, 'https://anywhere.example');
    expect(answer.headers.get('access-control-allow-origin')).toMatch(/^(\*|https:\/\/anywhere\.example)$/);
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    const actual = await open.fetch(`${URL_BASE}?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: 'https://anywhere.example' } });
    expect(actual.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('named origins do not get credentials either (tokens travel in a header, not cookies)', async () => {
    const named = testApi(db.store, { corsOrigins: ['https://app.example'] });
    const answer = await preflight(named, 'https://app.example');
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
