// `npm run bench`: lint throughput and cold start, API throughput and latency, web bundle size.
// Everything runs on 127.0.0.1, every step is time-bounded, and the whole run stays under 10 minutes
// on the reference machine (2 cores). Writes bench/results.md (and results.json, the raw figures).
//
// Environment: BENCH_FULL=1 also runs Spectral on all 10,000 files and PGlite at 100,000 policies
// (well over 10 minutes); BENCH_ONLY=lint|api|web|scale|bundle measures one section again and keeps the others
// from the last run (scale: parallel and cached linting; bundle: the bundle's cold start); BENCH_QUICK=1 is a short smoke run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { apiBench } from './lib/api-bench.mjs';
import { bundleColdBench, lintBench, scaleBench } from './lib/lint-bench.mjs';
import { ensureTimeTool } from './lib/measure.mjs';
import { render } from './lib/report.mjs';
import { webBench } from './lib/web-bench.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const started = Date.now();
const BUDGET_MS = 570_000;
const deadline = started + BUDGET_MS;
const full = process.env.BENCH_FULL === '1';
const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY;
const log = (message) => process.stderr.write(`[bench ${String(Math.round((Date.now() - started) / 1000)).padStart(3)} s] ${message}\n`);

const work = mkdtempSync(join(tmpdir(), 'clearframe-bench-'));
const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cpus: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  os: `${platform()} ${release()}`,
  date: new Date().toISOString(),
  loadAtStart: loadavg().map((x) => x.toFixed(2)).join(' '),
  timeTool: ensureTimeTool(log),
};
const results = { machine, full, quick };

// Stop cleanly on Ctrl-C: child servers are stopped by the sections' finally blocks.
process.once('SIGINT', () => {
  log('interrupted');
  process.exitCode = 130;
});

try {
  if (only) {
    // One section measured again; the others keep the figures of the last run (each section's sides are interleaved within it).
    const last = JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8'));
    Object.assign(results, last, { full, quick, machine: { ...last.machine, [`${only}RunAt`]: machine.date, [`${only}LoadAtStart`]: machine.loadAtStart } });
  }
  if (only === 'scale' || only === 'bundle') {
    if (only === 'scale') results.lint.scale = await scaleBench({ work, n: 10000, reps: 2, left: () => deadline - Date.now(), log });
    else results.lint.bundleCold = await bundleColdBench({ work, runs: 15, log });
  }
  if (!only || only === 'lint') {
    results.lint = await lintBench({
      work,
      sizes: quick ? [100, 1000] : [100, 1000, 10000],
      reps: quick ? { 100: 2, 1000: 1 } : { 100: 3, 1000: 2, 10000: 2 },
      spectralSampleAt: full || quick ? {} : { 1000: 4, 10000: 20 },
      coldRuns: quick ? 5 : 15,
      deadline: deadline - (only ? 0 : 300_000),
      log,
    });
  }
  if (!only || only === 'api') {
    try {
      results.api = await apiBench({
        work,
        sizes: quick ? [100, 1000] : [100, 10000, 100000],
        pgliteMax: full ? Infinity : 10000,
        duration: quick ? 2 : 3,
        warmup: 1,
        connections: 10,
        deadline,
        log,
      });
    } catch (error) {
      results.api = { available: false, notes: [`the API benchmark failed: ${error.message}`] };
      log(`API benchmark failed: ${error.stack}`);
    }
  }
  if (!only || only === 'web') results.web = webBench(ROOT);
} finally {
  if (!only) results.seconds = (Date.now() - started) / 1000;
  writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, replacer, 2) + '\n');
  writeFileSync(new URL('./results.md', import.meta.url), render(results));
  rmSync(work, { recursive: true, force: true });
  log(`done in ${Math.round(results.seconds)} s: bench/results.md`);
}

// Raw measurements keep their figures, not the captured output of the processes.
function replacer(key, value) {
  return key === 'stdout' || key === 'stderr' ? undefined : value;
}
