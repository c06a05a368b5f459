import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE, clinicRepository, ensureBuilt, FIXTURES, ROOT } from './distribution.js';

const run = promisify(execFile);

async function exec(file: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}) {
  try {
    const { stdout, stderr } = await run(file, args, { timeout: 120_000, maxBuffer: 32 * 1024 * 1024, ...options });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the committed bundle dist/clearframe.mjs', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureBuilt(['schema', 'linter', 'api']);
    dir = mkdtempSync(join(tmpdir(), 'clearframe-bundle-'));
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is what `npm run bundle` builds from the sources now, byte for byte, and the build is deterministic', async () => {
    const fresh = [join(dir, 'a.mjs'), join(dir, 'b.mjs')];
    for (const outfile of fresh) expect(await exec(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), '--outfile', outfile], { cwd: ROOT })).toMatchObject({ code: 0 });
    const [a, b] = fresh.map((file) => readFileSync(file));
    expect(a!.equals(b!), 'two builds of the same sources differ').toBe(true);
    // The pre-commit hook executes the file through its #! line.
    expect(statSync(BUNDLE).mode & 0o111).toBe(0o111);
    expect(readFileSync(BUNDLE, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const committed = readFileSync(BUNDLE);
    expect(committed.equals(a!), 'dist/clearframe.mjs is stale: run `npm run bundle` at the repository root and commit dist/clearframe.mjs').toBe(true);
  });

  it('is all the root package holds, so `npm install -g` of the repository installs one file with `clearframe` on the PATH', async () => {
    const packed = await exec('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT });
    const [root] = JSON.parse(packed.stdout) as { name: string; version: string; files: { path: string }[] }[];
    expect(root!.files.map((f) => f.path).sort()).toEqual(['README.md', 'dist/clearframe.mjs', 'package.json']);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string>; workspaces: string[] };
    expect(manifest.bin).toEqual({ clearframe: 'dist/clearframe.mjs' });
    expect(manifest.version).toBe(JSON.parse(readFileSync(join(ROOT, 'packages/linter/package.json'), 'utf8')).version);
    expect(manifest.workspaces).toContain('packages/linter');
  });

  it('runs with nothing installed next to it: lint, --version, schema and explain', async () => {
    const alone = join(dir, 'alone');
    mkdirSync(alone);
    const cli = (...args: string[]) => exec(process.execPath, [BUNDLE, ...args], { cwd: alone });
    const version = JSON.parse(readFileSync(join(ROOT, 'packages/linter/package.json'), 'utf8')) as { version: string };
    expect(await cli('--version')).toMatchObject({ code: 0, stdout: `${version.version}\n` });
    expect(JSON.parse((await cli('schema')).stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'packages/schema/dist/policy.schema.json'), 'utf8')));
    expect((await cli('explain', 'crisis-route-required')).stdout).toBe(
      `${readFileSync(join(ROOT, 'packages/linter/docs/rules/crisis-route-required.md'), 'utf8').trimEnd()}\n\nDocs: ${(JSON.parse((await cli('rules', '--format', 'json')).stdout) as { id: string; docsUrl: string }[]).find((r) => r.id === 'crisis-route-required')!.docsUrl}\n`,
    );
    const repo = clinicRepository(join(alone, 'repo'), { failing: true });
    const lint = await exec(process.execPath, [BUNDLE, 'lint', 'clinics', '--format', 'json', '--today', '2026-06-01'], { cwd: repo });
    expect(lint.code).toBe(1);
    const results = JSON.parse(lint.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results.map((r) => r.filePath)).toEqual(['clinics/riverbend/policies/jane.yaml', 'clinics/riverbend/policies/sam.yaml']);
    expect(results[1]!.messages.map((m) => m.ruleId)).toContain('turnaround-required');
  });
});

describe('the packages as published', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureBuilt(['schema', 'linter', 'api']);
    dir = mkdtempSync(join(tmpdir(), 'clearframe-pack-'));
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('install from their npm pack tarballs into an empty directory, and clearframe and clearframe-api run there', async () => {
    const packed = await exec('npm', ['pack', '--pack-destination', dir, '-w', '@clearframe/schema', '-w', '@clearframe/linter', '-w', '@clearframe/api'], { cwd: ROOT });
    expect(packed.code, packed.stderr).toBe(0);
    const tarballs = readdirSync(dir).filter((f) => f.endsWith('.tgz')).sort();
    expect(tarballs).toEqual(['clearframe-api-0.2.0.tgz', 'clearframe-linter-0.2.0.tgz', 'clearframe-schema-0.2.0.tgz']);

    // No workspace and no package.json above it: npm resolves the other dependencies from the registry.
    const app = join(dir, 'app');
    mkdirSync(app);
    const installed = await exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs.map((t) => join(dir, t))], { cwd: app, timeout: 240_000 });
    expect(installed.code, installed.stderr).toBe(0);

    const bin = (name: string) => join(app, 'node_modules/.bin', name);
    const policy = join(FIXTURES, 'valid-policy.yaml');
    expect(await exec(bin('clearframe'), ['lint', policy, '--today', '2026-06-01'], { cwd: app })).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const failing = await exec(bin('clearframe'), ['lint', join(FIXTURES, 'failing/policy.yaml'), '--today', '2026-06-01'], { cwd: app });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('turnaround-required');
    const api = await exec(bin('clearframe-api'), ['--help'], { cwd: app });
    expect(api).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: clearframe-api/) });
  }, 300_000);
});
