// API benchmarks: autocannon against `clearframe-api serve` (PGlite and PostgreSQL) with growing
// numbers of stored policies, and against a bare graphql-yoga server in the same run.
// Every server listens on 127.0.0.1 only and is stopped by the process id it was started with.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { BASELINE, QUERIES, lintSourcesOf } from './api-queries.mjs';
import { startPostgres } from './postgres.mjs';
import { summarise } from './profile.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const API_BIN = join(ROOT, 'packages/api/bin/clearframe-api.js');
const SEED = new URL('./seed.mjs', import.meta.url).pathname;
const BASELINE_SERVER = new URL('./baseline-server.mjs', import.meta.url).pathname;
const PER_CLINIC = 20;
/** Alternating rounds per pair of servers. */
const ROUNDS = 2;
/** Seconds per stored policy, measured on this machine; used to skip what cannot finish in time. */
const SEED_COST = { pglite: 0.0035, postgres: 0.0012 };

export async function apiBench({ work, sizes, pgliteMax, duration, warmup, connections, deadline, log }) {
  const out = { available: false, baseline: [], backends: [], notes: [], settings: { duration, warmup, connections, perClinic: PER_CLINIC } };
  const left = () => (deadline - Date.now()) / 1000;
  if (!existsSync(join(ROOT, 'packages/api/dist/cli.js'))) {
    out.notes.push('packages/api/dist/cli.js is missing (the API is not built): API not measured.');
    return out;
  }
  const help = spawnSync(process.execPath, [API_BIN, '--help'], { encoding: 'utf8', timeout: 20_000 });
  if (help.status !== 0 || !help.stdout.includes('serve')) {
    out.notes.push(`clearframe-api --help failed (${(help.stderr || '').trim().slice(0, 200)}): API not measured.`);
    return out;
  }
  out.available = true;

  log('preparing 1,000 policy templates through the API publish preparation');
  const templatesPath = join(work, 'templates.json');
  const prepared = runNode([SEED, 'prepare', templatesPath, '1000'], {}, 180_000);
  out.templates = prepared;
  const templates = JSON.parse(readFileSync(templatesPath, 'utf8'));
  const ctxFor = (total) => ({ total, perClinic: PER_CLINIC, slugOfTemplate: (k) => templates[k % templates.length].slug, lintSources: lintSourcesOf(templates) });

  const baseline = await startServer('baseline', [BASELINE_SERVER, String(await freePort())], {}, join(work, 'baseline.log'));
  try {

    // PostgreSQL first: its 100,000-policy step matters most when the time budget runs short.
    for (const kind of ['postgres', 'pglite']) {
      const backend = { kind, sizes: [], blocks: [], notes: [] };
      out.backends.push(backend);
      let pg;
      // Two databases per backend: one stays at the smallest size, the other grows. Both servers run while
      // a larger size is measured, and their runs alternate, so load from elsewhere hits both alike.
      const envs = { small: { NODE_ENV: 'production' }, large: { NODE_ENV: 'production' } };
      try {
        if (kind === 'postgres') {
          pg = startPostgres(await freePort());
          envs.small.DATABASE_URL = pg.createDatabase('bench_small');
          envs.large.DATABASE_URL = pg.createDatabase('bench_large');
        } else {
          envs.small.CLEARFRAME_DATA_DIR = join(work, 'pglite-small');
          envs.large.CLEARFRAME_DATA_DIR = join(work, 'pglite-large');
        }
      } catch (error) {
        backend.notes.push(`not measured: ${error.message}`);
        pg?.stop();
        continue;
      }
      let small;
      try {
        const [first, ...larger] = sizes;
        log(`${kind}: seeding ${first.toLocaleString('en')} policies`);
        backend.sizes.push({ size: first, seed: runNode([SEED, 'seed', templatesPath, '0', String(first), '--per-clinic', String(PER_CLINIC), '--count-queries'], envs.small, 120_000) });
        small = await startServer(`${kind}-${first}`, [API_BIN, 'serve', '--port', String(await freePort()), '--host', '127.0.0.1'], envs.small, join(work, `api-${kind}-small.log`));
        const smallCtx = ctxFor(first);
        for (const [name, query] of Object.entries(QUERIES)) await check(small.url, query.body(1, smallCtx), name);
        let seeded = 0;
        for (const size of larger) {
          if (kind === 'pglite' && size > pgliteMax) {
            backend.notes.push(`${size.toLocaleString('en')} policies not measured on PGlite: seeding them through the API's publish code takes ~${Math.round((size - seeded) * SEED_COST.pglite / 60)} min here (PGlite runs PostgreSQL in WebAssembly, one statement at a time), which does not fit the 10-minute run. BENCH_FULL=1 runs it.`);
            continue;
          }
          // Seeding, a server start and the paired runs; after the last size, ~45 s of profiling remain.
          const runsTime = Object.keys(QUERIES).length * 2 * (ROUNDS * duration + warmup) + ROUNDS * (duration + warmup);
          const need = (size - seeded) * SEED_COST[kind] + runsTime + 15;
          if (left() < need + 45) {
            backend.notes.push(`${size.toLocaleString('en')} policies not measured: ${Math.round(left())} s left of the time budget, ~${Math.round(need)} s needed.`);
            break;
          }
          log(`${kind}: seeding ${seeded.toLocaleString('en')} → ${size.toLocaleString('en')} policies`);
          const seed = runNode([SEED, 'seed', templatesPath, String(seeded), String(size), '--per-clinic', String(PER_CLINIC), '--count-queries'], envs.large, Math.round(Math.max(60_000, need * 2000)));
          seeded = size;
          backend.sizes.push({ size, seed });
          const large = await startServer(`${kind}-${size}`, [API_BIN, 'serve', '--port', String(await freePort()), '--host', '127.0.0.1'], envs.large, join(work, `api-${kind}-${size}.log`));
          const block = { small: first, large: size, queries: {} };
          backend.blocks.push(block);
          try {
            const ctx = ctxFor(size);
            for (const [name, query] of Object.entries(QUERIES)) {
              await check(large.url, query.body(1, ctx), name);
              log(`${kind}: ${name}, ${first.toLocaleString('en')} and ${size.toLocaleString('en')} policies alternately${name === 'policy' ? ', with the baseline' : ''}`);
              const sides = [
                ...(name === 'policy' ? [['baseline', baseline.url, () => ({ query: BASELINE })]] : []),
                ['small', small.url, (i) => query.body(i, smallCtx)],
                ['large', large.url, (i) => query.body(i, ctx)],
              ];
              block.queries[name] = await alternate(sides, { duration, warmup, connections, rounds: ROUNDS });
            }
          } finally {
            block.serverExit = await large.stop();
          }
        }
        await small.stop();
        small = undefined;
        // Where the API's time goes: profiled servers at the smallest and the largest size, each query in its own time window.
        const largest = backend.sizes.at(-1);
        backend.profiles = [];
        for (const row of largest && largest.size !== first ? [backend.sizes[0], largest] : [largest].filter(Boolean)) {
          if (left() < 3 * (warmup + 2) + 30) break;
          log(`${kind}: profiling the server at ${row.size.toLocaleString('en')} policies`);
          const ctx = ctxFor(row.size);
          const profile = await profileServer(`${kind}-${row.size}`, [API_BIN, 'serve', '--port', String(await freePort()), '--host', '127.0.0.1'], row.size === first ? envs.small : envs.large, work, Object.fromEntries(Object.entries(QUERIES).map(([name, query]) => [name, (i) => query.body(i, ctx)])), { warmup, connections });
          backend.profiles.push({ ...profile, size: row.size });
        }
        backend.profile = backend.profiles.at(-1);
      } catch (error) {
        // One backend failing (a server that does not start, a seed that times out) leaves the others measured.
        backend.notes.push(`stopped by an error: ${error.message}`);
      } finally {
        await small?.stop();
        try {
          pg?.stop();
        } catch (error) {
          backend.notes.push(`PostgreSQL did not stop cleanly: ${error.message}`);
        }
      }
    }
  } finally {
    await baseline.stop();
  }
  if (left() > 30) {
    log('profiling the baseline');
    out.baselineProfile = await profileServer('baseline', [BASELINE_SERVER, String(await freePort())], {}, work, { baseline: () => ({ query: BASELINE }) }, { warmup, connections });
  }
  return out;
}

/**
 * Runs a server under --cpu-prof, loads it with each request kind for 2 s (after a warm-up), and summarises the
 * profile per request kind: CPU time per request by group, from the samples taken while that kind ran.
 */
async function profileServer(name, args, env, work, kinds, { warmup, connections }) {
  const dir = join(work, `profile-${name}`);
  const port = args.includes('--port') ? undefined : args.at(-1);
  const server = await startServer(name, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], env, join(work, `${name}-profile.log`), port);
  const windows = {};
  try {
    for (const [kind, bodyOf] of Object.entries(kinds)) {
      await check(server.url, bodyOf(0), kind);
      await load(server.url, bodyOf, { duration: warmup, warmup: 0, connections });
      const from = Number(process.hrtime.bigint() / 1000n);
      const result = await load(server.url, bodyOf, { duration: 2, warmup: 0, connections });
      windows[kind] = { from, to: Number(process.hrtime.bigint() / 1000n), requests: result.total, rps: result.rps };
    }
  } finally {
    await server.stop();
  }
  try {
    const file = join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile')));
    const out = {};
    for (const [kind, w] of Object.entries(windows)) {
      const s = summarise(file, { top: 1000, window: w });
      out[kind] = { requests: w.requests, rps: w.rps, sampledMs: s.totalMs, modules: s.modules.filter((m) => m.ms >= 1), functions: s.functions.slice(0, 15) };
    }
    return out;
  } catch (error) {
    return { error: String(error) };
  }
}

/** Runs a Node script to completion (bounded); resolves its last stdout line as JSON. */
function runNode(args, env, timeout) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const lines = (result.stderr || String(result.error ?? '')).split('\n').filter((line) => line.trim() && !/^\s+at /.test(line));
    const message = lines.filter((line) => /error/i.test(line)).slice(0, 3).join(' | ') || lines.slice(-3).join(' | ');
    throw new Error(`${args.slice(0, 2).join(' ')} failed (${result.signal ?? result.status}): ${message.slice(0, 600)}`);
  }
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Starts a server (node args), waits until /graphql answers, and returns { url, stop }. */
async function startServer(name, args, env, logFile, explicitPort) {
  const port = Number(explicitPort ?? (args.includes('--port') ? args[args.indexOf('--port') + 1] : args.at(-1)));
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', fd, fd], cwd: join(ROOT, 'packages/api') });
  closeSync(fd);
  let exited;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exited = { code, signal }))));
  const url = `http://127.0.0.1:${port}/graphql`;
  const until = Date.now() + 90_000;
  for (;;) {
    if (exited) throw new Error(`${name} server exited before answering (${JSON.stringify(exited)}); see ${logFile}`);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }), signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`${name} server did not answer within 90 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    async stop() {
      if (!exited) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const result = await exit;
      clearTimeout(timer);
      return result;
    },
  };
}

/** One request outside the measurement: the query must answer without GraphQL errors. */
async function check(url, body, name) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await response.json();
  if (!response.ok || json.errors) throw new Error(`${name}: ${response.status} ${JSON.stringify(json.errors ?? json).slice(0, 400)}`);
}

/**
 * Alternates load runs between servers ([name, url, bodyOf] each): a warm-up of each, then `rounds` rounds of one
 * run per server. Returns, per server, the runs and their medians.
 */
async function alternate(sides, { duration, warmup, connections, rounds }) {
  const counters = new Map(sides.map(([name]) => [name, { i: 0 }]));
  const bodyFor = (name, bodyOf) => () => bodyOf(counters.get(name).i++);
  for (const [name, url, bodyOf] of sides) await load(url, bodyFor(name, bodyOf), { duration: warmup, warmup: 0, connections });
  const runs = Object.fromEntries(sides.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, url, bodyOf] of sides) runs[name].push(await load(url, bodyFor(name, bodyOf), { duration, warmup: 0, connections }));
  }
  const med = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      { runs: list, rps: med(list.map((r) => r.rps)), p50: med(list.map((r) => r.p50)), p99: med(list.map((r) => r.p99)), errors: list.reduce((n, r) => n + r.errors + r.timeouts, 0), non2xx: list.reduce((n, r) => n + r.non2xx, 0) },
    ]),
  );
}

/** autocannon for `duration` seconds after `warmup` seconds, with a different request body each time. */
async function load(url, bodyOf, { duration, warmup, connections }) {
  let i = 0;
  const run = (seconds) =>
    autocannon({
      url,
      connections,
      duration: seconds,
      timeout: 10,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(bodyOf(i++)) }) }],
    });
  if (warmup > 0) await run(warmup);
  const r = await run(duration);
  return { rps: r.requests.average, total: r.requests.total, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx };
}

