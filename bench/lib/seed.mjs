// Seeds the API's database through its own code, and counts SQL statements per GraphQL request.
//
//   node seed.mjs prepare <templates.json> <count>
//     Generates `count` lint-clean policies and runs each through the API's publish preparation
//     (preparePublication: lint, extends, content hash, findings), saving the results as templates.
//   node seed.mjs seed <templates.json> <from> <to> [--per-clinic n] [--count-queries]
//     Opens the store (DATABASE_URL, else PGlite in CLEARFRAME_DATA_DIR) and publishes policies
//     number from…to-1 with savePublication, one transaction per clinic, each a copy of a template
//     with its own clinic, id and content hash. With --count-queries, runs the benchmark queries
//     in process (createApi + yoga.fetch) and writes the SQL statements each one sends.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultConfig } from '@clearframe/linter';
import { createApi, createLogger, openStore } from '@clearframe/api';
import { generate, LINT_DATE, loadExamples } from './generate.mjs';
import { QUERIES, clinicOf, lintSourcesOf, slugOf } from './api-queries.mjs';

const API_DIST = new URL('../../packages/api/dist/', import.meta.url);
const { preparePublication } = await import(new URL('publishing.js', API_DIST).href);
const { savePublication } = await import(new URL('store/publish.js', API_DIST).href);
const { contentHash } = await import(new URL('canonical.js', API_DIST).href);

const [command, ...rest] = process.argv.slice(2);

if (command === 'prepare') {
  const [target, countText] = rest;
  const dir = mkdtempSync(join(tmpdir(), 'cf-templates-'));
  try {
    const bases = await loadExamples(new URL('../../examples/', import.meta.url).pathname);
    const { files, clinicOf: clinicOfFile } = generate(bases, dir, Number(countText), { seed: 7, defectRate: 0 });
    const config = defaultConfig('/');
    const templates = [];
    for (const file of files) {
      const clinic = clinicOfFile(file);
      const path = file.slice(dir.length + 1);
      const prepared = await preparePublication(clinic, [{ path, source: readFileSync(file, 'utf8') }], { config, today: LINT_DATE });
      if (prepared.rejected.length > 0 || prepared.policies.length !== 1) continue;
      const [policy] = prepared.policies;
      templates.push({ clinic, slug: policy.slug, document: policy.document, sources: policy.sources, findings: policy.findings, exceptions: policy.exceptions ?? [], lintStatus: policy.lintStatus });
    }
    writeFileSync(target, JSON.stringify(templates));
    process.stdout.write(JSON.stringify({ templates: templates.length, of: files.length }) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else if (command === 'seed') {
  const { positionals, values } = parseArgs({ args: rest, allowPositionals: true, options: { 'per-clinic': { type: 'string', default: '20' }, 'count-queries': { type: 'boolean', default: false }, concurrency: { type: 'string', default: '4' } } });
  const [templatesPath, fromText, toText] = positionals;
  const templates = JSON.parse(readFileSync(templatesPath, 'utf8'));
  const perClinic = Number(values['per-clinic']);
  const from = Number(fromText);
  const to = Number(toText);
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.CLEARFRAME_DATA_DIR });
  try {
    const started = performance.now();
    const before = store.queryCount;
    // One publish (transaction) per clinic; PostgreSQL takes several clinics at once, PGlite queues them anyway.
    let k = from;
    const next = () => {
      if (k >= to) return undefined;
      const clinic = clinicOf(k, perClinic);
      const batch = [];
      do batch.push(copyOf(templates[k % templates.length], k, clinic));
      while (++k < to && clinicOf(k, perClinic) === clinic);
      return { clinic, policies: batch, commit: 'bench' };
    };
    const worker = async () => {
      for (let publication = next(); publication; publication = next()) await savePublication(store, publication);
    };
    await Promise.all(Array.from({ length: store.kind === 'postgres' ? Number(values.concurrency) : 1 }, worker));
    const seconds = (performance.now() - started) / 1000;
    const result = { seeded: to - from, seconds, perSecond: (to - from) / seconds, statements: store.queryCount - before };
    if (values['count-queries']) ({ counts: result.sqlPerRequest, plans: result.plans } = await countQueries(store, { total: to, perClinic, slugOfTemplate: (k) => templates[k % templates.length].slug, lintSources: lintSourcesOf(templates) }));
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    await store.close();
  }
} else {
  process.stderr.write('usage: seed.mjs prepare <templates.json> <count> | seed <templates.json> <from> <to> [--per-clinic n] [--count-queries]\n');
  process.exitCode = 2;
}

/** Template `t` published as policy number k of `clinic`: its own id (slug), clinic and content hash. */
function copyOf(t, k, clinic) {
  const slug = slugOf(t.slug, k);
  const document = structuredClone(t.document);
  document.metadata.id = slug;
  if (document.metadata.clinic !== undefined) document.metadata.clinic = clinic;
  const path = `clinics/${clinic}/policies/${slug}.yaml`;
  const sources = t.sources.map((s) => ({
    path,
    source: s.source.replace(/^( {2}id: ).*$/m, `$1${slug}`).replace(/^( {2}clinic: ).*$/m, `$1${clinic}`),
  }));
  const ownPath = (f) => ({ ...f, filePath: path });
  return { slug, filePath: path, document, contentHash: contentHash(document), sources, findings: t.findings.map(ownPath), exceptions: (t.exceptions ?? []).map(ownPath), lintStatus: t.lintStatus };
}

/**
 * SQL statements per request, measured in process with the API's own yoga instance and store counter;
 * and the plan PostgreSQL chose for each statement of the last request (EXPLAIN ANALYZE, same SQL and parameters).
 */
async function countQueries(store, ctx) {
  const api = createApi({ store, logger: createLogger('silent'), production: true, today: () => LINT_DATE });
  const counts = {};
  const plans = {};
  const query = store.query.bind(store);
  let captured = [];
  store.query = (sql, params) => {
    captured.push({ sql, params });
    return query(sql, params);
  };
  try {
    for (const [name, q] of Object.entries(QUERIES)) {
      const samples = [];
      for (let i = 0; i < 3; i++) {
        captured = [];
        const before = store.queryCount;
        const response = await api.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(q.body(i, ctx)) });
        const json = await response.json();
        if (json.errors) throw new Error(`${name}: ${JSON.stringify(json.errors).slice(0, 500)}`);
        samples.push(store.queryCount - before);
      }
      counts[name] = samples;
      const statements = captured.filter((c) => /^\s*SELECT/i.test(c.sql));
      plans[name] = [];
      for (const { sql, params } of statements) {
        const [row] = await query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
        const explained = Object.values(row)[0];
        const plan = (typeof explained === 'string' ? JSON.parse(explained) : explained)[0];
        // EXPLAIN ANALYZE leaves out reading the large (TOASTed) jsonb values and sending them: time the statement as the API sees it too.
        const trips = [];
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          await query(sql, params);
          trips.push(performance.now() - started);
        }
        trips.sort((a, b) => a - b);
        plans[name].push({ sql: sql.replace(/\s+/g, ' ').trim().slice(0, 400), ms: plan['Execution Time'], roundTripMs: trips[2], plan: describePlan(plan.Plan) });
      }
    }
  } finally {
    store.query = query;
  }
  return { counts, plans };
}

/** A plan as one line, root first: node type, relation or index, and the rows it actually produced or sorted. */
function describePlan(node) {
  const parts = [];
  const walk = (n, depth) => {
    const what = [n['Node Type'], n['Relation Name'] ? `on ${n['Relation Name']}` : '', n['Index Name'] ? `using ${n['Index Name']}` : ''].filter(Boolean).join(' ');
    const removed = n['Rows Removed by Filter'] ? `, ${n['Rows Removed by Filter']} removed by filter` : '';
    const sort = n['Sort Method'] ? `, ${n['Sort Method']}` : '';
    parts.push(`${'  '.repeat(depth)}${what} (rows ${n['Actual Rows']}${n['Actual Loops'] > 1 ? ` × ${n['Actual Loops']} loops` : ''}${removed}${sort})`);
    for (const child of n.Plans ?? []) walk(child, depth + 1);
  };
  walk(node, 0);
  return parts;
}
