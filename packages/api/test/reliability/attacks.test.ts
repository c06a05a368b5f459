// Attacks on the API: token guessing, other clinics' and revoked tokens, SQL injection in every string argument,
// costly and malformed queries, huge bodies, markup in policy text, path traversal in published files.
// In-process through yoga.fetch where the HTTP layer does not matter; through a real server process where it does.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, isObjectType, isScalarType } from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_WEB_DIR } from '../../src/config.js';
import { revokeToken } from '../../src/store/tokens.js';
import { createToken as createStoredToken, verifyToken } from '../../src/tokens.js';
import type { Api } from '../../src/yoga.js';
import { clinicFiles as fixtureClinic, openTestDatabase, snapshot, testApi, type TestDatabase } from '../helpers.js';
import { childEnv } from '../processes.js';
import { clinicFiles, PUBLISH, report, rssOf, startQuietServer, stopQuietly, type QuietServer } from './harness.js';

let db: TestDatabase;
let api: Api;
let riverbend: string;
let harbor: string;
const figures: Record<string, unknown> = {};

interface Answer {
  status: number;
  text: string;
  ms: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function send(target: Api, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const started = performance.now();
  const response = await target.fetch('http://clearframe.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started, body: JSON.parse(text) as Answer['body'] };
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
const publishInput = (files: { path: string; source: string }[], commit = 'attack', clinic = 'riverbend') => ({ input: { clinic, files, commit } });

beforeAll(async () => {
  db = await openTestDatabase();
  api = testApi(db.store);
  riverbend = (await createStoredToken(db.store, 'riverbend')).token;
  harbor = (await createStoredToken(db.store, 'harbor-view')).token;
  for (const [clinic, token] of [['riverbend', riverbend], ['harbor-view', harbor]] as const) {
    const published = await send(api, PUBLISH, publishInput(fixtureClinic(clinic), 'initial', clinic), token);
    expect((published.body.data?.publishPolicies as { status: string }).status).toBe('PUBLISHED');
  }
});

// Failed token attempts are counted in the database (shared by every instance): each test starts from none.
afterEach(async () => {
  await db.store.query('DELETE FROM auth_failure');
});

afterAll(async () => {
  await db?.close();
  report('reliability-attacks', figures);
});

describe('tokens', () => {
  it('guessing is rate-limited: 10 wrong tokens, then 429 with Retry-After even for the right one; reading stays open', async () => {
    const guarded = testApi(db.store);
    const before = await snapshot(db.store);
    for (let i = 0; i < 10; i++) {
      const guess = `cf_${randomBytes(6).toString('hex')}_${randomBytes(32).toString('base64url')}`;
      const answer = await send(guarded, PUBLISH, publishInput(fixtureClinic('riverbend')), guess);
      expect([answer.status, codeOf(answer)]).toEqual([401, 'UNAUTHENTICATED']);
    }
    const limited = await guarded.fetch('http://clearframe.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${riverbend}` },
      body: JSON.stringify({ query: PUBLISH, variables: publishInput(fixtureClinic('riverbend')) }),
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await send(guarded, '{ clinics(first: 1) { totalCount } }')).status).toBe(200);
    expect(await snapshot(db.store)).toEqual(before);
  });

  it('a wrong token costs the same database work whether its id is unknown or its secret is wrong at the start or the end', async () => {
    // No early exit: an unknown id is still looked up and compared (against a dummy hash), and the secret is compared as
    // a sha256 digest with timingSafeEqual, so the work does not depend on how much of a guess is right.
    // (Timing itself is not asserted here: a unit test cannot measure it reliably; see the source of verifyToken.)
    const { id, token } = await createStoredToken(db.store, 'timing');
    const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1);
    const secretStart = `cf_${id}_`.length;
    const variants = {
      unknownId: `cf_${'0'.repeat(12)}_${token.slice(secretStart)}`,
      wrongFirst: flip(token, secretStart),
      wrongLast: flip(token, token.length - 1),
      right: token,
    };
    const queries: Record<string, number> = {};
    for (const [name, candidate] of Object.entries(variants)) {
      const before = db.store.queryCount;
      const auth = await verifyToken(db.store, candidate);
      queries[name] = db.store.queryCount - before;
      expect(Boolean(auth)).toBe(name === 'right');
    }
    expect(new Set(Object.values(queries))).toEqual(new Set([1]));
  });

  it("another clinic's token is FORBIDDEN and a revoked token UNAUTHENTICATED; nothing is written", async () => {
    const before = await snapshot(db.store);
    const changed = fixtureClinic('riverbend').map((f) => ({ ...f, source: f.source.replace('PsyD', 'PhD') }));
    expect(codeOf(await send(api, PUBLISH, publishInput(changed), harbor))).toBe('FORBIDDEN');
    const { id, token } = await createStoredToken(db.store, 'riverbend');
    expect(await revokeToken(db.store, id)).toBe(true);
    expect(codeOf(await send(api, PUBLISH, publishInput(changed), token))).toBe('UNAUTHENTICATED');
    expect(await snapshot(db.store)).toEqual(before);
  });
});

const INJECTIONS = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "'; DROP TABLE policy_version; --",
  '"; DROP TABLE clinic; --',
  "riverbend' --",
  "x' AND (SELECT pg_sleep(3)) IS NULL --",
  "'||(SELECT pg_sleep(3))||'",
  "' UNION SELECT token_hash, token_hash FROM api_token --",
  '$1',
  '$$; DROP TABLE api_token; $$',
  '\\',
  '%',
  '_',
  "%' OR '%'='",
  '\u0000',
  'riverbend\u0000',
  '{"$gt": ""}',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '𝕣𝕚𝕧𝕖𝕣𝕓𝕖𝕟𝕕',
  'x'.repeat(5_000),
];

/** One operation per string-like argument or input field of the schema; `$v` is where the injected text goes. */
const TARGETS: { covers: string[]; query: string; variables: (v: string) => Record<string, unknown>; token?: () => string }[] = [
  { covers: ['Query.clinic(slug)'], query: 'query($v: String!) { clinic(slug: $v) { slug } }', variables: (v) => ({ v }) },
  { covers: ['Query.clinics(after)'], query: 'query($v: String) { clinics(after: $v) { totalCount } }', variables: (v) => ({ v }) },
  { covers: ['Query.clinics(before)'], query: 'query($v: String) { clinics(before: $v, last: 2) { totalCount } }', variables: (v) => ({ v }) },
  { covers: ['Query.policies(after)'], query: 'query($v: String) { policies(after: $v) { totalCount } }', variables: (v) => ({ v }) },
  { covers: ['Query.policies(before)'], query: 'query($v: String) { policies(before: $v, last: 2) { totalCount } }', variables: (v) => ({ v }) },
  { covers: ['PolicyFilter.clinic'], query: 'query($v: String) { policies(filter: { clinic: $v }) { totalCount edges { node { slug } } } }', variables: (v) => ({ v }) },
  { covers: ['PolicyFilter.jurisdiction'], query: 'query($v: String) { policies(filter: { jurisdiction: $v }) { totalCount } }', variables: (v) => ({ v }) },
  { covers: ['PolicyFilter.licensedIn'], query: 'query($v: String) { policies(filter: { licensedIn: $v }) { totalCount } }', variables: (v) => ({ v }) },
  { covers: ['PolicyFilter.search'], query: 'query($v: String) { policies(filter: { search: $v }) { totalCount edges { node { slug } } } }', variables: (v) => ({ v }) },
  { covers: ['PolicyFilter.reviewedBefore', 'Query.lint(today)'], query: 'query($v: Date) { policies(filter: { reviewedBefore: $v }) { totalCount } }', variables: (v) => ({ v }) },
  { covers: ['Query.policy(clinic)'], query: 'query($v: String!) { policy(clinic: $v, id: "jane-rivera") { slug } }', variables: (v) => ({ v }) },
  { covers: ['Query.policy(id)'], query: 'query($v: String!) { policy(clinic: "riverbend", id: $v) { slug } }', variables: (v) => ({ v }) },
  { covers: ['Query.rule(id)'], query: 'query($v: String!) { rule(id: $v) { id } }', variables: (v) => ({ v }) },
  { covers: ['Query.node(id)'], query: 'query($v: ID!) { node(id: $v) { id } }', variables: (v) => ({ v }) },
  { covers: ['Query.nodes(ids)'], query: 'query($v: ID!) { nodes(ids: [$v, $v]) { id } }', variables: (v) => ({ v }) },
  { covers: ['Clinic.policies(after)'], query: 'query($v: String) { clinic(slug: "riverbend") { policies(after: $v) { edges { node { slug } } } } }', variables: (v) => ({ v }) },
  { covers: ['Clinic.policies(before)'], query: 'query($v: String) { clinic(slug: "riverbend") { policies(before: $v, last: 2) { edges { node { slug } } } } }', variables: (v) => ({ v }) },
  {
    covers: ['Policy.versions(before)'],
    query: 'query($v: String) { policy(clinic: "riverbend", id: "jane-rivera") { versions(before: $v, last: 2) { edges { node { number } } } } }',
    variables: (v) => ({ v }),
  },
  { covers: ['Policy.versions(after)'], query: 'query($v: String) { policy(clinic: "riverbend", id: "jane-rivera") { versions(after: $v) { edges { node { number } } } } }', variables: (v) => ({ v }) },
  {
    covers: ['Query.lint(source)', 'Query.lint(path)', 'Query.lint(files)', 'SourceFileInput.path', 'SourceFileInput.source'],
    query: 'query($v: String!) { a: lint(source: $v, path: $v) { filePath errorCount } b: lint(source: "kind: x", path: "p.yaml", files: [{ path: $v, source: $v }]) { errorCount } }',
    variables: (v) => ({ v }),
  },
  {
    covers: ['Mutation.publishPolicies(input)', 'PublishPoliciesInput.clinic', 'PublishPoliciesInput.commit', 'PublishPoliciesInput.files'],
    query: `mutation($v: String!, $files: [SourceFileInput!]!) {
      a: publishPolicies(input: { clinic: $v, files: $files, commit: $v }) { status }
    }`,
    variables: (v) => ({ v, files: [{ path: 'clinics/riverbend/policies/x.yaml', source: v }] }),
    token: () => riverbend,
  },
  {
    covers: ['PublishPoliciesInput.config'],
    query: 'mutation($v: String!, $files: [SourceFileInput!]!) { publishPolicies(input: { clinic: "riverbend", files: $files, config: { path: "clearframe.config.yaml", source: $v } }) { status } }',
    variables: (v) => ({ v, files: fixtureClinic('riverbend') }),
    token: () => riverbend,
  },
  {
    covers: ['Mutation.retirePolicy(input)', 'RetirePolicyInput.clinic', 'RetirePolicyInput.id'],
    query: 'mutation($v: String!) { a: retirePolicy(input: { clinic: "riverbend", id: $v }) { slug } b: retirePolicy(input: { clinic: $v, id: "jane-rivera" }) { slug } }',
    variables: (v) => ({ v }),
    token: () => riverbend,
  },
  {
    covers: [],
    query: 'mutation($v: String!, $files: [SourceFileInput!]!) { publishPolicies(input: { clinic: "riverbend", files: $files, commit: $v }) { status } }',
    variables: (v) => ({ v, files: fixtureClinic('riverbend') }),
    token: () => riverbend,
  },
];

describe('SQL injection', () => {
  it('the matrix covers every string-like argument and input field of the schema', () => {
    const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
    const needed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const stringy = (t: Parameters<typeof getNamedType>[0]) => {
        const named = getNamedType(t);
        return (isScalarType(named) && !['Int', 'Float', 'Boolean'].includes(named.name)) || isInputObjectType(named);
      };
      if (isObjectType(type)) for (const field of Object.values(type.getFields())) for (const arg of field.args) if (stringy(arg.type)) needed.push(`${type.name}.${field.name}(${arg.name})`);
      if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) if (stringy(field.type)) needed.push(`${type.name}.${field.name}`);
    }
    const covered = new Set(TARGETS.flatMap((t) => t.covers).concat('Query.policies(filter)'));
    expect(needed.filter((n) => !covered.has(n))).toEqual([]);
  });

  it(`${INJECTIONS.length} payloads × ${TARGETS.length} operations: no 5xx, no SQL error, no leak, no delay, nothing written`, async () => {
    const hashes = (await db.store.query<{ token_hash: string }>('SELECT token_hash FROM api_token')).map((r) => r.token_hash);
    const before = await snapshot(db.store);
    let cases = 0;
    let slowest = 0;
    for (const target of TARGETS) {
      for (const payload of INJECTIONS) {
        const answer = await send(api, target.query, target.variables(payload), target.token?.());
        cases++;
        slowest = Math.max(slowest, answer.ms);
        const label = `${target.covers.join(', ') || 'publish commit'} ← ${JSON.stringify(payload.slice(0, 40))}: ${answer.text.slice(0, 300)}`;
        expect(answer.status, label).toBeLessThan(500);
        expect(codeOf(answer), label).not.toBe('INTERNAL_SERVER_ERROR');
        // Messages may quote the input back; they must never carry a database error or a stored secret.
        expect(answer.text, label).not.toMatch(/syntax error at or near|relation "|column "|invalid byte sequence|unterminated quoted/i);
        for (const hash of hashes) expect(answer.text, label).not.toContain(hash);
        expect(answer.ms, `${label} took ${Math.round(answer.ms)} ms`).toBeLessThan(2_500);
        const policies = answer.body.data?.policies as { totalCount: number } | undefined;
        if (policies && /filter/.test(target.query)) expect(policies.totalCount, label).toBe(0);
        if (target.covers.some((c) => c.startsWith('Query.policy('))) expect(answer.body.data?.policy ?? null, label).toBeNull();
      }
    }
    figures.sqlInjection = { cases, operations: TARGETS.length, payloads: INJECTIONS.length, slowestMs: Math.round(slowest) };
    expect(await snapshot(db.store)).toEqual(before);
    expect(await db.store.query('SELECT count(*)::int AS n FROM api_token')).toEqual([{ n: hashes.length }]);
  });
});

describe('costly and malformed queries', () => {
  const nested = (depth: number) => `{ clinics { edges { node { ${'policies { edges { node { clinic { '.repeat(depth)} slug ${'} } } } '.repeat(depth)} } } } }`;
  const CASES: [string, () => Promise<Response>, number, string | undefined][] = [];
  const post = (body: string) => async () => api.fetch('http://clearframe.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const q = (query: string, variables: Record<string, unknown> = {}) => post(JSON.stringify({ query, variables }));
  CASES.push(
    ['over-deep', q(nested(4)), 200, 'QUERY_TOO_COMPLEX'],
    ['recursive introspection', q(`{ __schema { types { ${'fields { type { '.repeat(6)}name${' } }'.repeat(6)} } } }`), 200, 'GRAPHQL_VALIDATION_FAILED'],
    ['over-costly', q('{ policies(first: 100) { edges { node { versions(first: 100) { edges { node { sources { source } findings { message } } } } } } } }'), 200, 'QUERY_TOO_COMPLEX'],
    ['alias-heavy', q(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: policies(first: 100) { totalCount }`).join(' ')} }`), 200, 'QUERY_TOO_COMPLEX'],
    ['alias-heavy within the alias limit but costly', q(`{ ${Array.from({ length: 15 }, (_, i) => `a${i}: policies(first: 100) { edges { node { versions(first: 100) { edges { node { number } } } } } }`).join(' ')} }`), 200, 'QUERY_TOO_COMPLEX'],
    ['directive flood', q(`{ rules { id ${'@include(if: true) '.repeat(50)} } }`), 200, 'QUERY_TOO_COMPLEX'],
    ['token flood', q(`{ ${'__typename '.repeat(5_000)} }`), 200, 'QUERY_TOO_COMPLEX'],
    ['fragment cycle', q('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), 200, 'GRAPHQL_VALIDATION_FAILED'],
    ['batched array', post(JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ rules { id } }' })))), 400, undefined],
    ['many operations, none chosen', q('query A { rules { id } } query B { rules { id } }'), 400, undefined],
    ['huge variables object', q('{ __typename }', Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`v${i}`, i]))), 413, 'PAYLOAD_TOO_LARGE'],
    ['long search string', q('query($s: String) { policies(filter: { search: $s }) { totalCount } }', { s: 'x'.repeat(900_000) }), 200, 'BAD_USER_INPUT'],
    ['not JSON', post('{"query":'), 400, 'BAD_REQUEST'],
    ['query is not a string', post(JSON.stringify({ query: { $ne: 1 } })), 400, undefined],
  );

  it.each(CASES)('%s is refused without a 5xx, and the API still answers', async (_name, request, status, code) => {
    const response = await request();
    const text = await response.text();
    expect(response.status, text.slice(0, 300)).toBe(status);
    if (code) expect((JSON.parse(text) as Answer['body']).errors?.[0]?.extensions?.code, text.slice(0, 300)).toBe(code);
    expect(JSON.parse(text) as Answer['body']).not.toHaveProperty('data.policies');
    expect((await send(api, '{ rules { id } }')).status).toBe(200);
  });
});

describe('policy text with markup', () => {
  // Markup in angle brackets on one line ("<script>…</script>") is refused at publish as template text (placeholder-text,
  // a floor rule), so it never reaches a client; what remains is hostile text that must come back verbatim.
  const TAGS = ['<script>alert("clearframe")</script>', '<img src=x onerror=alert(1)>', '</textarea><iframe src="https://evil.example">'];
  const MARKUP = [
    '"><svg onload=alert(1)',
    '<img src=x onerror=alert(1)',
    "javascript:alert('x')",
    '{{constructor.constructor("alert(1)")()}}',
    '&lt;already escaped&gt; & raw ampersand',
    '\u202eevil\u202c and \u200b zero-width',
  ];

  it('a tag on one line is refused as template text, naming the field; nothing is written', async () => {
    const token = (await createStoredToken(db.store, 'tags')).token;
    const before = await snapshot(db.store);
    for (const tag of TAGS) {
      const files = clinicFiles('tags', [{ id: 'tags-policy', note: `Before ${tag} after` }]);
      const answer = await send(api, PUBLISH, publishInput(files, 'tags', 'tags'), token);
      const result = answer.body.data?.publishPolicies as { status: string; rejected: { messages: { ruleId: string }[] }[] };
      expect(result.status, answer.text).toBe('REJECTED');
      expect(result.rejected.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('placeholder-text');
    }
    expect(await snapshot(db.store)).toEqual(before);
  });

  it('is stored and returned verbatim by the API, as JSON', async () => {
    const notes = MARKUP.join(' | ');
    const files = clinicFiles('markup', [{ id: 'markup-policy', note: notes }]).map((f) =>
      f.path.endsWith('clinic.yaml') ? { ...f, source: f.source.replace(/title: .*/, `title: ${JSON.stringify(MARKUP[0])}`) } : f,
    );
    const token = (await createStoredToken(db.store, 'markup')).token;
    const published = await send(api, PUBLISH, publishInput(files, 'markup', 'markup'), token);
    expect((published.body.data?.publishPolicies as { status: string }).status, published.text).toBe('PUBLISHED');
    const source = files.find((f) => f.path.endsWith('markup-policy.yaml'))!.source;
    const read = await api.fetch('http://clearframe.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ clinic(slug: "markup") { title } policy(clinic: "markup", id: "markup-policy") { spec { turnaround { note } } versions(first: 1) { edges { node { sources { source } } } } } }' }),
    });
    expect(read.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    const body = (await read.json()) as { data: { clinic: { title: string }; policy: { spec: { turnaround: { note: string } }; versions: { edges: { node: { sources: { source: string }[] } }[] } } } };
    expect(body.data.clinic.title).toBe(MARKUP[0]);
    expect(body.data.policy.spec.turnaround.note).toBe((parseYaml(source) as { spec: { turnaround: { note: string } } }).spec.turnaround.note);
    expect(body.data.policy.spec.turnaround.note).toBe(notes);
    expect(body.data.policy.versions.edges[0]!.node.sources.map((s) => s.source)).toContain(source);
  });
});

describe('path traversal in published files', () => {
  const REFUSED = [
    '../clinics/harbor-view/clinic.yaml',
    '/etc/passwd.yaml',
    'clinics/riverbend/../../harbor-view/clinic.yaml',
    'clinics/riverbend/./clinic.yaml',
    'clinics//riverbend/clinic.yaml',
    'clinics\\..\\harbor-view\\clinic.yaml',
    'clinics/riverbend/policies/x.yaml\u0000.txt',
    '..',
    '',
    'clinics/riverbend/policies/x.txt',
    `${'a/'.repeat(200)}x.yaml`,
  ];

  it.each(REFUSED)('%j is refused with BAD_USER_INPUT and nothing is written', async (path) => {
    const before = await snapshot(db.store);
    const files = [...fixtureClinic('riverbend'), { path, source: fixtureClinic('riverbend')[1]!.source.replace('PsyD', 'PhD') }];
    const answer = await send(api, PUBLISH, publishInput(files), riverbend);
    expect(codeOf(answer), answer.text.slice(0, 300)).toBe('BAD_USER_INPUT');
    expect(await snapshot(db.store)).toEqual(before);
  });

  it("a file under another clinic's directory is published into the token's clinic only", async () => {
    const harborBefore = await send(api, '{ clinic(slug: "harbor-view") { policies { edges { node { slug currentVersion { number contentHash } } } } } }');
    const files = clinicFiles('riverbend-x', [{ id: 'intruder', note: 'published from another clinic directory' }]).map((f) => ({ ...f, path: f.path.replace('clinics/riverbend-x/', 'clinics/harbor-view/') }));
    const token = (await createStoredToken(db.store, 'riverbend-x')).token;
    const answer = await send(api, PUBLISH, publishInput(files, 'intrude', 'riverbend-x'), token);
    expect((answer.body.data?.publishPolicies as { status: string }).status, answer.text.slice(0, 300)).toBe('PUBLISHED');
    expect(await send(api, '{ clinic(slug: "harbor-view") { policies { edges { node { slug currentVersion { number contentHash } } } } } }')).toMatchObject({ text: harborBefore.text });
    expect((await send(api, '{ policy(clinic: "riverbend-x", id: "intruder") { slug } }')).body.data?.policy).toEqual({ slug: 'intruder' });
  });

  it.each(['../../harbor-view/clinic.yaml', '../../../../../../etc/passwd', '/etc/passwd'])('extends: %s cannot reach another clinic or the disk: REJECTED', async (target) => {
    const before = await snapshot(db.store);
    const files = fixtureClinic('riverbend').map((f) => ({ ...f, source: f.source.replace('extends: ../clinic.yaml', `extends: ${target}`) }));
    const answer = await send(api, PUBLISH, publishInput(files), riverbend);
    const payload = answer.body.data?.publishPolicies as { status: string; rejected: { messages: { message: string }[] }[] };
    expect(payload.status, answer.text.slice(0, 300)).toBe('REJECTED');
    expect(payload.rejected[0]!.messages.map((m) => m.message).join('\n')).toMatch(/does not exist|outside the repository/);
    expect(await snapshot(db.store)).toEqual(before);
  });
});

describe('over HTTP: huge bodies and the web page', () => {
  let server: QuietServer;
  let webDir: string | undefined;

  beforeAll(async () => {
    const dataDir = 'memory://';
    // The real web client when it is built; else a one-file stand-in, since the header comes from the API's static server.
    if (!existsSync(join(DEFAULT_WEB_DIR, 'index.html'))) {
      webDir = mkdtempSync(join(tmpdir(), 'clearframe-web-'));
      writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Clearframe</title><div id="app"></div>');
    }
    server = await startQuietServer(childEnv({ CLEARFRAME_DATA_DIR: dataDir, ...(webDir ? { CLEARFRAME_WEB_DIR: webDir } : {}) }));
  });

  afterAll(async () => {
    await stopQuietly(server);
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  it('a 2 MB body is refused with 413; a 50 MB streamed body is cut off without being held in memory', async () => {
    const big = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(2 * 1048576) }) });
    expect(big.status).toBe(413);
    const rssBefore = rssOf(server.child.pid!)!;
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 50 * 1048576) return controller.close();
        sent += 65_536;
        controller.enqueue(new Uint8Array(65_536).fill(0x20));
      },
    });
    const streamed = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half', signal: AbortSignal.timeout(30_000) } as RequestInit).catch(
      (error: Error) => error,
    );
    if (streamed instanceof Response) expect(streamed.status).toBe(413);
    const grewMb = (rssOf(server.child.pid!)! - rssBefore) / 1048576;
    figures.hugeBodies = { refused2MB: big.status, streamedMB: Math.round(sent / 1048576), rssGrowthMb: Math.round(grewMb) };
    expect(grewMb).toBeLessThan(40);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('the web page carries a Content-Security-Policy without inline scripts, on / and on client routes', async () => {
    for (const path of ['/', '/clinics/riverbend/policies/jane-rivera', '/%3Cscript%3Ealert(1)%3C%2Fscript%3E']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = response.headers.get('content-security-policy');
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(await response.text()).not.toContain('<script>alert(1)</script>');
    }
    figures.webPageCsp = { checkedPaths: 3, realWebClient: webDir === undefined };
  });
});
