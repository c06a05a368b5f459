// Lint benchmarks: clearframe lint vs the YAML parse floor vs Spectral on the same generated files,
// and the one-file cold start vs bare `node -e 0`. Every process runs under a time limit.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, LINT_DATE, loadExamples } from './generate.mjs';
import { measure, median } from './measure.mjs';
import { summarise } from './profile.mjs';
import { makeRuleset } from '../spectral/make-ruleset.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'packages/linter/bin/clearframe.js');
const FLOOR = new URL('./floor.mjs', import.meta.url).pathname;
const SPECTRAL = join(ROOT, 'node_modules/@stoplight/spectral-cli/dist/index.js');

/**
 * Runs the lint section. `plan` sets repetitions and limits; `log` reports progress.
 * Returns plain data for results.md.
 */
export async function lintBench({ work, sizes, reps, spectralSampleAt, coldRuns, deadline, log }) {
  const ruleset = makeRuleset().pathname;
  const bases = await loadExamples(join(ROOT, 'examples'));
  const out = { sizes: [], cold: undefined, profiles: {}, agreement: undefined, bases: bases.length, lintDate: LINT_DATE, notes: [] };
  const left = () => deadline - Date.now();
  let firstFile;

  for (const n of sizes) {
    const dir = join(work, `policies-${n}`);
    log(`generating ${n} policies`);
    const generated = generate(bases, dir, n);
    firstFile ??= generated.files[0];
    const bytes = generated.files.reduce((sum, f) => sum + readFileSync(f).byteLength, 0);
    const row = { n, clinics: generated.clinics, defects: generated.defects, bytes, floor: [], lint: [], spectral: undefined, findings: undefined };
    const lintArgs = (output) => [CLI, 'lint', dir, '--format', 'json', '--output', output, '--today', LINT_DATE];
    // Interleaved, so a burst of load on the machine hits both sides alike.
    for (let i = 0; i < (reps[n] ?? 1); i++) {
      log(`  floor and clearframe lint, N=${n}, run ${i + 1}`);
      row.floor.push(await measure(process.execPath, [FLOOR, dir], { timeoutMs: 240_000 }));
      const output = join(work, `lint-${n}.json`);
      row.lint.push(await measure(process.execPath, lintArgs(output), { timeoutMs: 240_000 }));
      if (i === 0) row.findings = countFindings(output);
    }
    // Spectral: every file when it fits the time budget; at large N, an evenly spaced sample of the same files.
    const sampleEvery = spectralSampleAt[n] ?? 1;
    const sample = generated.files.filter((_, i) => i % sampleEvery === 0);
    const estimate = sample.length * 0.06 + 5;
    if (left() < estimate * 1000 + 20_000) {
      row.spectral = { skipped: `not run: ${Math.round(left() / 1000)} s left of the time budget, Spectral needs ~${Math.round(estimate)} s` };
    } else {
      log(`  spectral, N=${n}${sampleEvery > 1 ? ` (every ${sampleEvery}th file: ${sample.length})` : ''}`);
      const output = join(work, `spectral-${n}.json`);
      const targets = sampleEvery > 1 ? sample : [join(dir, 'clinics/**/*.yaml')];
      const result = await measure(process.execPath, [SPECTRAL, 'lint', ...targets, '--ruleset', ruleset, '--format', 'json', '--output', output, '--ignore-unknown-format', '--quiet'], {
        timeoutMs: Math.max(30_000, Math.min(300_000, left())),
      });
      row.spectral = { ...result, files: sample.length, sampled: sampleEvery > 1, every: sampleEvery, findings: result.timedOut ? undefined : countSpectral(output) };
      if (!result.timedOut && sampleEvery === 1) out.agreement ??= agreement(join(work, `lint-${n}.json`), output, n);
    }
    out.sizes.push(row);
  }

  // --concurrency auto and --cache on the largest N, interleaved with the floor and a plain run; outputs compared byte for byte.
  // About nine plain lints' worth of runs: skipped when that would eat the API section's time (BENCH_ONLY=scale runs it alone).
  const plainWall = median(out.sizes.at(-1).lint.map((x) => x.wall)) * 1000;
  out.scale = left() > 10 * plainWall ? await scaleBench({ work, n: sizes.at(-1), reps: Math.min(2, reps[sizes.at(-1)] ?? 1), left, log }) : { n: sizes.at(-1), notes: [`not run in this pass: ${Math.round(left() / 1000)} s left of the lint section's time, ~${Math.round((10 * plainWall) / 1000)} s needed; BENCH_ONLY=scale runs it alone`], plain: [] };

  // The same comparison inside one process, alternating every 20 files: much less sensitive to other load.
  const perFileSize = sizes.includes(1000) ? 1000 : sizes[0];
  log(`per-file engine vs floor, in one process, N=${perFileSize}`);
  const perFile = await measure(process.execPath, [new URL('./per-file.mjs', import.meta.url).pathname, join(work, `policies-${perFileSize}`), '2'], { timeoutMs: 120_000 });
  try {
    out.perFile = JSON.parse(perFile.stdout.trim());
  } catch {
    out.notes.push(`per-file comparison failed: ${perFile.stderr.slice(-300)}`);
  }

  // Spectral's fixed start-up cost (one file), so a sampled run can be compared conservatively.
  if (out.sizes.some((row) => row.spectral?.sampled)) {
    const one = await measure(process.execPath, [SPECTRAL, 'lint', firstFile, '--ruleset', ruleset, '--format', 'json', '--output', join(work, 'spectral-one.json'), '--ignore-unknown-format', '--quiet'], { timeoutMs: 60_000 });
    out.spectralStartup = one.wall;
  }

  // Where the time goes: CPU profiles of the largest lint and of the floor on the same files.
  const largest = sizes.at(-1);
  const profileDir = join(work, 'profiles');
  rmSync(profileDir, { recursive: true, force: true });
  const profileSize = sizes.includes(1000) ? 1000 : largest;
  log(`profiling clearframe lint and the floor, N=${profileSize}`);
  await measure(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, 'lint')}`, ...[CLI, 'lint', join(work, `policies-${profileSize}`), '--format', 'json', '--output', join(work, 'profiled.json'), '--today', LINT_DATE]], { timeoutMs: 120_000 });
  await measure(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, 'floor')}`, FLOOR, join(work, `policies-${profileSize}`)], { timeoutMs: 120_000 });
  out.profiles.lint = profileOf(join(profileDir, 'lint'), profileSize);
  out.profiles.floor = profileOf(join(profileDir, 'floor'), profileSize);

  // Cold start: one policy file in a directory of its own (a solo practice), no config file.
  const solo = join(work, 'solo');
  mkdirSync(solo, { recursive: true });
  const clean = pickCleanFile(join(work, `lint-${sizes[0]}.json`), join(work, `policies-${sizes[0]}`));
  copyFileSync(clean, join(solo, 'policy.yaml'));
  const node0 = [];
  const one = [];
  log(`cold start, ${coldRuns} runs each`);
  const oneArgs = [CLI, 'lint', 'policy.yaml', '--format', 'json', '--output', join(work, 'one.json'), '--today', LINT_DATE];
  for (let i = 0; i < coldRuns; i++) {
    node0.push(await measure(process.execPath, ['-e', '0'], { cwd: solo, timeoutMs: 30_000 }));
    one.push(await measure(process.execPath, oneArgs, { cwd: solo, timeoutMs: 30_000 }));
  }
  await measure(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '50', `--cpu-prof-dir=${join(profileDir, 'cold')}`, ...oneArgs], { cwd: solo, timeoutMs: 30_000 });
  out.cold = { node0, one, exit: one[0]?.code, profile: profileOf(join(profileDir, 'cold'), 1) };
  return out;
}

/**
 * Parallel and cached linting at N files, side by side with the floor and a plain single-threaded run:
 * `--concurrency auto` against the floor (target ≤ 0.75×), and a `--cache` re-lint after one file changed against a
 * full plain lint (target ≤ 10%). Each output is compared with the plain run's, byte for byte.
 */
export async function scaleBench({ work, n, reps, left, log }) {
  const dir = join(work, `policies-${n}`);
  if (!existsSync(dir)) generate(await loadExamples(join(ROOT, 'examples')), dir, n);
  const out = { n, reps, floor: [], plain: [], parallel: [], relint: [], identical: { parallel: true, cached: true }, notes: [] };
  if (left() < 120_000) {
    out.notes.push(`not run: ${Math.round(left() / 1000)} s left of the time budget`);
    return out;
  }
  const lint = (output, ...extra) => measure(process.execPath, [CLI, 'lint', dir, '--format', 'json', '--output', output, '--today', LINT_DATE, ...extra], { timeoutMs: 240_000 });
  const same = (a, b) => readFileSync(a).equals(readFileSync(b));
  const cache = join(work, `cache-${n}`);
  for (let i = 0; i < reps; i++) {
    log(`  floor, plain and --concurrency auto, N=${n}, run ${i + 1}`);
    out.floor.push(await measure(process.execPath, [FLOOR, dir], { timeoutMs: 240_000 }));
    out.plain.push(await lint(join(work, `plain-${n}.json`)));
    out.parallel.push(await lint(join(work, `parallel-${n}.json`), '--concurrency', 'auto'));
    out.identical.parallel &&= same(join(work, `plain-${n}.json`), join(work, `parallel-${n}.json`));
  }
  log(`  --cache: a full run fills it, then one file changes, N=${n}`);
  out.fill = await lint(join(work, `cached-${n}.json`), '--cache', '--cache-location', cache);
  const files = readdirSync(join(dir, 'clinics'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).sort();
  for (let i = 0; i < reps; i++) {
    const changed = join(dir, 'clinics', files[(i * 7919) % files.length]);
    writeFileSync(changed, readFileSync(changed, 'utf8') + `# changed ${i}\n`);
    out.relint.push(await lint(join(work, `cached-${n}.json`), '--cache', '--cache-location', cache));
    await lint(join(work, `plain-${n}.json`));
    out.identical.cached &&= same(join(work, `plain-${n}.json`), join(work, `cached-${n}.json`));
  }
  return out;
}

/** One-file cold start of the one-file bundle (dist/clearframe.mjs) against the built CLI and bare `node -e 0`, interleaved. */
export async function bundleColdBench({ work, runs, log }) {
  const bundle = join(ROOT, 'dist/clearframe.mjs');
  if (!existsSync(bundle)) return { notes: ['dist/clearframe.mjs is missing (npm run bundle)'] };
  const solo = join(work, 'solo-bundle');
  mkdirSync(join(solo, 'policies'), { recursive: true });
  copyFileSync(join(ROOT, 'examples/clinics/cedar-hollow/clinic.yaml'), join(solo, 'clinic.yaml'));
  copyFileSync(join(ROOT, 'examples/clinics/cedar-hollow/policies/maya-okafor.yaml'), join(solo, 'policies/policy.yaml'));
  const out = { node0: [], cli: [], bundle: [], bytes: statSync(bundle).size };
  log(`cold start of the bundle, ${runs} runs each (one policy and the clinic.yaml it extends)`);
  for (let i = 0; i < runs; i++) {
    out.node0.push(await measure(process.execPath, ['-e', '0'], { cwd: solo, timeoutMs: 30_000 }));
    for (const [name, entry] of [['cli', CLI], ['bundle', bundle]]) {
      out[name].push(await measure(process.execPath, [entry, 'lint', 'policies/policy.yaml', '--format', 'json', '--output', join(work, `cold-${name}.json`), '--today', LINT_DATE], { cwd: solo, timeoutMs: 30_000 }));
    }
  }
  return out;
}

function countFindings(path) {
  try {
    const results = JSON.parse(readFileSync(path, 'utf8'));
    const byRule = {};
    let messages = 0;
    let suppressed = 0;
    for (const r of results) {
      for (const m of r.messages) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
      messages += r.messages.length;
      suppressed += r.suppressedMessages.length;
    }
    return { files: results.length, withFindings: results.filter((r) => r.messages.length > 0).length, messages, suppressed, byRule };
  } catch {
    return undefined;
  }
}

function countSpectral(path) {
  try {
    const results = JSON.parse(readFileSync(path, 'utf8'));
    const byRule = {};
    for (const r of results) byRule[r.code] = (byRule[r.code] ?? 0) + 1;
    return { messages: results.length, files: new Set(results.map((r) => r.source)).size, byRule };
  } catch {
    return undefined;
  }
}

/** Files each tool flags for the checks both implement, to show they did the same work. */
function agreement(lintPath, spectralPath, n) {
  try {
    const lint = JSON.parse(readFileSync(lintPath, 'utf8'));
    const spectral = JSON.parse(readFileSync(spectralPath, 'utf8'));
    const rel = (p) => p.replace(/^.*?(clinics\/)/, '$1');
    const files = (entries) => new Set(entries);
    const lintFiles = (ids) => files(lint.filter((r) => r.messages.some((m) => ids.includes(m.ruleId))).map((r) => rel(r.filePath)));
    const specFiles = (codes) => files(spectral.filter((m) => codes.includes(m.code)).map((m) => rel(m.source)));
    /** @type {[string, Set<string>, Set<string>][]} */
    const rows = [
      ['schema', lintFiles(['schema']), specFiles(['policy-schema'])],
      ['turnaround-required', lintFiles(['turnaround-required']), specFiles(['turnaround-required'])],
      ['crisis-route-required', lintFiles(['crisis-route-required']), specFiles(['crisis-route-required'])],
      ['friending-confidentiality', lintFiles(['friending-confidentiality']), specFiles(['friending-confidentiality'])],
    ];
    return { n, rows: rows.map(([rule, a, b]) => ({ rule, clearframe: a.size, spectral: b.size, both: [...a].filter((f) => b.has(f)).length })) };
  } catch {
    return undefined;
  }
}

function profileOf(dir, n) {
  try {
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    const s = summarise(join(dir, file), { top: 10 });
    // Inclusive share of the run for every function above 0.1%, keyed "name module", for results.md.
    const inclusiveShares = Object.fromEntries([...s.inclusiveAll].filter(([, time]) => time / s.total >= 0.001).map(([name, time]) => [name, time / s.total]));
    const mainAt = s.firstSeen.get('main @clearframe/linter:cli');
    return { n, totalMs: s.totalMs, modules: s.modules, functions: s.functions, inclusive: s.inclusive, inclusiveShares, beforeMainShare: mainAt === undefined ? undefined : mainAt / s.total };
  } catch (error) {
    return { error: String(error) };
  }
}

function pickCleanFile(lintJson, dir) {
  try {
    const clean = JSON.parse(readFileSync(lintJson, 'utf8')).find((r) => r.messages.length === 0);
    if (clean) return join(dir, clean.filePath.replace(/^.*?(clinics\/)/, '$1'));
  } catch { /* fall through */ }
  const first = readdirSync(join(dir, 'clinics'))[0];
  const policies = join(dir, 'clinics', first, 'policies');
  return join(policies, readdirSync(policies)[0]);
}

export { median };
