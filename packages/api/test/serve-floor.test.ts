// `clearframe-api serve --policies` publishes as `clearframe publish` does: the repository's config applies, the
// publishing floor holds (CLEARFRAME_REQUIRED_RULES, checked at start-up).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers.js';
import { childEnv, runCli, startServer } from './processes.js';

const JANE = 'clinics/riverbend/policies/jane-rivera.yaml';

let work: string;
let repo: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'clearframe-serve-floor-'));
  repo = join(work, 'repo');
  cpSync(FIXTURES, repo, { recursive: true });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('serve --policies and the publishing floor', () => {
  it('refuses to start with an unknown rule in CLEARFRAME_REQUIRED_RULES or a config that lowers a floor rule', async () => {
    const unknown = await runCli(['serve', '--port', '0', '--policies', repo], childEnv({ CLEARFRAME_DATA_DIR: join(work, 'db-1'), CLEARFRAME_REQUIRED_RULES: 'schema, no-such-rule' }));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/CLEARFRAME_REQUIRED_RULES names unknown rule "no-such-rule"/);

    writeFileSync(join(repo, 'clearframe.config.yaml'), 'rules:\n  friending-confidentiality: warning\n');
    try {
      const lowered = await runCli(['serve', '--port', '0', '--policies', repo], childEnv({ CLEARFRAME_DATA_DIR: join(work, 'db-2') }));
      expect(lowered.code).toBe(2);
      expect(lowered.stderr).toMatch(/--policies: .*clearframe\.config\.yaml: rule "friending-confidentiality" is set to warning, but it is part of the publishing floor/);
      expect(lowered.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(join(repo, 'clearframe.config.yaml'));
    }
  });

  it('leaves out a policy whose disable comment hides a floor rule, and publishes the rest', async () => {
    const original = readFileSync(join(repo, JANE), 'utf8');
    const crisisFree = readFileSync(join(repo, 'clinics/riverbend/clinic.yaml'), 'utf8');
    writeFileSync(join(repo, JANE), original.replace('    routes:\n', '    # clearframe-disable-next-line crisis-route-required -- I give numbers at intake\n    routes:\n'));
    // Harbor View's policy stays as it is; Riverbend loses its crisis route, which only the disable comment hides.
    writeFileSync(join(repo, 'clinics/riverbend/clinic.yaml'), crisisFree.replace(/ {6}crisis:\n(?: {8}.*\n)+/, ''));
    try {
      const server = await startServer(['--policies', repo], childEnv({ CLEARFRAME_DATA_DIR: join(work, 'db-3') }));
      try {
        const notPublished = server.logs.filter((l) => l.msg === 'not published: lint errors');
        expect(notPublished).toContainEqual(
          expect.objectContaining({
            clinic: 'riverbend',
            file: JANE,
            errors: expect.arrayContaining([expect.stringMatching(/^clinics\/riverbend\/policies\/jane-rivera\.yaml:31:\d+ .*\(crisis-route-required\)$/)]),
          }),
        );
        expect(server.logs).toContainEqual(expect.objectContaining({ msg: 'published clinic', clinic: 'harbor-view', created: 1 }));
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ policies(first: 10) { edges { node { slug } } } }' }),
        });
        const { data } = (await response.json()) as { data: { policies: { edges: { node: { slug: string } }[] } } };
        expect(data.policies.edges.map((e) => e.node.slug)).not.toContain('jane-rivera');
      } finally {
        await server.stop();
      }
    } finally {
      writeFileSync(join(repo, JANE), original);
      writeFileSync(join(repo, 'clinics/riverbend/clinic.yaml'), crisisFree);
    }
  }, 120_000);
});
