// `clearframe publish` against a running server: the repository's config travels with the publish, the publishing
// floor holds, --prune retires what left the repository, and publishing it again brings it back.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The linter's `clearframe publish` command, as built (packages/linter/dist): it runs against the real API below.
import { publishCommand } from '../../linter/dist/publish.js';
import type { HttpServer } from '../src/http.js';
import { openStore, type Store } from '../src/store/index.js';
import { createToken } from '../src/tokens.js';
import { FIXTURES, serveForTests, snapshot } from './helpers.js';

const SAM = 'clinics/riverbend/policies/sam-okafor.yaml';
const JANE = 'clinics/riverbend/policies/jane-rivera.yaml';

let store: Store;
let server: HttpServer;
let api: string;
let repo: string;
let riverbend: string;
let harbor: string;

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://' });
  ({ server, url: api } = await serveForTests(store));
  repo = copyRepo();
  riverbend = (await createToken(store, 'riverbend')).token;
  harbor = (await createToken(store, 'harbor-view')).token;
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(repo, { recursive: true, force: true });
});

function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clearframe-prune-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

async function publish(args: string[], cwd = repo) {
  let stdout = '';
  let stderr = '';
  const code = await publishCommand(['--api', api, ...args], { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

async function policy(id: string): Promise<{ retiredAt: string | null; versions: number[] }> {
  const response = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ policy(clinic: "riverbend", id: "${id}") { retiredAt versions(first: 100) { edges { node { number } } } } }` }),
  });
  const { data } = (await response.json()) as { data: { policy: { retiredAt: string | null; versions: { edges: { node: { number: number } }[] } } } };
  return { retiredAt: data.policy.retiredAt, versions: data.policy.versions.edges.map((e) => e.node.number) };
}

function edit(path: string, change: (source: string) => string, dir = repo): () => void {
  const file = join(dir, path);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, change(original));
  return () => writeFileSync(file, original);
}

describe('clearframe publish --prune', () => {
  it('retires the policies no longer in the repository (reported in the summary); publishing one again brings it back', async () => {
    expect((await publish(['--token', riverbend, 'clinics/riverbend'])).code).toBe(0);
    const samFile = readFileSync(join(repo, SAM), 'utf8');
    rmSync(join(repo, SAM));
    try {
      const refused = await publish(['--token', harbor, '--prune', 'clinics/riverbend']);
      expect(refused).toMatchObject({ code: 2, stderr: expect.stringMatching(/refused the publish \(FORBIDDEN\)/) });
      expect((await policy('sam-okafor')).retiredAt).toBeNull();

      const pruned = await publish(['--token', riverbend, '--prune', 'clinics/riverbend']);
      expect(pruned).toMatchObject({ code: 0, stderr: '' });
      expect(pruned.stdout).toMatch(
        /^riverbend: published\n {2}unchanged clinics\/riverbend\/policies\/jane-rivera\.yaml → riverbend\/jane-rivera v1( \(.*\))?\n {2}retired {3}riverbend\/sam-okafor \(no longer in the repository\)\n$/,
      );
      expect(await policy('sam-okafor')).toEqual({ retiredAt: expect.any(String), versions: [1] });
      // Nothing more to retire: the next prune changes nothing.
      expect((await publish(['--token', riverbend, '--prune', 'clinics/riverbend'])).stdout).toMatch(/^riverbend: unchanged, nothing to publish\n/);
    } finally {
      writeFileSync(join(repo, SAM), samFile);
    }
    const back = await publish(['--token', riverbend, 'clinics/riverbend']);
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/\n {2}restored {2}clinics\/riverbend\/policies\/sam-okafor\.yaml → riverbend\/sam-okafor v2 \(1 warning[,)]/);
    expect(await policy('sam-okafor')).toEqual({ retiredAt: null, versions: [2, 1] });
  });

  it('two publishes at once from two checkouts each keep their version', async () => {
    const other = copyRepo();
    try {
      const restoreA = edit(JANE, (s) => s.replace('  sharing:\n', '  concerns:\n    note: Checkout A.\n  sharing:\n'));
      const restoreB = edit(JANE, (s) => s.replace('  sharing:\n', '  concerns:\n    note: Checkout B.\n  sharing:\n'), other);
      try {
        const before = (await policy('jane-rivera')).versions.length;
        const [a, b] = await Promise.all([publish(['--token', riverbend, '--prune', 'clinics/riverbend']), publish(['--token', riverbend, 'clinics/riverbend'], other)]);
        expect([a.code, b.code]).toEqual([0, 0]);
        const versions = (await policy('jane-rivera')).versions;
        expect(versions).toEqual(Array.from({ length: before + 2 }, (_, i) => before + 2 - i));
        const numbers = [a, b].map((r) => Number(/riverbend\/jane-rivera v(\d+)/.exec(r.stdout)![1]));
        expect(numbers.sort()).toEqual([before + 1, before + 2]);
      } finally {
        restoreA();
        restoreB();
      }
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('clearframe publish sends the repository config; the floor holds', () => {
  it('lints with the clearframe.config.yaml found in the repository, as CI does', async () => {
    const config = join(repo, 'clearframe.config.yaml');
    writeFileSync(config, 'rules:\n  following-clients: off\n');
    const restore = edit(SAM, (s) => s.replace('Leave a message and I will call back.', 'Leave a message; I call back the same day.'));
    try {
      const result = await publish(['--token', riverbend, 'clinics/riverbend']);
      expect(result.code).toBe(0);
      // Without the config sam-okafor has 1 warning (following-clients); the server applied the config.
      expect(result.stdout).toMatch(/\n {2}updated {3}clinics\/riverbend\/policies\/sam-okafor\.yaml → riverbend\/sam-okafor v3( \(\d+ info\))?\n/);
    } finally {
      restore();
      rmSync(config);
    }
  });

  it('exits 2 when the config lowers a floor rule or is invalid; nothing is written', async () => {
    const config = join(repo, 'clearframe.config.yaml');
    const before = await snapshot(store);
    try {
      writeFileSync(config, 'rules:\n  crisis-route-required: warning\n');
      const lowered = await publish(['--token', riverbend, 'clinics/riverbend']);
      expect(lowered.code).toBe(2);
      expect(lowered.stderr).toMatch(/BAD_USER_INPUT.*clearframe\.config\.yaml: rule "crisis-route-required" is set to warning, but it is part of the publishing floor/);
      writeFileSync(config, 'rules:\n  no-such-rule: off\n');
      const unknown = await publish(['--token', riverbend, 'clinics/riverbend']);
      expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringMatching(/clearframe\.config\.yaml:2:3 unknown rule "no-such-rule"/)]);
    } finally {
      rmSync(config, { force: true });
    }
    expect(await snapshot(store)).toEqual(before);
  });

  it('exits 1 when a disable comment hides a floor rule, naming the rule, file and line', async () => {
    const before = await snapshot(store);
    const restoreClinic = edit('clinics/riverbend/clinic.yaml', (s) => s.replace(/ {6}crisis:\n(?: {8}.*\n)+/, ''));
    const restoreJane = edit(JANE, (s) => s.replace('    routes:\n', '    # clearframe-disable-next-line crisis-route-required -- I give numbers at intake\n    routes:\n'));
    try {
      const result = await publish(['--token', riverbend, JANE]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('riverbend: rejected, nothing was published.');
      expect(result.stdout).toMatch(/ {2}clinics\/riverbend\/policies\/jane-rivera\.yaml:31:\d+ {2}error {2}.+ {2}crisis-route-required\n/);
      expect(result.stdout).toMatch(/ {2}clinics\/riverbend\/policies\/jane-rivera\.yaml:30:\d+ {2}\w+ {2}.*cannot be disabled for publishing.* {2}unused-disable\n/);
    } finally {
      restoreJane();
      restoreClinic();
    }
    expect(await snapshot(store)).toEqual(before);
  });
});

describe('clearframe publish of a clinic.yaml alone', () => {
  it('reports the policies re-derived from it, and the policies a bad defaults change would break', async () => {
    const CLINIC = 'clinics/riverbend/clinic.yaml';
    const restore = edit(CLINIC, (s) => s.replace('number: "911"', 'number: "112"'));
    try {
      const result = await publish(['--token', riverbend, CLINIC]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^riverbend: published\n {2}updated {3}clinics\/riverbend\/policies\/jane-rivera\.yaml → riverbend\/jane-rivera v\d+ \(changed by clinic defaults\)\n/);
      expect(result.stdout).toMatch(/\n {2}updated {3}clinics\/riverbend\/policies\/sam-okafor\.yaml → riverbend\/sam-okafor v\d+ \(changed by clinic defaults\)\n$/);
    } finally {
      restore();
    }
    const before = await snapshot(store);
    const broken = edit(CLINIC, (s) => s.replace(/ {6}crisis:\n(?: {8}.*\n)+/, ''));
    try {
      const result = await publish(['--token', riverbend, CLINIC]);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/ {2}clinics\/riverbend\/policies\/jane-rivera\.yaml:\d+:\d+ {2}error {2}.+ {2}crisis-route-required\n/);
      expect(result.stdout).toMatch(/ {2}clinics\/riverbend\/policies\/sam-okafor\.yaml:\d+:\d+ {2}error {2}.+ {2}crisis-route-required\n/);
    } finally {
      broken();
    }
    expect(await snapshot(store)).toEqual(before);
  });
});
