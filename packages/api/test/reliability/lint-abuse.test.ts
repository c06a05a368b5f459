// Issue 16 part 4: linting cannot stall the server. Against a real server process: 900,000 "[" per request, many
// aliases of `lint` over many files, and publishes of a clinic near the body limit, while /health and a read are probed.
// `npm test` sends a short burst; `npm run soak` (RELIABILITY_SOAK=1) keeps it up for 30 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicFiles as fixtureClinic } from '../helpers.js';
import { childEnv, runCli } from '../processes.js';
import { clinicFiles, createToken, percentile, PUBLISH, report, rssOf, startQuietServer, stopQuietly, type QuietServer } from './harness.js';

const SOAK = Boolean(process.env.RELIABILITY_SOAK);
const BURST_MS = SOAK ? 30_000 : 4_000;
const LINT = 'query($source: String!, $files: [SourceFileInput!]) { lint(source: $source, files: $files) { filePath errorCount messages { message } } }';

let server: QuietServer;
let token: string;
const figures: Record<string, unknown> = {};
const dataDir = mkdtempSync(join(tmpdir(), 'clearframe-lint-abuse-'));

beforeAll(async () => {
  // A server as deployed: its database directory exists already (created by `migrate`), so the memory figures are
  // the server's, not those of a first start.
  const env = childEnv({ CLEARFRAME_DATA_DIR: dataDir });
  expect((await runCli(['migrate'], env)).code).toBe(0);
  token = await createToken(env, 'big-clinic');
  server = await startQuietServer(env);
  // The first lint starts the pool's worker; the figures are about a server that is up.
  await post(LINT, { source: 'a: 1' });
});

afterAll(async () => {
  await stopQuietly(server);
  rmSync(dataDir, { recursive: true, force: true });
  report('reliability-lint-abuse', figures);
});

async function timed(url: string, init?: RequestInit): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

const post = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
  timed(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });

/** Probes /health every 50 ms until `until` resolves; returns the probe times. */
async function probeWhile(until: Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    times.push((await timed(`${server.url}/health`)).ms);
    await new Promise((r) => setTimeout(r, 50));
  }
  return times;
}

describe('lint abuse', () => {
  it('900,000 "[" per request: answered fast, memory stays low, /health keeps answering', async () => {
    const rssBefore = rssOf(server.child.pid!)!;
    let peak = rssBefore;
    const answers: { ms: number; status: number; body: string }[] = [];
    const attack = (async () => {
      const deadline = Date.now() + BURST_MS;
      while (Date.now() < deadline) {
        const batch = await Promise.all(Array.from({ length: 4 }, () => post(LINT, { source: '['.repeat(900_000) })));
        answers.push(...batch);
        peak = Math.max(peak, rssOf(server.child.pid!) ?? 0);
      }
    })();
    const health = await probeWhile(attack);
    await attack;
    figures.brackets = {
      healthMs: health.map((ms) => Math.round(ms)),
      requests: answers.length,
      answerP50Ms: Math.round(percentile(answers.map((a) => a.ms), 50)),
      answerMaxMs: Math.round(Math.max(...answers.map((a) => a.ms))),
      healthProbes: health.length,
      healthP99Ms: Math.round(percentile(health, 99)),
      healthMaxMs: Math.round(Math.max(...health)),
      rssBeforeMb: Math.round(rssBefore / 1048576),
      rssPeakMb: Math.round(peak / 1048576),
    };
    for (const answer of answers) {
      expect(answer.status).toBeLessThan(500);
      expect(answer.body).toMatch(/nesting deeper than 64 levels|RATE_LIMITED/);
    }
    expect(answers.some((a) => a.body.includes('nesting deeper'))).toBe(true);
    // Bounds with headroom for a loaded shared machine; the target figures (1 s, 200 ms, 600 MB) are in docs/reliability.md.
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(3_000);
    expect(Math.max(...health)).toBeLessThan(1_000);
    // What the attack adds is garbage of ~4 MB a request that V8 collects in bulk (a plateau of ~+200 MB, the same
    // after 4 s and 30 s); before the pool and the pre-scan it was +1.5 GB per request.
    expect(peak - rssBefore).toBeLessThan(250 * 1048576);
  });

  it('15 aliases of lint over many files: refused by the byte budget or linted off the event loop while /health answers', async () => {
    const files = Array.from({ length: 120 }, (_, i) => ({ path: `clinics/c/policies/p${i}.yaml`, source: fixtureClinic('riverbend')[1]!.source.replace(/id: [a-z-]+/, `id: p${i}`) }));
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: lint(source: $source, files: $files) { filePath errorCount }`).join(' ');
    const query = `query($source: String!, $files: [SourceFileInput!]) { ${aliases} }`;
    const sent = post(query, { source: fixtureClinic('riverbend')[0]!.source, files });
    const health = await probeWhile(sent);
    const answer = await sent;
    figures.aliases = { bodyKb: Math.round(JSON.stringify(files).length / 1024), answerMs: Math.round(answer.ms), status: answer.status, healthMaxMs: Math.round(Math.max(...health)) };
    expect(answer.status).toBeLessThan(500);
    expect(Math.max(...health)).toBeLessThan(1_000);
  });

  it('a read answers while the pool is busy', async () => {
    const busy = Promise.all(Array.from({ length: 6 }, () => post(LINT, { source: fixtureClinic('riverbend')[1]!.source, files: fixtureClinic('riverbend').slice(0, 1) })));
    const read = await timed(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ rules { id } }' }) });
    await busy;
    figures.readWhileBusyMs = Math.round(read.ms);
    expect(read.status).toBe(200);
    expect(read.ms).toBeLessThan(1_000);
  });

  it('publishes of a clinic near the body limit are validated off the event loop: /health keeps answering', async () => {
    // 420 policies whose notes change each round (so each publish writes), near the 1 MiB body limit.
    const files = (round: number) => clinicFiles('big-clinic', Array.from({ length: 420 }, (_, i) => ({ id: `p${i}`, note: `round ${round}: ${'notes '.repeat(150)}` })));
    // Before the pool, each of these linted 420 policies on the event loop.
    const sent = Promise.all([1, 2, 3, 4].map((round) => post(PUBLISH, { input: { clinic: 'big-clinic', files: files(round), commit: `round-${round}` } }, { authorization: `Bearer ${token}` })));
    const health = await probeWhile(sent);
    const answers = await sent;
    figures.bigPublishes = {
      bodyKb: Math.round(JSON.stringify(files(1)).length / 1024),
      answerMs: answers.map((a) => Math.round(a.ms)),
      healthProbes: health.length,
      healthMaxMs: Math.round(Math.max(...health)),
    };
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body).data.publishPolicies.status).toBe('PUBLISHED');
    }
    expect(Math.max(...health)).toBeLessThan(1_000);
  });
});
