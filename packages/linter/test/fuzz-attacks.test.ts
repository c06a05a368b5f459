// Path traversal through `extends`, fuzzed through the real CLI on a temporary repository: whatever a policy names,
// the linter reads nothing outside the repository — not through "..", absolute paths, odd separators, or symbolic links.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { LintResult } from '../src/types.js';
import { EXAMPLES } from './fuzz-inputs.js';

const LONG = Number(process.env.FUZZ_RUNS) || 0;
const RUNS = LONG ? Math.max(1, Math.round(LONG / 40)) : 3;
const PER_RUN = 25;
const BIN = new URL('../bin/clearframe.js', import.meta.url).pathname;
const run = promisify(execFile);

const base = realpathSync(mkdtempSync(join(tmpdir(), 'clearframe-traversal-')));
const repo = join(base, 'repo');
const POLICY_DIR = 'clinics/a/policies';

/** A valid ClinicDefaults that solicits testimonials: if the linter ever reads it, a testimonial-solicitation finding shows. */
const SENTINEL = stringify({ apiVersion: 'clearframe/v1', kind: 'ClinicDefaults', metadata: { id: 'outside' }, spec: { socialMedia: { reviewSites: { solicitTestimonials: true } } } });

beforeAll(() => {
  const file = (path: string, text: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  };
  file(join(base, 'outside/clinic.yaml'), SENTINEL);
  file(join(base, 'clinic.yaml'), SENTINEL);
  file(join(base, 'clinics/a/clinic.yaml'), SENTINEL);
  file(join(repo, 'clearframe.config.yaml'), 'include: ["clinics/**/*.yaml"]\n');
  file(join(repo, 'clinics/a/clinic.yaml'), readFileSync(join(EXAMPLES, 'clinics/cedar-hollow/clinic.yaml'), 'utf8'));
  mkdirSync(join(repo, POLICY_DIR), { recursive: true });
  symlinkSync(join(base, 'outside/clinic.yaml'), join(repo, 'clinics/a/link.yaml'));
  symlinkSync('../../../outside/clinic.yaml', join(repo, 'clinics/a/rel-link.yaml'));
  symlinkSync(join(base, 'outside'), join(repo, 'clinics/a/linkdir'));
  symlinkSync('../..', join(repo, 'clinics/up'));
  // A link that stays inside is fine and must keep working.
  symlinkSync('clinic.yaml', join(repo, 'clinics/a/inside-link.yaml'));
});

let tried = 0;
let cliRuns = 0;
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  mkdirSync(new URL('../reports/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../reports/fuzz-extends.json', import.meta.url), JSON.stringify({ at: new Date().toISOString(), cliRuns, extendsPathsTried: tried }, null, 2) + '\n');
});

const SEGMENTS = ['..', '..', '..', '.', '', 'clinics', 'a', 'policies', 'outside', 'up', 'linkdir', 'clinic.yaml', 'link.yaml', 'rel-link.yaml', 'inside-link.yaml', '...', '%2e%2e', '．．', '..\\', '~', '$HOME', '\u0000', '..;', ' ..', 'repo'];
const extendsPath = fc
  .record({
    prefix: fc.constantFrom('', '', '', '/', '//', './', 'file://', '\\\\', base + '/'),
    segments: fc.array(fc.constantFrom(...SEGMENTS), { minLength: 0, maxLength: 7 }),
    separator: fc.constantFrom('/', '/', '/', '//', '\\'),
    file: fc.constantFrom('clinic.yaml', 'clinic.yaml', 'link.yaml', 'rel-link.yaml', 'inside-link.yaml', 'linkdir/clinic.yaml', ''),
  })
  .map(({ prefix, segments, separator, file }) => prefix + [...segments, file].join(separator))
  .filter((path) => /\S/.test(path));

/** Where `extends` leads on disk, resolved the way an attacker would hope: through every symbolic link. */
function destination(written: string): { lexical: string; real?: string } {
  const lexical = posix.normalize(posix.join(repo, POLICY_DIR, written));
  try {
    return { lexical, real: realpathSync(lexical) };
  } catch {
    return { lexical };
  }
}

const inside = (path: string) => {
  const rel = relative(repo, path);
  return rel !== '..' && !rel.startsWith('../') && !rel.startsWith('/');
};

const KNOWN = [
  '../clinic.yaml', '../link.yaml', '../rel-link.yaml', '../linkdir/clinic.yaml', '../../up/outside/clinic.yaml', '../../up/clinic.yaml', '../inside-link.yaml',
  '../../../clinic.yaml', '../../../../clinic.yaml', '../../../outside/clinic.yaml', `${base}/outside/clinic.yaml`, '/etc/passwd', '..', '../', '.', '\u0000',
  '..\\..\\..\\clinic.yaml', '%2e%2e/%2e%2e/clinic.yaml', '．．/clinic.yaml', 'file:///etc/passwd', '../clinic.yaml\u0000.txt', '....//....//clinic.yaml',
];

describe('fuzz: `extends` never leaves the repository (real CLI, temporary repository with symbolic links)', () => {
  it(
    `${RUNS} CLI runs of ${PER_RUN} policies with generated extends paths (the first: ${KNOWN.length} known traversals)`,
    async () => {
      const policy = readFileSync(join(EXAMPLES, 'clinics/cedar-hollow/policies/maya-okafor.yaml'), 'utf8');
      await fc.assert(
        fc.asyncProperty(fc.array(extendsPath, { minLength: PER_RUN, maxLength: PER_RUN }), async (paths) => {
          tried += paths.length;
          cliRuns++;
          rmSync(join(repo, POLICY_DIR), { recursive: true, force: true });
          mkdirSync(join(repo, POLICY_DIR));
          paths.forEach((written, i) => writeFileSync(join(repo, POLICY_DIR, `p${i}.yaml`), policy.replace('extends: ../clinic.yaml', `extends: ${JSON.stringify(written)}`)));
          let code = 0;
          let stdout: string;
          let stderr: string;
          try {
            ({ stdout, stderr } = await run(process.execPath, [BIN, 'lint', '--format', 'json', '--today', '2026-11-23', POLICY_DIR], { cwd: repo, env: { ...process.env, NO_COLOR: '1' } }));
          } catch (error) {
            ({ code, stdout, stderr } = error as { code: number; stdout: string; stderr: string });
          }
          expect(stderr, 'the CLI failed instead of reporting').toBe('');
          expect([0, 1]).toContain(code);
          const results = JSON.parse(stdout) as LintResult[];
          for (const result of results) {
            expect(result.filePath.startsWith('..') || result.filePath.startsWith('/'), `read a file outside the repository: ${result.filePath}`).toBe(false);
            expect(result.messages.map((m) => m.ruleId), `content from outside the repository reached ${result.filePath}`).not.toContain('testimonial-solicitation');
          }
          paths.forEach((written, i) => {
            const messages = results.find((r) => r.filePath === `${POLICY_DIR}/p${i}.yaml`)?.messages ?? [];
            const onExtends = messages.filter((m) => m.path === '/extends');
            const { lexical, real } = destination(written);
            const reachable = inside(lexical) && real !== undefined && inside(real) && real === realpathSync(join(repo, 'clinics/a/clinic.yaml'));
            const label = `extends: ${JSON.stringify(written)} → ${real ?? lexical}`;
            if (reachable) expect(onExtends, label).toEqual([]);
            else expect(onExtends.map((m) => [m.ruleId, m.severity, m.line]), label).toEqual([['schema', 'error', 15]]);
            if (!inside(lexical)) expect(onExtends[0]!.message, label).toContain('is outside the repository');
            else if (real !== undefined && !inside(real)) expect(onExtends[0]!.message, label).toContain('through a symbolic link');
          });
        }),
        { numRuns: RUNS, examples: [[KNOWN]] },
      );
    },
    30_000 + RUNS * 5_000,
  );
});
