import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root, and the committed bundle the Action and the pre-commit hook run. */
export const ROOT = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
export const BUNDLE = join(ROOT, 'dist/clearframe.mjs');
export const FIXTURES = join(ROOT, 'packages/linter/test/fixtures');

/** git with a fixed identity and no user or system config, so tests behave the same on every machine. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.test', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.test' },
  });
}

/**
 * A scratch clinic repository (a git repository with clinics/riverbend/policies/): the valid fixture as
 * jane.yaml, and the failing fixture as sam.yaml when `failing`.
 */
export function clinicRepository(directory: string, { failing }: { failing: boolean }): string {
  const policies = join(directory, 'clinics/riverbend/policies');
  mkdirSync(policies, { recursive: true });
  cpSync(join(FIXTURES, 'valid-policy.yaml'), join(policies, 'jane.yaml'));
  if (failing) cpSync(join(FIXTURES, 'failing/policy.yaml'), join(policies, 'sam.yaml'));
  if (!existsSync(join(directory, '.git'))) git(directory, 'init', '-q', '-b', 'main');
  writeFileSync(join(directory, 'README.md'), 'Riverbend policies\n');
  return directory;
}

/** Builds the packages whose dist/ is missing (turbo builds them before the tests; a lone `vitest run` may not have). */
export function ensureBuilt(names: readonly string[]): void {
  for (const name of names) {
    if (existsSync(join(ROOT, `packages/${name}/dist/index.js`))) continue;
    execFileSync('npm', ['run', 'build', '-w', `@clearframe/${name}`], { cwd: ROOT, stdio: 'ignore', timeout: 300_000 });
  }
}
