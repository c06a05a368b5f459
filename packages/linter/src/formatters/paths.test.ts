import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot, rootRelative } from './paths.js';

describe('repository paths', () => {
  const top = mkdtempSync(join(tmpdir(), 'clearframe-paths-'));
  afterAll(() => rmSync(top, { recursive: true, force: true }));

  it('finds the git top level above a directory: a .git directory, or a .git file (worktree, submodule)', () => {
    mkdirSync(join(top, 'repo/.git'), { recursive: true });
    mkdirSync(join(top, 'repo/clinics/riverbend'), { recursive: true });
    expect(repositoryRoot(join(top, 'repo/clinics/riverbend'))).toBe(join(top, 'repo'));
    mkdirSync(join(top, 'repo/vendor/sub'), { recursive: true });
    writeFileSync(join(top, 'repo/vendor/.git'), 'gitdir: ../.git/modules/vendor\n');
    expect(repositoryRoot(join(top, 'repo/vendor/sub'))).toBe(join(top, 'repo/vendor'));
  });

  it('makes paths relative to the root with forward slashes; a file outside the root keeps its absolute path', () => {
    expect(rootRelative('policies/a.yaml', { cwd: '/r/clinics', baseDir: '/r' })).toBe('clinics/policies/a.yaml');
    expect(rootRelative('../elsewhere/a.yaml', { cwd: '/r', baseDir: '/r' })).toBe('/elsewhere/a.yaml');
    expect(rootRelative('a.yaml', { cwd: '/r' })).toBe('a.yaml');
  });
});
