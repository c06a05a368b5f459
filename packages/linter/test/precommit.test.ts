import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE, clinicRepository, FIXTURES, git, ROOT } from './distribution.js';
import { ensureSystemPackages } from './system.js';

const run = promisify(execFile);

describe('the pre-commit hook (real pre-commit, scratch clinic repository)', () => {
  let dir: string;
  let hooks: string;
  let rev: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    ensureSystemPackages('pre-commit');
    dir = mkdtempSync(join(tmpdir(), 'clearframe-pre-commit-'));
    env = {
      ...process.env,
      PRE_COMMIT_HOME: join(dir, 'pre-commit-home'),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.test',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.test',
    };
    // pre-commit clones the hook repository at a rev: this one at HEAD, with the hook's files as they are in the
    // working tree committed on top, so the test checks what is about to be committed.
    hooks = join(dir, 'hooks');
    git(ROOT, 'clone', '-q', '--depth', '1', `file://${ROOT}`, hooks);
    copyFileSync(join(ROOT, '.pre-commit-hooks.yaml'), join(hooks, '.pre-commit-hooks.yaml'));
    copyFileSync(BUNDLE, join(hooks, 'dist/clearframe.mjs'));
    git(hooks, 'add', '.pre-commit-hooks.yaml', 'dist/clearframe.mjs');
    git(hooks, 'commit', '-q', '--allow-empty', '-m', 'working tree');
    rev = git(hooks, 'rev-parse', 'HEAD').trim();
  }, 620_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function exec(file: string, args: string[], cwd: string) {
    try {
      const { stdout, stderr } = await run(file, args, { cwd, env, timeout: 120_000 });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, output: e.stdout + e.stderr };
    }
  }

  it('lets a commit of a good policy through and blocks a commit of a bad one', async () => {
    const clinic = clinicRepository(join(dir, 'clinic'), { failing: false });
    writeFileSync(
      join(clinic, '.pre-commit-config.yaml'),
      ['repos:', `  - repo: ${hooks}`, `    rev: ${rev}`, '    hooks:', '      - id: clearframe-lint', '        files: ^clinics/', '        args: [--today, "2026-06-01"]', ''].join('\n'),
    );
    expect(await exec('pre-commit', ['install'], clinic)).toMatchObject({ code: 0 });

    git(clinic, 'add', '.');
    const good = await exec('git', ['commit', '-m', 'Add Jane Rivera policy'], clinic);
    expect(good.output).toMatch(/clearframe lint\.+Passed/);
    expect(good.code).toBe(0);
    expect(git(clinic, 'log', '--format=%s')).toBe('Add Jane Rivera policy\n');

    copyFileSync(join(FIXTURES, 'failing/policy.yaml'), join(clinic, 'clinics/riverbend/policies/sam.yaml'));
    git(clinic, 'add', 'clinics/riverbend/policies/sam.yaml');
    const bad = await exec('git', ['commit', '-m', 'Add Sam Okafor policy'], clinic);
    expect(bad.code).not.toBe(0);
    expect(bad.output).toMatch(/clearframe lint\.+Failed/);
    expect(bad.output).toMatch(/clinics\/riverbend\/policies\/sam\.yaml\n\s+7:1\s+error\s+.*turnaround-required/);
    expect(git(clinic, 'log', '--format=%s')).toBe('Add Jane Rivera policy\n');
  });

  it('runs from `pre-commit try-repo` too', async () => {
    const clinic = clinicRepository(join(dir, 'try'), { failing: true });
    git(clinic, 'add', '.');
    const tried = await exec('pre-commit', ['try-repo', hooks, 'clearframe-lint', '--ref', rev, '--files', 'clinics/riverbend/policies/sam.yaml', 'clinics/riverbend/policies/jane.yaml'], clinic);
    expect(tried.code).toBe(1);
    expect(tried.output).toMatch(/clearframe lint\.+Failed/);
    expect(tried.output).toContain('friending-confidentiality');
    expect(readFileSync(join(hooks, '.pre-commit-hooks.yaml'), 'utf8')).toContain('entry: dist/clearframe.mjs lint');
  });
});
