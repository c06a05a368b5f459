// Property-based fuzzing of the parser and the lint engine. `npm test` runs a few hundred cases per property;
// `npm run fuzz` runs the same properties with FUZZ_RUNS cases each.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual, promisify } from 'node:util';
import { loadPolicySource, policySchemaPath } from '@clearframe/schema';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { defaultConfig, loadConfig } from '../src/config.js';
import { parseXml } from '../src/formatters/__fixtures__/xml.js';
import { ANNOTATION_CAP } from '../src/formatters/github.js';
import { loadFormatter } from '../src/formatters/index.js';
import { lintFiles, lintSources } from '../src/lint.js';
import { rules } from '../src/rules/index.js';
import type { LintResult } from '../src/types.js';
import {
  cleanSeedProjects,
  EXAMPLES,
  formattable,
  formatting,
  generatedProject,
  mutatedProject,
  randomBytes,
  randomYaml,
  reformat,
  seedProjects,
  type Project,
} from './fuzz-inputs.js';

const LONG = Number(process.env.FUZZ_RUNS) || 0;
/** Cases per property: the short count in `npm test`, FUZZ_RUNS (scaled by `weight`) under `npm run fuzz`. */
const runs = (short: number, weight = 1) => (LONG ? Math.max(1, Math.round(LONG * weight)) : short);
/** Wall-clock budget of a property: generous, since the long run's case count is set from outside. */
const timeout = (short: number, weight = 1) => 20_000 + runs(short, weight) * 250;
const TODAY = '2026-11-23';
const SEVERITIES = new Set(['error', 'warning', 'info']);
const stats = { cases: 0, files: 0, findings: 0, cliRuns: 0 };

afterAll(() => {
  // The figures go to reports/ (git-ignored) for docs/reliability.md.
  mkdirSync(new URL('../reports/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../reports/fuzz.json', import.meta.url), JSON.stringify({ at: new Date().toISOString(), runsPerProperty: LONG || 'short', ...stats }, null, 2) + '\n');
  console.log(`fuzz: ${stats.cases} cases, ${stats.files} files, ${stats.findings} findings checked, ${stats.cliRuns} CLI runs`);
});

/** Fails with a readable message when a finding has an unknown rule, no severity, or a position outside its file. */
function checkFindings(results: readonly LintResult[], textOf: (filePath: string) => string | undefined): void {
  stats.files += results.length;
  for (const result of results) {
    const text = textOf(result.filePath);
    expect(text, `result for a file that was not linted: ${result.filePath}`).toBeDefined();
    const lines = text!.split('\n');
    for (const m of [...result.messages, ...result.suppressedMessages]) {
      stats.findings++;
      const where = `${result.filePath}:${m.line}:${m.column} ${m.ruleId} ${m.message}`;
      expect(rules.has(m.ruleId), `unknown rule id: ${where}`).toBe(true);
      expect(SEVERITIES.has(m.severity), `bad severity ${m.severity}: ${where}`).toBe(true);
      expect(typeof m.message === 'string' && m.message.length > 0, `empty message: ${where}`).toBe(true);
      expect(Number.isInteger(m.line) && m.line >= 1 && m.line <= lines.length, `line outside the file (${lines.length} lines): ${where}`).toBe(true);
      expect(Number.isInteger(m.column) && m.column >= 1 && m.column <= lines[m.line - 1]!.length + 1, `column outside line ${m.line} (${lines[m.line - 1]!.length} chars): ${where}`).toBe(true);
      expect(typeof m.path === 'string' && (m.path === '' || m.path.startsWith('/')), `path is not a JSON pointer: ${where}`).toBe(true);
    }
  }
}

const projectText = (project: Project) => (filePath: string) => project[filePath];

async function lintProject(project: Project, order: 'as-given' | 'reversed' = 'as-given'): Promise<LintResult[]> {
  const sources = Object.entries(project).map(([path, source]) => ({ path, source }));
  return lintSources(order === 'reversed' ? sources.reverse() : sources, { today: TODAY });
}

const byFile = (results: readonly LintResult[]) => [...results].sort((a, b) => a.filePath.localeCompare(b.filePath));

/** What a formatting change must not alter: which rules fire, how severely, on which field of which file. */
function findingsSummary(results: readonly LintResult[]): string[] {
  return results.flatMap((r) => [...r.messages, ...r.suppressedMessages].map((m) => `${r.filePath} ${m.ruleId} ${m.severity} ${m.path}`)).sort();
}

// An independent check of "broken": the YAML library without our limits, and the JSON Schema compiled at run time.
const ajv = new Ajv2020.default({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(JSON.parse(readFileSync(policySchemaPath, 'utf8')) as object);
function independentlyBroken(text: string): boolean {
  try {
    const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (doc.errors.length > 0) return true;
    return !validate(doc.toJS());
  } catch {
    return true;
  }
}

/** A file the independent check calls broken, with no disable comment in it, must get at least one error. */
function checkBrokenFilesFail(project: Project, results: readonly LintResult[]): void {
  for (const [path, text] of Object.entries(project)) {
    if (text.includes('clearframe-disable') || !independentlyBroken(text)) continue;
    const result = results.find((r) => r.filePath === path);
    expect(result?.messages.some((m) => m.severity === 'error'), `a broken file was waved through: ${path}\n${text}`).toBe(true);
  }
}

/** The engine's results as the JSON output carries them: messageId is not part of that contract (policy-format.md). */
function asJson(results: readonly LintResult[]): unknown {
  const drop = <T extends { messageId?: string }>({ messageId: _messageId, ...rest }: T) => rest;
  return results.map((r) => ({ ...r, messages: r.messages.map(drop), suppressedMessages: r.suppressedMessages.map(drop) }));
}

const formatterContext = { cwd: '/', rules: new Map([...rules].map(([id, rule]) => [id, rule.meta])), color: false, version: '0.0.0' };

/** Every output format stays well-formed whatever the findings say (messages quote user text: unicode, markup, control characters). */
async function checkFormats(results: readonly LintResult[]): Promise<void> {
  const all = results.flatMap((r) => r.messages);
  const suppressed = results.flatMap((r) => r.suppressedMessages);
  expect(JSON.parse((await loadFormatter('json'))(results, formatterContext)), 'json output').toEqual(asJson(results));
  const sarif = JSON.parse((await loadFormatter('sarif'))(results, formatterContext)) as { runs: { results: unknown[] }[] };
  expect(sarif.runs[0]!.results, 'sarif output').toHaveLength(all.length + suppressed.length);
  const junit = parseXml((await loadFormatter('junit'))(results, formatterContext));
  expect(junit.name, 'junit output').toBe('testsuites');
  const github = (await loadFormatter('github'))(results, formatterContext).trimEnd().split('\n');
  expect(github, 'github output: one line per annotation plus the summary').toHaveLength(Math.min(all.length, ANNOTATION_CAP) + (all.length > ANNOTATION_CAP ? 1 : 0) + 1);
  for (const line of github) expect(line, 'github output line').toMatch(/^(::(error|warning|notice) file=[^:]*,line=\d+,col=\d+,title=clearframe [a-z-]+::|clearframe: )/);
  // eslint-disable-next-line no-control-regex -- a control character in terminal output is the failure
  expect((await loadFormatter('stylish'))(results, formatterContext), 'stylish output').not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
}

async function engineProperties(project: Project): Promise<void> {
  stats.cases++;
  const first = await lintProject(project);
  checkFindings(first, projectText(project));
  await checkFormats(first);
  checkBrokenFilesFail(project, first);
  expect(await lintProject(project), 'same input, different findings').toEqual(first);
  expect(byFile(await lintProject(project, 'reversed')), 'findings depend on the order the files are given in').toEqual(byFile(first));
}

describe('fuzz: the engine never throws, and every finding is well-formed and inside its file', () => {
  it(
    'random bytes (and seed files with bytes flipped, inserted or cut)',
    async () => {
      await fc.assert(
        fc.asyncProperty(randomBytes, async (bytes) => {
          stats.cases++;
          const lint = () => lintFiles(['/p.yaml'], { cwd: '/', root: '/', config: defaultConfig('/'), today: TODAY, reader: async (path) => (path === '/p.yaml' ? bytes : undefined) });
          const results = await lint();
          checkFindings(results, () => new TextDecoder().decode(bytes));
          await checkFormats(results);
          expect(await lint()).toEqual(results);
          const { problems } = loadPolicySource('p.yaml', bytes);
          expect(Array.isArray(problems)).toBe(true);
        }),
        { numRuns: runs(150) },
      );
    },
    timeout(150),
  );

  it(
    'random YAML documents',
    async () => {
      await fc.assert(
        fc.asyncProperty(randomYaml, async (text) => engineProperties({ 'policy.yaml': text })),
        { numRuns: runs(150) },
      );
    },
    timeout(150),
  );

  it(
    'policies and clinics generated from the JSON Schema',
    async () => {
      await fc.assert(fc.asyncProperty(generatedProject, engineProperties), { numRuns: runs(40) });
    },
    timeout(40),
  );

  it(
    'the examples mutated: fields deleted, duplicated, retyped, renamed, aliased, re-tagged; unicode, tabs, broken lines',
    async () => {
      await fc.assert(fc.asyncProperty(mutatedProject(fc.constantFrom(...seedProjects), { textEdits: true }), engineProperties), { numRuns: runs(60) });
    },
    timeout(60),
  );

  it(
    'generated clinics mutated the same way',
    async () => {
      await fc.assert(fc.asyncProperty(mutatedProject(generatedProject, { textEdits: true }), engineProperties), { numRuns: runs(40) });
    },
    timeout(40),
  );
});

describe('fuzz: formatting-only changes do not change the findings', () => {
  const sameMeaning = (a: string, b: string) => isDeepStrictEqual(parseDocument(a).toJS(), parseDocument(b).toJS());

  async function formattingProperty(project: Project, format: Parameters<typeof reformat>[1], file: number) {
    const paths = Object.keys(project);
    const path = paths[file % paths.length]!;
    // A mutation may leave the file unparseable (a duplicated key) or tagged; those have no formatting-only variant.
    fc.pre(formattable(project[path]!));
    stats.cases++;
    const reformatted = { ...project, [path]: reformat(project[path]!, format) };
    expect(sameMeaning(project[path]!, reformatted[path]!), `the reformatting changed the data:\n${reformatted[path]}`).toBe(true);
    const before = await lintProject(project);
    const after = await lintProject(reformatted);
    checkFindings(after, projectText(reformatted));
    expect(findingsSummary(after), `findings changed after reformatting ${path}:\n${reformatted[path]}`).toEqual(findingsSummary(before));
  }

  it(
    'lint-clean examples stay clean under re-indentation, key order, flow ↔ block style and quoting',
    async () => {
      for (const project of cleanSeedProjects) expect((await lintProject(project)).flatMap((r) => r.messages)).toEqual([]);
      await fc.assert(fc.asyncProperty(fc.constantFrom(...cleanSeedProjects), formatting, fc.nat(), formattingProperty), { numRuns: runs(40) });
    },
    timeout(40),
  );

  it(
    'generated and mutated policies keep exactly their findings under reformatting',
    async () => {
      const inputs = fc.oneof(generatedProject, mutatedProject(fc.constantFrom(...seedProjects), { textEdits: false }), mutatedProject(generatedProject, { textEdits: false }));
      await fc.assert(fc.asyncProperty(inputs, formatting, fc.nat(), formattingProperty), { numRuns: runs(40) });
    },
    timeout(40),
  );
});

describe('fuzz: the CLI process agrees with the engine', () => {
  const run = promisify(execFile);
  const BIN = new URL('../bin/clearframe.js', import.meta.url).pathname;
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it(
    'clearframe lint --format json on a generated repository: exit code, JSON and positions match the engine',
    async () => {
      const repository = fc.tuple(mutatedProject(fc.constantFrom(...seedProjects), { textEdits: true }), generatedProject).map(([a, b]) => ({ ...a, ...b }));
      await fc.assert(
        fc.asyncProperty(repository, async (project) => {
          stats.cases++;
          stats.cliRuns++;
          const dir = mkdtempSync(join(tmpdir(), 'clearframe-fuzz-'));
          dirs.push(dir);
          writeFileSync(join(dir, 'clearframe.config.yaml'), readFileSync(join(EXAMPLES, 'clearframe.config.yaml')));
          for (const [path, text] of Object.entries(project)) {
            mkdirSync(dirname(join(dir, path)), { recursive: true });
            writeFileSync(join(dir, path), text);
          }
          let code = 0;
          let stdout: string;
          let stderr: string;
          try {
            ({ stdout, stderr } = await run(process.execPath, [BIN, 'lint', '--format', 'json', '--today', TODAY, ...Object.keys(project)], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }));
          } catch (error) {
            ({ code, stdout, stderr } = error as { code: number; stdout: string; stderr: string });
          }
          expect(stderr, 'the CLI wrote to stderr').toBe('');
          const results = JSON.parse(stdout) as LintResult[];
          checkFindings(results, (filePath) => readFileSync(join(dir, filePath), 'utf8'));
          const config = loadConfig(join(dir, 'clearframe.config.yaml'), dir);
          const files = Object.keys(project).map((p) => join(dir, p)).sort();
          expect(results).toEqual(asJson(await lintFiles(files, { config, cwd: dir, today: TODAY })));
          expect(code).toBe(results.some((r) => r.messages.some((m) => m.severity === 'error')) ? 1 : 0);
          rmSync(dir, { recursive: true, force: true });
        }),
        { numRuns: runs(2, 1 / 50) },
      );
    },
    20_000 + runs(2, 1 / 50) * 3_000,
  );
});
