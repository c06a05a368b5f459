// The `lint` query runs in a worker pool with a time and memory limit per task, a byte budget per request and a rate
// limit for unauthenticated callers; text the database cannot hold is refused with BAD_USER_INPUT, never logged as an error.
import { lintSources } from '@clearframe/linter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { createToken } from '../src/tokens.js';
import type { Api } from '../src/yoga.js';
import { clinicFiles, openTestDatabase, testApi, TODAY, type TestDatabase } from './helpers.js';

let db: TestDatabase;
let api: Api;
const logged: string[] = [];

const LINT = 'query($source: String!, $path: String, $files: [SourceFileInput!]) { lint(source: $source, path: $path, files: $files, today: "2026-06-01") { filePath messages { ruleId severity line column message path } suppressedMessages { ruleId } } }';

async function send(target: Api, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await target.fetch('http://clearframe.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } };
}

beforeAll(async () => {
  db = await openTestDatabase();
  api = testApi(db.store, { logger: createLogger('debug', (line) => logged.push(line)) });
});

afterAll(async () => {
  await api?.dispose();
  await db?.close();
});

describe('lint in the worker pool', () => {
  it('answers what the linter answers in process', async () => {
    const [policy, ...rest] = clinicFiles('riverbend');
    const source = policy!.source.replace('within:', 'withn:');
    const answer = await send(api, LINT, { source, path: policy!.path, files: rest });
    expect(answer.body.errors).toBeUndefined();
    const expected = await lintSources([{ path: policy!.path, source }, ...rest], { today: TODAY });
    const shown = expected.map((r) => ({ filePath: r.filePath, messages: r.messages.map(({ ruleId, severity, line, column, message, path }) => ({ ruleId, severity: severity.toUpperCase(), line, column, message, path })), suppressedMessages: r.suppressedMessages.map(({ ruleId }) => ({ ruleId })) }));
    expect(answer.body.data?.lint).toEqual(shown);
    expect(shown.flatMap((r) => r.messages).length).toBeGreaterThan(0);
  });

  it('refuses 900,000 "[" fast, as a finding, without building the nesting', async () => {
    const answer = await send(api, LINT, { source: '['.repeat(900_000) });
    expect(answer.body.errors).toBeUndefined();
    const [result] = answer.body.data!.lint as { messages: { ruleId: string; message: string }[] }[];
    expect(result!.messages).toEqual([expect.objectContaining({ ruleId: 'schema', message: 'nesting deeper than 64 levels; no policy needs that' })]);
  });

  it('stops a lint at its time limit and says so', async () => {
    const slow = testApi(db.store, { lint: { taskTimeoutMs: 1 } });
    try {
      const answer = await send(slow, LINT, { source: clinicFiles('riverbend')[0]!.source });
      expect(answer.body.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
      expect(answer.body.errors?.[0]?.message).toContain('stopped after');
    } finally {
      await slow.dispose();
    }
  });

  it('stops a lint at its memory limit and says so', async () => {
    const small = testApi(db.store, { lint: { maxHeapMb: 4 } });
    try {
      const many = Array.from({ length: 400 }, (_, i) => `k${i}: [${Array.from({ length: 20 }, (_, j) => `"value ${i} ${j} ${'x'.repeat(40)}"`).join(', ')}]`).join('\n');
      const answer = await send(small, LINT, { source: many });
      expect(answer.body.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
      expect(answer.body.errors?.[0]?.message).toMatch(/memory limit|stopped after/);
    } finally {
      await small.dispose();
    }
  });
});

describe('publish validation in the worker pool', () => {
  const PUBLISH = 'mutation($input: PublishPoliciesInput!) { publishPolicies(input: $input) { status changes { change } rejected { filePath } } }';
  const [defaults, policy] = clinicFiles('riverbend');

  /** A clinic of `count` policies, each padded with a comment, as one publish body. */
  const bigClinic = (clinic: string, count: number, padding: number) => [
    { path: `clinics/${clinic}/clinic.yaml`, source: defaults!.source.replace(/clinic: riverbend/g, `clinic: ${clinic}`) },
    ...Array.from({ length: count }, (_, i) => ({
      path: `clinics/${clinic}/policies/p${i}.yaml`,
      source: `# ${'notes '.repeat(padding / 6)}\n${policy!.source.replace(/id: [a-z-]+/, `id: p${i}`).replace(/clinic: riverbend/g, `clinic: ${clinic}`)}`,
    })),
  ];

  it('validates a publish just under the body limit within the default time and memory limits', async () => {
    const files = bigClinic('big-clinic', 420, 900);
    const bytes = Buffer.byteLength(JSON.stringify({ query: PUBLISH, variables: { input: { clinic: 'big-clinic', files } } }));
    expect(bytes).toBeGreaterThan(900_000);
    expect(bytes).toBeLessThan(1_048_576);
    const { token } = await createToken(db.store, 'big-clinic');
    const answer = await send(api, PUBLISH, { input: { clinic: 'big-clinic', files } }, token);
    expect(answer.body.errors).toBeUndefined();
    const payload = answer.body.data!.publishPolicies as { status: string; changes: { change: string }[]; rejected: unknown[] };
    expect(payload.rejected).toEqual([]);
    expect(payload.status).toBe('PUBLISHED');
    expect(payload.changes.filter((c) => c.change === 'CREATED')).toHaveLength(420);
  });

  it('stops a publish at its time limit, says so, and writes nothing', async () => {
    const slow = testApi(db.store, { lint: { publishTimeoutMs: 1 } });
    try {
      const { token } = await createToken(db.store, 'slow-clinic');
      const answer = await send(slow, PUBLISH, { input: { clinic: 'slow-clinic', files: bigClinic('slow-clinic', 50, 100) } }, token);
      expect(answer.body.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
      expect(answer.body.errors?.[0]?.message).toMatch(/^publish: stopped after/);
      expect(await db.store.query("SELECT 1 FROM clinic WHERE slug = 'slow-clinic'")).toEqual([]);
    } finally {
      await slow.dispose();
    }
  });

  it('answers a refusal made in the worker (a config that lowers the floor) as BAD_USER_INPUT, not a server error', async () => {
    logged.length = 0;
    const { token } = await createToken(db.store, 'riverbend');
    const config = { path: 'clearframe.config.yaml', source: 'rules:\n  crisis-route-required: off\n' };
    const answer = await send(api, PUBLISH, { input: { clinic: 'riverbend', files: clinicFiles('riverbend'), config } }, token);
    expect(answer.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(answer.body.errors?.[0]?.message).toMatch(/^config: .*crisis-route-required/);
    expect(logged.filter((line) => /"level":"(error|warn)"/.test(line))).toEqual([]);
  });
});

describe('lint budget', () => {
  it('counts the source size of every lint field of a request, aliases included', async () => {
    const source = `# ${'x'.repeat(100_000)}\n`;
    const aliases = Array.from({ length: 11 }, (_, i) => `a${i}: lint(source: $source) { filePath }`).join(' ');
    const answer = await send(api, `query($source: String!) { ${aliases} }`, { source });
    expect(answer.body.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX' && /at most 1048576 per request/.test(e.message))).toBe(true);
  });

  it('rate-limits unauthenticated lint per client, not a caller with a token', async () => {
    const limited = testApi(db.store, { lint: { anonymousBurst: 3, anonymousPerSecond: 0.01 } });
    try {
      const source = clinicFiles('riverbend')[0]!.source;
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 5; i++) codes.push((await send(limited, LINT, { source })).body.errors?.[0]?.extensions?.code);
      expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
      const refused = await send(limited, LINT, { source });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      const { token } = await createToken(db.store, 'riverbend');
      expect((await send(limited, LINT, { source }, token)).body.errors).toBeUndefined();
    } finally {
      await limited.dispose();
    }
  });
});

describe('text the database cannot hold', () => {
  it.each([
    ['NUL in a variable', LINT, { source: 'a: "x\u0000y"' }, /variable \$source contains a NUL character \(\\u0000\) at line 1, column 6/],
    ['an unpaired surrogate in a variable', LINT, { source: 'a: 1\nb: "\uD800"' }, /variable \$source contains an unpaired surrogate \(\\uD800\) at line 2, column 5/],
    ['NUL in a nested variable', LINT, { source: 'a: 1', files: [{ path: 'x.yaml', source: '\u0000' }] }, /variable \$files\[0\]\.source contains a NUL/],
    ['NUL in a literal', 'query { clinic(slug: "a\\u0000") { slug } }', {}, /a string in the query contains a NUL character/],
  ])('%s is BAD_USER_INPUT, not a server error', async (_name, query, variables, message) => {
    logged.length = 0;
    const answer = await send(api, query, variables);
    expect(answer.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(answer.body.errors?.[0]?.message).toMatch(message);
    expect(answer.body.data ?? null).toBeNull();
    expect(logged.filter((line) => /"level":"(error|warn)"/.test(line))).toEqual([]);
  });

  it('lets a well-formed surrogate pair (an emoji) through', async () => {
    const answer = await send(api, LINT, { source: 'note: "🙂"' });
    expect(answer.body.errors).toBeUndefined();
  });
});
