import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { PostgresStore } from '../../src/store/postgres.js';
import type { Api } from '../../src/yoga.js';
import { ClinicListDocument } from '../gql/graphql.js';
import { graphql, openTestDatabase, rawRequest, testApi, type TestDatabase } from '../helpers.js';

let db: TestDatabase;
let api: Api;

beforeAll(async () => {
  db = await openTestDatabase();
  api = testApi(db.store);
});

afterAll(() => db?.close());

const query = (target: Api, text: string, variables: Record<string, unknown> = {}) => rawRequest(target, JSON.stringify({ query: text, variables }));
const nested = (depth: number) => `{ clinics { edges { node { ${'policies { edges { node { clinic { '.repeat(depth)} slug ${'} } } } '.repeat(depth)} } } } }`;

describe('bad requests get a stable code and no data', () => {
  it.each([
    ['malformed JSON', () => rawRequest(api, '{"query": '), 'BAD_REQUEST'],
    ['malformed query', () => query(api, '{ clinics { edges { node { slug } }'), 'GRAPHQL_PARSE_FAILED'],
    ['unknown field', () => query(api, '{ clinics { edges { node { nickname } } } }'), 'GRAPHQL_VALIDATION_FAILED'],
    ['wrong variable type', () => query(api, 'query($slug: String!) { clinic(slug: $slug) { slug } }', { slug: 42 }), 'BAD_USER_INPUT'],
    ['invalid date', () => query(api, 'query($d: Date) { policies(filter: { reviewedBefore: $d }) { totalCount } }', { d: '2026-02-30' }), 'BAD_USER_INPUT'],
    ['over-deep query', () => query(api, nested(3)), 'QUERY_TOO_COMPLEX'],
    ['too many aliases', () => query(api, `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: rules { id }`).join(' ')} }`), 'QUERY_TOO_COMPLEX'],
    ['too many tokens', () => query(api, `{ ${'rules { id } '.repeat(1_000)} }`), 'QUERY_TOO_COMPLEX'],
    [
      'too costly',
      () => query(api, '{ policies(first: 100) { edges { node { versions(first: 100) { edges { node { findings { ruleId message line column path } } } } } } } }'),
      'QUERY_TOO_COMPLEX',
    ],
  ])('%s', async (_name, send, code) => {
    const response = await send();
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.data ?? null).toBeNull();
  });

  it('accepts a query at the depth limit', async () => {
    const response = await query(api, nested(2));
    expect(response.errors).toBeUndefined();
  });

  it('refuses a mutation sent with GET', async () => {
    const response = await api.fetch('http://clearframe.test/graphql?query=' + encodeURIComponent('mutation { publishPolicies(input: { clinic: "x", files: [] }) { status } }'));
    expect(response.status).toBe(405);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });
});

describe('production mode', () => {
  const production = () => testApi(db.store, { production: true });

  it('switches introspection off but keeps __typename', async () => {
    const off = await query(production(), '{ __schema { queryType { name } } }');
    expect(off.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await query(production(), '{ __typename }')).data).toEqual({ __typename: 'Query' });
    expect((await query(api, '{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await query(testApi(db.store, { production: true, introspection: true }), '{ __type(name: "Policy") { name } }')).data).toEqual({ __type: { name: 'Policy' } });
  });

  it('does not suggest field names', async () => {
    const development = await query(api, '{ clinics { edges { node { slugg } } } }');
    expect(development.errors?.[0]?.message).toMatch(/Did you mean "slug"/);
    const hidden = await query(production(), '{ clinics { edges { node { slugg } } } }');
    expect(hidden.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(hidden.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('CORS', () => {
  const preflight = (target: Api, origin: string) =>
    target.fetch('http://clearframe.test/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });

  it('allows only the configured origins', async () => {
    const configured = testApi(db.store, { corsOrigins: ['https://app.example'] });
    const allowed = await preflight(configured, 'https://app.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    expect((await preflight(configured, 'https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });

  it('sends no CORS headers by default (same origin only)', async () => {
    expect((await preflight(api, 'https://app.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('database outages', () => {
  it('are SERVICE_UNAVAILABLE (503) for the client, with no detail, and logged in full for the operator', async () => {
    const lines: string[] = [];
    const unreachable = new PostgresStore('postgres://nobody:secret@127.0.0.1:9/nowhere', { poolSize: 1 });
    try {
      const broken = testApi(unreachable, { logger: createLogger('error', (line) => lines.push(line)) });
      const response = await graphql(broken)(ClinicListDocument, { first: 1 });
      expect(response.errors).toEqual([
        {
          message: 'the database is not available right now; nothing was written — try again shortly',
          locations: expect.any(Array),
          path: ['clinics'],
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ]);
      expect(JSON.stringify(response)).not.toMatch(/ECONNREFUSED|stack|127\.0\.0\.1|secret/);
      expect(lines.join('\n')).toMatch(/database unavailable.*ECONNREFUSED/);
    } finally {
      await unreachable.close();
    }
  });
});

describe('unexpected errors', () => {
  it('are masked for the client and logged in full for the operator', async () => {
    const lines: string[] = [];
    const closed = await openTestDatabase();
    await closed.close();
    const broken = testApi(closed.store, { logger: createLogger('error', (line) => lines.push(line)) });
    const response = await graphql(broken)(ClinicListDocument, { first: 1 });
    expect(response.errors).toEqual([{ message: 'Unexpected error.', locations: expect.any(Array), path: ['clinics'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(response)).not.toMatch(/stack|closed/i);
    expect(lines.length).toBeGreaterThan(0);
  });
});
