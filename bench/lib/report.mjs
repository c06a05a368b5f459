// Renders bench/results.md from the raw figures of one run.
import { median } from './measure.mjs';

const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const int = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en') : '—');
const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : '—');
const mb = (x) => (Number.isFinite(x) ? `${Math.round(x)} MB` : '—');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const yes = (ok) => (ok === undefined ? 'not measured' : ok ? '**met**' : '**not met**');
const max = (values) => Math.max(...values.filter(Number.isFinite));
/** Inclusive share of a profiled run spent in the named functions ("name module", as profile.mjs keys them). */
const share = (profile, names) => names.reduce((sum, name) => sum + (profile.inclusiveShares?.[name] ?? 0), 0);

export function render(r) {
  const out = [];
  const targets = [];
  const m = r.machine;
  out.push('# Clearframe benchmarks — results', '');
  out.push(`Written by \`npm run bench\` (bench/run.mjs) on ${m.date.slice(0, 16).replace('T', ' ')} UTC, in ${Math.round(r.seconds)} s.${r.quick ? ' **Quick smoke run (BENCH_QUICK=1): not the reference figures.**' : ''}`, '');
  for (const section of ['lint', 'api', 'web']) {
    if (m[`${section}RunAt`]) out.push(`The ${section} section was measured again on its own (\`BENCH_ONLY=${section}\`), on ${m[`${section}RunAt`].slice(0, 16).replace('T', ' ')} UTC, load average at its start ${m[`${section}LoadAtStart`]}.`, '');
  }
  if (m.bundleRunAt) out.push(`The section "Cold start of the bundle" was measured afterwards on its own (\`BENCH_ONLY=bundle\`), on ${m.bundleRunAt.slice(0, 16).replace('T', ' ')} UTC, load average at its start ${m.bundleLoadAtStart}.`, '');
  if (m.scaleRunAt) out.push(`The section "Parallel and cached linting" was measured afterwards on its own (\`BENCH_ONLY=scale\`), on ${m.scaleRunAt.slice(0, 16).replace('T', ' ')} UTC, load average at its start ${m.scaleLoadAtStart}; its sides are interleaved with each other.`, '');
  out.push('| Machine | |', '|---|---|');
  out.push(`| CPU | ${m.cpu} × ${m.cpus} |`, `| Memory | ${m.memoryGB} GB |`, `| Node | ${m.node} |`, `| OS | ${m.os} |`);
  out.push(`| Load average at start (1, 5, 15 min) | ${m.loadAtStart} — the machine is shared; wall times move with it, CPU times much less |`);
  out.push(`| Peak RSS measured with | ${m.timeTool === 'gnu-time' ? 'GNU time (/usr/bin/time)' : 'process.resourceUsage() in a wrapper (GNU time unavailable)'} |`, '');
  out.push('Every ratio below compares figures measured **side by side in this run** (the two sides interleaved run by run), never against numbers from another run or machine.', '');

  const body = [];
  if (r.lint) lintSection(r.lint, body, targets);
  if (r.api) apiSection(r.api, body, targets);
  if (r.web) webSection(r.web, body, targets);

  out.push('## Targets', '', '| Target | Measured | |', '|---|---|---|');
  for (const t of targets) out.push(`| ${t.target} | ${t.measured} | ${yes(t.ok)} |`);
  out.push('');
  const missed = targets.filter((t) => t.ok === false);
  if (missed.length > 0) {
    out.push('Targets not met, and why (details and profiles in the sections below):', '');
    for (const t of missed) out.push(`- **${t.target}** — ${t.why}`);
    out.push('');
  }
  out.push(...body);
  return out.join('\n') + '\n';
}

function lintSection(lint, out, targets) {
  out.push('## Lint', '');
  out.push(`Files: N policy files generated from the ${lint.bases} example policies (examples/, ClinicDefaults merged in so every file stands alone), with varied ids, clinics, jurisdictions, clinicians, contact methods (renamed, re-addressed, dropped, added), routes, turnaround, social-media stances and free text; about one file in six carries a defect (missing turnaround.within, crisis route without help, friending without confidentiality note, unknown route method, unquoted number, misspelt key, …) and some carry disable comments. Laid out as clinics/<clinic>/policies/<id>.yaml with a clearframe.config.yaml (an override, a rule option). Lint date fixed at ${lint.lintDate}.`, '');
  out.push('- **floor**: one Node process that lists the directory, reads every file and parses it with `yaml` (`parse`), nothing else — the least any YAML linter must do.');
  out.push('- **clearframe**: `clearframe lint <dir> --format json --output <file>` as one process (config, discovery, parse with positions, JSON Schema, 31 policy rules, disable comments, duplicate ids across files, report).');
  out.push('- **Spectral**: `spectral lint` (@stoplight/spectral-cli) with bench/spectral/.spectral.yaml: the same JSON Schema through Spectral\'s `schema` function plus turnaround-required, crisis-route-required and friending-confidentiality. It does less than clearframe (4 checks instead of 33).');
  out.push('- Times are medians over the runs (wall clock; CPU = user + sys). Files/s = N ÷ wall time. Peak RSS is the largest over the runs.', '');
  out.push('| N | size | floor wall (files/s) | clearframe wall (files/s) | **clearframe ÷ floor** wall / CPU | Spectral wall (files/s) | **clearframe ÷ Spectral** speed | peak RSS floor / clearframe / Spectral | runs |');
  out.push('|---|---|---|---|---|---|---|---|---|');
  let at10k;
  for (const row of lint.sizes) {
    const fw = median(row.floor.map((x) => x.wall));
    const lw = median(row.lint.map((x) => x.wall));
    const fc = median(row.floor.map((x) => x.cpu));
    const lc = median(row.lint.map((x) => x.cpu));
    const s = row.spectral;
    let spectralCell = s?.skipped ?? '—';
    let speedup;
    let conservative;
    if (s && !s.skipped) {
      const rate = s.files / s.wall;
      speedup = row.n / lw / rate;
      const startup = lint.spectralStartup;
      conservative = Number.isFinite(startup) && s.sampled ? row.n / lw / (s.files / Math.max(0.001, s.wall - startup)) : speedup;
      spectralCell = s.timedOut ? `timed out after ${fmt(s.wall, 0)} s` : `${fmt(s.wall, 1)} s (${int(rate)})${s.sampled ? ` on ${s.files} files (every ${s.every}th)` : ''}`;
    }
    const rss = `${mb(max(row.floor.map((x) => x.rssMB)))} / ${mb(max(row.lint.map((x) => x.rssMB)))} / ${s && !s.skipped ? mb(s.rssMB) : '—'}`;
    const speedCell = speedup === undefined ? '—' : s.sampled ? `${fmt(speedup, 1)}× (${fmt(conservative, 1)}× with Spectral's start-up left out)` : `${fmt(speedup, 1)}×`;
    out.push(`| ${int(row.n)} | ${fmt(row.bytes / 2 ** 20, 1)} MB | ${fmt(fw, 2)} s (${int(row.n / fw)}) | ${fmt(lw, 2)} s (${int(row.n / lw)}) | **${fmt(lw / fw)}×** / ${fmt(lc / fc)}× | ${spectralCell} | **${speedCell}** | ${rss} | ${row.lint.length} |`);
    if (row.n === 10000) at10k = { fw, lw, fc, lc, speedup: s?.sampled ? conservative : speedup, rss: max(row.lint.map((x) => x.rssMB)), spectral: s, row };
  }
  out.push('');
  if (lint.perFile) out.push(`Inside one process, alternating every 20 files so that load from other processes hits both sides alike (N=${int(lint.perFile.files)}, ${lint.perFile.rounds} rounds after a warm-up): the floor (read + \`yaml.parse\`) takes ${fmt(lint.perFile.floorMs, 0)} ms per 1,000 files, clearframe's engine (\`lintFiles\` on the same files: read, parse with positions, schema, rules, disable comments) ${fmt(lint.perFile.engineMs, 0)} ms: **${fmt(lint.perFile.ratio)}×** the floor, without process start-up and report writing.`, '');
  if (lint.spectralStartup !== undefined) out.push(`Spectral's start-up (one file): ${fmt(lint.spectralStartup, 1)} s. At 10,000 files Spectral runs on an evenly spaced sample of the same files (its cost per file does not depend on the other files), because all 10,000 would take ~7 minutes here; the conservative ratio subtracts its start-up from the sample's time, as if it were spread over 10,000 files. BENCH_FULL=1 runs all 10,000.`, '');
  const findings = lint.sizes.map((row) => row.findings && `N=${int(row.n)}: ${int(row.findings.withFindings)} files with findings, ${int(row.findings.messages)} findings (${Object.entries(row.findings.byRule).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}), ${row.findings.suppressed} suppressed by disable comments`).filter(Boolean);
  out.push('What clearframe found (the work is real, not a clean-path shortcut):', '', ...findings.map((f) => `- ${f}`), '');
  if (lint.agreement) {
    out.push(`Same work: files flagged by each tool for the four checks both implement (N=${int(lint.agreement.n)}). Spectral reports a file that fails the schema under its other rules too (clearframe stops at schema errors, as specified), so its counts can be higher; every file clearframe flags, Spectral flags as well where the "both" column equals clearframe's count.`, '');
    out.push('| check | clearframe | Spectral | both |', '|---|---|---|---|');
    for (const a of lint.agreement.rows) out.push(`| ${a.rule} | ${a.clearframe} | ${a.spectral} | ${a.both} |`);
    out.push('');
  }

  if (at10k) {
    const ratio = at10k.lw / at10k.fw;
    targets.push({ target: 'lint 10,000 files ≤ 1.5× the floor\'s time', measured: `${fmt(ratio)}× wall (${fmt(at10k.lw, 1)} s vs ${fmt(at10k.fw, 1)} s), ${fmt(at10k.lc / at10k.fc)}× CPU`, ok: ratio <= 1.5, why: whyFloor(lint) });
    if (at10k.speedup !== undefined) targets.push({ target: 'lint ≥ 10× faster than Spectral on the same files', measured: `${fmt(at10k.speedup, 1)}× at 10,000 files${at10k.spectral.sampled ? ' (Spectral on a sample, start-up left out)' : ''}`, ok: at10k.speedup >= 10, why: 'see the Spectral row and its profile note' });
    targets.push({ target: 'lint peak RSS at 10,000 files ≤ 200 MB', measured: mb(at10k.rss), ok: at10k.rss <= 200, why: at10k.rss <= 200 ? '' : 'the engine now keeps every policy\'s parsed file (YAML document and text) until the end of the run, for the cross-file rules (`projectPolicies` in packages/linter/src/lint.ts; duplicate-id needs only a position): peak RSS grows with N, while the live heap after the run is ~11 MB (2,000 files, measured with --expose-gc). Keeping only the id\'s position, as the previous engine did (~140 MB), is the likely fix (reported to the engine\'s owner)' });
  }

  if (lint.scale) scaleSection(lint.scale, out, targets);
  if (lint.bundleCold?.bundle) {
    const c = lint.bundleCold;
    const w = (runs) => median(runs.map((x) => x.wall));
    const u = (runs) => median(runs.map((x) => x.cpu));
    out.push('## Cold start of the bundle', '');
    out.push(`One example policy and the clinic.yaml it extends, in a directory of their own, ${c.bundle.length} interleaved runs each, medians: the one-file bundle \`dist/clearframe.mjs\` (what the Action and the pre-commit hook run) against the built CLI (\`packages/linter/bin/clearframe.js\`, tsc output) and bare \`node -e 0\`.`, '');
    out.push('| | wall | CPU | ÷ node -e 0 (wall) |', '|---|---|---|---|');
    for (const [name, runs] of [['node -e 0', c.node0], ['built CLI (many modules)', c.cli], ['bundle (one file)', c.bundle]]) out.push(`| ${name} | ${fmt(w(runs) * 1000, 0)} ms | ${fmt(u(runs) * 1000, 0)} ms | ${fmt(w(runs) / w(c.node0))}× |`);
    out.push('');
    targets.push({ target: 'one-file cold start of the bundle ≤ 2× `node -e 0`', measured: `${fmt(w(c.bundle) / w(c.node0))}× wall (${fmt(w(c.bundle) * 1000, 0)} vs ${fmt(w(c.node0) * 1000, 0)} ms)`, ok: w(c.bundle) / w(c.node0) <= 2, why: 'the bundle still parses and compiles its ' + (c.bytes ? `${Math.round(c.bytes / 1024)} KB` : 'whole') + ' of JavaScript (the rules, the ajv validators, yaml) on every start; Node 22\'s module compile cache would skip that, Node 20 has none' });
  }

  if (lint.cold) {
    const n0 = median(lint.cold.node0.map((x) => x.wall));
    const one = median(lint.cold.one.map((x) => x.wall));
    const n0c = median(lint.cold.node0.map((x) => x.cpu));
    const onec = median(lint.cold.one.map((x) => x.cpu));
    out.push('## Cold start', '');
    out.push(`One clean policy file in a directory of its own (a solo practice, no config file): \`clearframe lint policy.yaml --format json --output …\` against bare \`node -e 0\`, ${lint.cold.one.length} runs each, interleaved; medians.`, '');
    out.push('| | wall | CPU (user + sys) |', '|---|---|---|');
    out.push(`| node -e 0 | ${fmt(n0 * 1000, 0)} ms | ${fmt(n0c * 1000, 0)} ms |`);
    out.push(`| clearframe lint, one file | ${fmt(one * 1000, 0)} ms | ${fmt(onec * 1000, 0)} ms |`);
    out.push(`| **ratio** | **${fmt(one / n0)}×** | ${fmt(onec / n0c)}× |`, '');
    targets.push({ target: 'one-file cold start ≤ 3× `node -e 0`', measured: `${fmt(one / n0)}× wall (${fmt(one * 1000, 0)} vs ${fmt(n0 * 1000, 0)} ms), ${fmt(onec / n0c)}× CPU`, ok: one / n0 <= 3, why: whyCold(lint.cold.profile) });
  }

  out.push('## Where the lint time goes', '');
  out.push('CPU profiles (`node --cpu-prof`), summarised by bench/lib/profile.mjs: self time by module, and inclusive time of the engine\'s stages.', '');
  for (const [name, p] of [['clearframe lint', lint.profiles?.lint], ['floor', lint.profiles?.floor]]) {
    if (!p || p.error) continue;
    out.push(`**${name}, N=${int(p.n)}** (${int(p.totalMs)} ms sampled):`, '');
    out.push('| module (self time) | ms | share |', '|---|---|---|');
    for (const row of p.modules.slice(0, 8)) out.push(`| ${row.name} | ${int(row.ms)} | ${pct(row.share)} |`);
    out.push('');
    if (name === 'clearframe lint') {
      const stage = (label, names) => `| ${label} | ${pct(share(p, names))} |`;
      out.push('| stage (inclusive) | share of the run |', '|---|---|');
      out.push(stage('read files (diskReader)', ['diskReader @clearframe/linter:lint']));
      out.push(stage('YAML parse with positions (parseYaml → yaml.parseDocument + toJS)', ['parseYaml @clearframe/schema:parse']));
      out.push(stage('JSON Schema validation and messages (validatePolicyFile)', ['validatePolicyFile @clearframe/schema:validate']));
      out.push(stage('policy rules (runPolicyRules)', ['runPolicyRules @clearframe/linter:lint']));
      out.push(stage('finish: disable comments, sorting (finish)', ['finish @clearframe/linter:lint']));
      out.push(stage('garbage collector', ['(garbage collector) (native/v8)']));
      out.push('');
    }
  }
  const cold = lint.cold?.profile;
  if (cold && !cold.error) {
    out.push(`**cold start, one file** (${int(cold.totalMs)} ms sampled after Node's own bootstrap):`, '');
    out.push('| stage (inclusive) | share |', '|---|---|');
    out.push(`| loading modules: everything before \`main\` first runs (ESM resolve/link/evaluate, CJS require of yaml) | ${pct(coldLoadShare(cold))} |`);
    out.push(`| parsing the one file (parseYaml, first run: yaml's code is still cold) | ${pct(share(cold, ['parseYaml @clearframe/schema:parse']))} |`);
    out.push(`| validating it | ${pct(share(cold, ['validatePolicyFile @clearframe/schema:validate']))} |`);
    out.push(`| garbage collector | ${pct(share(cold, ['(garbage collector) (native/v8)']))} |`);
    out.push('');
  }
}

/** `--concurrency auto` against the floor and `--cache` after one changed file against a full lint (issue 14). */
function scaleSection(scale, out, targets) {
  out.push('## Parallel and cached linting', '');
  if (scale.notes.length > 0 && scale.plain.length === 0) {
    out.push(...scale.notes.map((n) => `- ${n}`), '');
    return;
  }
  const wall = (runs) => median(runs.map((x) => x.wall));
  const cpu = (runs) => median(runs.map((x) => x.cpu));
  const [fw, pw, cw, rw] = [wall(scale.floor), wall(scale.plain), wall(scale.parallel), wall(scale.relint)];
  out.push(`N=${int(scale.n)} generated files (as above), ${scale.reps} interleaved runs of each, medians. \`--concurrency auto\` on this ${scale.cpus ?? 2}-core machine lints in parts on the main thread and worker threads and merges them in the order one run reports; \`--cache\` re-lints after one file changed (a comment appended), starting from the cache a full \`--cache\` run wrote. Outputs compared byte for byte with the plain run: parallel ${scale.identical.parallel ? '**identical**' : '**DIFFERENT**'}, cached ${scale.identical.cached ? '**identical**' : '**DIFFERENT**'}.`, '');
  out.push('| run | wall | CPU (user + sys) | peak RSS | ÷ floor (wall) | ÷ plain lint (wall) |', '|---|---|---|---|---|---|');
  const row = (name, runs) => out.push(`| ${name} | ${fmt(wall(runs), 2)} s | ${fmt(cpu(runs), 2)} s | ${mb(max(runs.map((x) => x.rssMB)))} | ${fmt(wall(runs) / fw)}× | ${fmt(wall(runs) / pw)}× |`);
  row('floor (read + `yaml.parse`, one thread)', scale.floor);
  row('clearframe lint, single-threaded', scale.plain);
  row('clearframe lint `--concurrency auto`', scale.parallel);
  if (scale.fill) row('clearframe lint `--cache`, filling the cache', [scale.fill]);
  row('clearframe lint `--cache`, one file changed', scale.relint);
  out.push('');
  targets.push({
    target: `lint ${int(scale.n)} files with \`--concurrency auto\` ≤ 0.75× the single-threaded floor`,
    measured: `${fmt(cw / fw)}× wall (${fmt(cw, 1)} s vs ${fmt(fw, 1)} s); ${fmt(cw / pw)}× the single-threaded lint`,
    ok: cw / fw <= 0.75 && scale.identical.parallel,
    why: `the split itself works: ${fmt(cw / pw)}× the single-threaded lint's wall time for the same CPU (${fmt(cpu(scale.parallel), 1)} s against ${fmt(cpu(scale.plain), 1)} s); but one thread of clearframe costs ${fmt(pw / fw)}× the floor here, so even a perfect split over 2 cores gives ${fmt(pw / fw / 2)}×. At the measured split, the single-threaded engine would have to run at ~1.25× the floor for 0.75× (it spends ~60% of its time in the YAML parser the floor also runs)`,
  });
  targets.push({
    target: 're-lint with `--cache` after one file changed ≤ 10% of a full lint',
    measured: `${pct(rw / pw)} (${fmt(rw, 2)} s vs ${fmt(pw, 2)} s)`,
    ok: rw / pw <= 0.1 && scale.identical.cached,
    why: 'every file is still read and hashed, and the cache file (every result) read and written',
  });
}

function coldLoadShare(p) {
  // Everything sampled before the CLI's main() first runs is loading its modules (the static import graph).
  return p.beforeMainShare;
}

function whyFloor(lint) {
  const p = lint.profiles?.lint;
  if (!p || p.error) return 'no profile';
  return `the YAML parse the floor also does is ${pct(share(p, ['parseYaml @clearframe/schema:parse']))} of clearframe's time; validation ${pct(share(p, ['validatePolicyFile @clearframe/schema:validate']))}, rules ${pct(share(p, ['runPolicyRules @clearframe/linter:lint']))}, GC ${pct(share(p, ['(garbage collector) (native/v8)']))}`;
}

function whyCold(p) {
  if (!p || p.error) return 'no profile';
  return `module loading is ${pct(coldLoadShare(p))} of the sampled time (57 ES modules, 33 of them rule files, and ~70 CommonJS files, most of them yaml's; Node 20 has no module compile cache), and the first parse runs yaml's parser cold (${pct(share(p, ['parseYaml @clearframe/schema:parse']))})`;
}

function apiSection(api, out, targets) {
  out.push('## API', '');
  if (!api.available) {
    out.push(...(api.notes ?? ['not measured']).map((n) => `- ${n}`), '');
    targets.push({ target: 'API targets', measured: 'not measured', ok: undefined });
    return;
  }
  const s = api.settings;
  // The baseline takes its turn in every `policy` round; page and lint rows use the median of all those baseline runs.
  const base = api.backends.flatMap((b) => (b.blocks ?? []).flatMap((block) => block.queries.policy?.baseline?.runs ?? [])).map((r) => r.rps);
  const baseRps = median(base);
  out.push(`autocannon, ${s.connections} connections, POST /graphql on 127.0.0.1, a different policy id / page cursor / policy text on each request (spread over the whole data set). Servers run with NODE_ENV=production and their default logging (one JSON line per request, to a file). Policies were stored through the API's own code: each template went through its publish preparation (preparePublication: lint, extends, content hash), then copies with their own clinic, id and hash were written by savePublication, one transaction per clinic of ${s.perClinic}.`, '');
  out.push(`**Side by side**: each backend keeps two databases, one at ${int(api.backends[0]?.sizes[0]?.size)} policies and one that grows; while a larger size is measured both servers run, and for each query their runs alternate (${s.warmup} s warm-up each, then 2 rounds of ${s.duration} s per server; for \`policy\` the bare-yoga baseline takes its turn in the same rounds). Figures are medians of the rounds; "÷ baseline" for \`policy\` uses the baseline runs of the same rounds, for the other queries the median of all those baseline runs (${int(baseRps)} req/s, from ${base.length} runs between ${int(Math.min(...base))} and ${int(Math.max(...base))}).`, '');
  out.push('| backend | size pair | query | policies | req/s | p50 | p99 | ÷ baseline req/s | SQL statements / request | errors / non-2xx |');
  out.push('|---|---|---|---|---|---|---|---|---|---|');
  const QUERY_LABEL = { policy: '`policy(clinic, id)`', page: '`policies(first: 50)` + methods, routes', lint: '`lint(source)`' };
  const growth = [];
  const policyRatios = [];
  const sqlChecks = [];
  for (const backend of api.backends) {
    const sqlOf = (size, name) => backend.sizes.find((row) => row.size === size)?.seed?.sqlPerRequest?.[name];
    for (const block of backend.blocks ?? []) {
      for (const [name, sides] of Object.entries(block.queries)) {
        const ref = name === 'policy' && sides.baseline ? sides.baseline.rps : baseRps;
        for (const [side, size] of [['small', block.small], ['large', block.large]]) {
          const q = sides[side];
          if (!q) continue;
          const sql = sqlOf(size, name);
          out.push(`| ${backend.kind} | ${int(block.small)} / ${int(block.large)} | ${QUERY_LABEL[name] ?? name} | ${int(size)} | ${int(q.rps)} | ${q.p50} ms | ${q.p99} ms | ${fmt(q.rps / ref)}×${name === 'policy' && sides.baseline ? ` (baseline ${int(ref)})` : ''} | ${sql ? [...new Set(sql)].join(', ') : '—'} | ${q.errors} / ${q.non2xx} |`);
          if (name === 'policy') policyRatios.push({ kind: backend.kind, size, ratio: q.rps / ref });
        }
        growth.push({ kind: backend.kind, name, from: block.small, to: block.large, factor: sides.large.p99 / sides.small.p99, a: sides.small.p99, b: sides.large.p99 });
      }
    }
    for (const name of Object.keys(QUERY_LABEL)) {
      const values = backend.sizes.map((row) => row.seed?.sqlPerRequest?.[name]).filter(Boolean).flat();
      if (values.length > 0) sqlChecks.push({ kind: backend.kind, name, values, constant: new Set(values).size === 1 });
    }
  }
  out.push('');
  for (const backend of api.backends) for (const note of backend.notes) out.push(`- ${backend.kind}: ${note}`);
  out.push('');
  out.push('**SQL statements per request**: `clearframe-api serve` does not expose a statement counter or log over HTTP (its Store counts statements — `Store.queryCount`, `onQuery` — but nothing reports them per request). The column above is therefore measured in process by the seeding step: the API\'s own `createApi` (the same yoga instance `serve` uses) on the same store, three requests per query, statements counted with `Store.queryCount`.', '');
  out.push('**Seeding** (through savePublication):', '');
  for (const backend of api.backends) {
    out.push(`- ${backend.kind}: ${backend.sizes.map((row) => `→ ${int(row.size)}: ${int(row.seed.seeded)} policies in ${fmt(row.seed.seconds, 1)} s (${int(row.seed.perSecond)}/s, ${fmt(row.seed.statements / row.seed.seeded, 2)} statements per policy)`).join('; ')}`);
  }
  out.push('');
  const planned = api.backends.filter((b) => b.sizes.some((row) => row.seed?.plans));
  if (planned.length > 0) {
    out.push('**Query plans**: the seeding step also ran `EXPLAIN ANALYZE` on the SELECT statements the API sent for one request of each query (same SQL, same parameters), and timed the statement as the API sees it (median of 5, from the API\'s own store: execution plus reading the large jsonb values, transfer and row parsing). Execution time in the database / round trip:', '');
    out.push('| backend | query | statement | ' + planned[0].sizes.map((row) => `${int(row.size)} policies`).join(' | ') + ' |', '|---|---|---|' + planned[0].sizes.map(() => '---').join('|') + '|');
    for (const backend of planned) {
      for (const name of ['policy', 'page']) {
        const statements = backend.sizes[0]?.seed?.plans?.[name] ?? [];
        statements.forEach((statement, index) => {
          const label = statement.sql.replace(/^SELECT .*? FROM /, 'SELECT … FROM ').slice(0, 90);
          out.push(`| ${backend.kind} | ${name} | \`${label}…\` | ${backend.sizes.map((row) => { const st = row.seed?.plans?.[name]?.[index]; return `${fmt(st?.ms, 2)} / ${fmt(st?.roundTripMs, 2)} ms`; }).join(' | ')} |`);
        });
      }
    }
    out.push('');
    for (const backend of planned) {
      const last = backend.sizes.at(-1);
      const page = last.seed?.plans?.page?.[0];
      if (page) out.push(`Plan of the \`policies\` page statement on ${backend.kind} at ${int(last.size)} policies (rows are actual rows):`, '', '```', ...page.plan, '```', '');
    }
  }
  out.push('**p99 latency growth**, from the side-by-side pairs (the `lint` query reads no stored policy: its row shows how much the p99 moves with load alone):', '', '| backend | query | p99 | growth |', '|---|---|---|---|');
  for (const g of growth) out.push(`| ${g.kind} | ${QUERY_LABEL[g.name] ?? g.name} | ${g.a} ms at ${int(g.from)} → ${g.b} ms at ${int(g.to)} | ${fmt(g.factor)}× |`);
  out.push('');

  const baseProfile = api.baselineProfile?.baseline;
  for (const backend of api.backends) {
    const profiles = (backend.profiles ?? [backend.profile]).filter((p) => p && !p.error);
    if (profiles.length === 0) continue;
    const kinds = Object.keys(QUERY_LABEL).filter((k) => profiles.some((p) => p[k]?.modules));
    const columns = [...(baseProfile ? [['bare yoga', baseProfile]] : []), ...kinds.flatMap((k) => profiles.filter((p) => p[k]?.modules).map((p) => [`${k} @ ${int(p.size)}`, p[k]]))];
    const groups = GROUPS.map(([g]) => g).filter((g) => columns.some(([, c]) => (groupTimes(c.modules).get(g) ?? 0) > 0));
    out.push(`**Where the API's time goes** — ${backend.kind}: servers at ${profiles.map((p) => int(p.size)).join(' and ')} policies ran under \`--cpu-prof\`, each query sent for 2 s on its own; the samples of each 2-second window are charged to that query. Server CPU time per request, by what was running (self time), next to the bare-yoga baseline profiled the same way:`, '');
    out.push(`| CPU µs per request | ${columns.map(([label]) => label).join(' | ')} |`, `|---|${columns.map(() => '---').join('|')}|`);
    for (const g of groups) out.push(`| ${g} | ${columns.map(([, c]) => int(((groupTimes(c.modules).get(g) ?? 0) / Math.max(1, c.requests)) * 1000)).join(' | ')} |`);
    out.push(`| **total (busy)** | ${columns.map(([, c]) => `**${int((busyMs(c.modules) / Math.max(1, c.requests)) * 1000)}**`).join(' | ')} |`);
    out.push(`| requests in the window | ${columns.map(([, c]) => int(c.requests)).join(' | ')} |`, '');
    const last = profiles.at(-1);
    for (const k of kinds.filter((k) => k !== 'lint' && last[k]?.functions)) {
      out.push(`Top functions (self time) while \`${k}\` ran on ${backend.kind} at ${int(last.size)}: ${last[k].functions.filter((f) => !/^\((idle|program)\)/.test(f.name)).slice(0, 8).map((f) => `${f.name.replace(/ \(native\/v8\)$/, ' (native)')} ${int(f.ms)} ms`).join('; ')}.`, '');
    }
  }

  const worstPolicy = policyRatios.sort((a, b) => a.ratio - b.ratio)[0];
  if (worstPolicy) {
    targets.push({
      target: '`policy` by id ≥ 0.7× the bare-yoga baseline req/s',
      measured: policyRatios.map((p) => `${p.kind} ${int(p.size)}: ${fmt(p.ratio)}×`).join('; '),
      ok: policyRatios.every((p) => p.ratio >= 0.7),
      why: whyPolicy(api),
    });
  }
  // The lint query reads no stored policies: its p99 is shown, but only the database-backed queries are held to the target.
  for (const kind of new Set(growth.map((g) => g.kind))) {
    const largest = Math.max(...growth.filter((g) => g.kind === kind).map((g) => g.to));
    const rows = growth.filter((g) => g.kind === kind && g.name !== 'lint' && g.to === largest);
    const to = rows[0].to;
    targets.push({
      target: `p99 from 100 to 100,000 policies grows ≤ 1.5× (${kind}${to !== 100000 ? `, measured to ${int(to)} only` : ''})`,
      measured: rows.map((g) => `${g.name} ${fmt(g.factor)}×`).join(', '),
      ok: rows.every((g) => g.factor <= 1.5),
      why: whyGrowth(api.backends.find((b) => b.kind === kind), rows),
    });
  }
  if (sqlChecks.length > 0) {
    targets.push({
      target: 'constant SQL statements per request',
      measured: sqlChecks.map((c) => `${c.kind} ${c.name}: ${[...new Set(c.values)].join('/')}`).join('; ') + ' (counted in process: the HTTP server exposes no counter)',
      ok: sqlChecks.every((c) => c.constant),
      why: 'a query whose statement count changes with the data set or the page',
    });
  }
}

/** @type {[string, (module: string) => boolean][]} */
const GROUPS = [
  ['database (PGlite WebAssembly + driver, or pg)', (m) => /^wasm:|@electric-sql|^pg($|-)|pg-protocol|pg-types|pgpass/.test(m)],
  ['GraphQL server (yoga, envelop, executor, graphql-js, whatwg-node)', (m) => /graphql|@envelop|@whatwg-node|@graphql|@escape\.tech/.test(m)],
  ['socket and file write/read calls (native)', (m) => m === '(native) I/O calls'],
  ['schema layer (Pothos, dataloader)', (m) => /@pothos|dataloader/.test(m)],
  ['clearframe API code (resolvers, store, logger, http)', (m) => m.startsWith('@clearframe/api')],
  ['linter, schema and yaml (the lint query)', (m) => /^@clearframe\/(linter|schema)|^yaml$/.test(m)],
  ['Node core (http, streams, timers)', (m) => m === 'node (core)'],
  ['garbage collector', (m) => m === '(garbage collector)'],
  ['V8 native / other', () => true],
];

const isIdle = (name) => name === '(idle)' || name === '(program)';

function groupTimes(modules) {
  const totals = new Map();
  for (const m of modules) {
    if (isIdle(m.name)) continue;
    const [group] = GROUPS.find(([, test]) => test(m.name));
    totals.set(group, (totals.get(group) ?? 0) + m.ms);
  }
  return totals;
}

function busyMs(modules) {
  return modules.filter((m) => !isIdle(m.name)).reduce((sum, m) => sum + m.ms, 0);
}

function whyGrowth(backend, rows) {
  const grew = rows.filter((g) => g.factor > 1.5);
  const parts = grew.map((g) => `${g.name}: p99 ${g.a} → ${g.b} ms`);
  const firstRow = backend?.sizes[0];
  const lastRow = backend?.sizes.at(-1);
  const first = firstRow?.seed?.plans?.page?.[0];
  const last = lastRow?.seed?.plans?.page?.[0];
  if (grew.some((g) => g.name === 'page') && first && last) {
    const scans = last.plan.filter((line) => /Seq Scan on (policy|policy_version)\b/.test(line)).map((line) => line.trim());
    const why = !scans.length
      ? ''
      : backend.kind === 'pglite'
        ? ` — the plan reads every policy and version (${scans.join('; ')}) and sorts them to keep 51: O(N) per page. PGlite runs no autovacuum, so nothing ANALYZEs the tables after a publish, and without statistics its planner does not choose an index for this order (by hand, one ANALYZE on a 5,000-policy PGlite database turned this plan into an index scan on policy_page_order: 60 ms → 8 ms)`
        : ` — the plan reads every policy and version (${scans.join('; ')}) and sorts them to keep 51: O(N) per page`;
    parts.push(`the page statement (ORDER BY clinic slug, policy slug, LIMIT 51) takes ${fmt(first.ms, 1)} ms in the database / ${fmt(first.roundTripMs, 1)} ms round trip at ${int(firstRow.size)} policies and ${fmt(last.ms, 1)} / ${fmt(last.roundTripMs, 1)} ms at ${int(lastRow.size)}${why}`);
    const profiles = (backend.profiles ?? []).filter((p) => p.page?.modules);
    if (profiles.length === 2) {
      const [a, b] = profiles.map((p) => groupTimes(p.page.modules));
      const perRequest = (times, group, profile) => ((times.get(group) ?? 0) / profile.page.requests) * 1000;
      const deltas = GROUPS.map(([g]) => /** @type {[string, number]} */ ([g, perRequest(b, g, profiles[1]) - perRequest(a, g, profiles[0])])).sort((x, y) => y[1] - x[1]).slice(0, 3);
      parts.push(`the server's own CPU per page request goes from ${int((busyMs(profiles[0].page.modules) / profiles[0].page.requests) * 1000)} µs at ${int(profiles[0].size)} to ${int((busyMs(profiles[1].page.modules) / profiles[1].page.requests) * 1000)} µs at ${int(profiles[1].size)} (largest changes: ${deltas.map(([g, d]) => `${g} ${d >= 0 ? '+' : ''}${int(d)} µs`).join(', ')})`);
    }
  }
  return parts.join('; ');
}

function whyPolicy(api) {
  const base = api.baselineProfile?.baseline;
  const perRequest = (c) => (busyMs(c.modules) / Math.max(1, c.requests)) * 1000;
  const parts = [];
  for (const backend of api.backends) {
    const c = backend.profile?.policy;
    if (!c?.modules) continue;
    const groups = [...groupTimes(c.modules)].sort((a, b) => b[1] - a[1]).slice(0, 3);
    parts.push(`${backend.kind}: ${int(perRequest(c))} µs of server CPU per request${base ? ` against ${int(perRequest(base))} µs for bare yoga` : ''} (largest: ${groups.map(([g, ms]) => `${g} ${int((ms / Math.max(1, c.requests)) * 1000)} µs`).join(', ')})`);
  }
  const ceilings = api.backends.filter((b) => b.profile?.policy?.modules).map((b) => `~${int(1e6 / perRequest(b.profile.policy))} req/s on ${b.kind}`);
  return `the baseline resolves one constant field; a \`policy\` request also runs one SQL statement that returns the whole newest version row (the effective document and findings as jsonb), builds the response through the Pothos resolvers and writes a log line — ${parts.join('; ')}. One core spent only on the server would cap it at ${ceilings.join(' and ')}${base ? ` against ~${int(1e6 / perRequest(base))} req/s for bare yoga` : ''}; the 0.7× target needs the per-request work cut to under ~1.4× the baseline's`;
}

function webSection(web, out, targets) {
  out.push('## Web', '');
  if (!web.built) {
    out.push('packages/web/dist: not built.', '');
    targets.push({ target: 'web JavaScript ≤ 30 KB gzipped', measured: 'not built', ok: undefined });
    return;
  }
  out.push('Built client in packages/web/dist, gzip at its default level (what a server sends):', '');
  out.push('| file | raw | gzip |', '|---|---|---|');
  for (const f of web.files) out.push(`| ${f.path} | ${kb(f.raw)} | ${kb(f.gzip)} |`);
  out.push(`| **all JavaScript** | ${kb(web.js.raw)} | **${kb(web.js.gzip)}** |`, `| **all CSS** | ${kb(web.css.raw)} | **${kb(web.css.gzip)}** |`, '');
  targets.push({ target: 'web JavaScript ≤ 30 KB gzipped', measured: kb(web.js.gzip), ok: web.js.gzip <= 30 * 1024, why: 'bundle too large' });
}

// `node lib/report.mjs results.json` renders results.md again from the raw figures of a run.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  writeFileSync(new URL('../results.md', import.meta.url), render(JSON.parse(readFileSync(process.argv[2] ?? new URL('../results.json', import.meta.url), 'utf8'))));
}
