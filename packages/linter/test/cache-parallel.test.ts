// --cache and --concurrency never change what `clearframe lint` reports: every run here is compared byte for byte
// with a plain single-threaded run, on the examples and on a generated repository with defects, ClinicDefaults that
// several policies extend (with findings and disable comments on inherited fields) and ids repeated across clinics.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('../bin/clearframe.js', import.meta.url).pathname;
const EXAMPLES = new URL('../../../examples/', import.meta.url).pathname;
const run = promisify(execFile);
const TODAY = ['--today', '2026-06-01'];

async function cli(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, 'lint', ...args, ...TODAY], { cwd, env: { ...process.env, NO_COLOR: '1', CLEARFRAME_DEBUG: '1' }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const reuse = (stderr: string) => {
  const match = /cache: (\d+) files reused, (\d+) linted/.exec(stderr);
  if (!match) throw new Error(`no cache statistics in: ${stderr}`);
  return { reused: Number(match[1]), linted: Number(match[2]) };
};

let work: string;

/**
 * Copies of the example clinics: even copies get their own clinic and ids, odd copies keep the originals' (so their
 * ids repeat across clinics); some ClinicDefaults solicit testimonials (a finding on an inherited field), some of
 * those with a disable comment; some policies have schema errors or lose their review date.
 */
function generate(dir: string, copies: number): void {
  cpSync(join(EXAMPLES, 'clearframe.config.yaml'), join(dir, 'clearframe.config.yaml'));
  const clinics = readdirSync(join(EXAMPLES, 'clinics'));
  for (let k = 0; k < copies; k++) {
    for (const clinic of clinics) {
      const target = join(dir, 'clinics', `${clinic}-${k}`);
      cpSync(join(EXAMPLES, 'clinics', clinic), target, { recursive: true });
      const defaults = join(target, 'clinic.yaml');
      let text = readFileSync(defaults, 'utf8');
      if (k % 2 === 0) text = text.replace(`clinic: ${clinic}`, `clinic: ${clinic}-${k}`);
      if (k % 3 === 1) {
        text = text.replace('solicitTestimonials: false', 'solicitTestimonials: true');
        if (k % 2 === 1) text = text.replace(/\n(\s*)solicitTestimonials: true/, '\n$1# clearframe-disable-next-line testimonial-solicitation -- a test of inherited suppression\n$1solicitTestimonials: true');
      }
      writeFileSync(defaults, text);
      for (const [i, name] of readdirSync(join(target, 'policies')).sort().entries()) {
        const path = join(target, 'policies', name);
        let policy = readFileSync(path, 'utf8');
        // Odd copies name the original clinic, so their ids repeat those of the other odd copies: duplicate-id across parts.
        policy = k % 2 === 0 ? policy.replace(/\n {2}id: ([a-z-]+)/, `\n  id: $1-${k}`) : policy.replace(/\n {2}id: ([a-z-]+)/, `\n  id: $1\n  clinic: ${clinic}`);
        if ((k + i) % 5 === 2) policy = policy.replace('kind: CommunicationPolicy', 'kind: CommunicationPolicy\nunknownField: 1');
        if ((k + i) % 7 === 3) policy = policy.replace(/\n {2}reviewed: .*/, '');
        writeFileSync(path, policy);
      }
    }
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'clearframe-cache-'));
  generate(work, 12);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('--concurrency', () => {
  it.each([['examples', EXAMPLES], ['generated', '']])('gives the plain run byte for byte on %s', { timeout: 180_000 }, async (_name, dir) => {
    const cwd = dir || work;
    for (const format of ['json', 'stylish']) {
      const plain = await cli(['--format', format], cwd);
      if (format === 'json') expect(plain.stdout.length).toBeGreaterThan(2);
      for (const concurrency of format === 'json' ? ['2', '3', 'auto'] : ['2']) {
        const parallel = await cli(['--format', format, '--concurrency', concurrency], cwd);
        expect(parallel.stdout, `${format} --concurrency ${concurrency}`).toBe(plain.stdout);
        expect(parallel.code).toBe(plain.code);
      }
    }
  });

  it('the generated repository has what makes it a test: findings on inherited fields, suppressions, duplicate ids, schema errors', async () => {
    const results = JSON.parse((await cli(['--format', 'json'], work)).stdout) as { filePath: string; messages: { ruleId: string }[]; suppressedMessages: unknown[] }[];
    const rulesIn = (pattern: RegExp) => new Set(results.filter((r) => pattern.test(r.filePath)).flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(rulesIn(/clinic\.yaml$/)).toContain('testimonial-solicitation');
    expect(results.some((r) => r.filePath.endsWith('clinic.yaml') && r.suppressedMessages.length > 0)).toBe(true);
    expect(rulesIn(/policies\//)).toContain('duplicate-id');
    expect(rulesIn(/policies\//)).toContain('schema');
  });

  it('refuses a bad value', async () => {
    const r = await cli(['--concurrency', 'lots'], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--concurrency takes auto, off or a number of threads from 1 to 999, not "lots"');
  });
});

describe('--cache', () => {
  const cacheFile = () => join(work, '.clearframecache');
  const same = async (step: string, expected: { reused?: number; linted?: number } = {}) => {
    const plain = await cli(['--format', 'json'], work);
    for (const args of [['--cache'], ['--cache', '--concurrency', '2']]) {
      const before = readFileSync(cacheFile(), 'utf8');
      const cached = await cli(['--format', 'json', ...args], work);
      expect(cached.stdout, `${step}: ${args.join(' ')}`).toBe(plain.stdout);
      expect(cached.code).toBe(plain.code);
      if (args.length === 1) {
        const stats = reuse(cached.stderr);
        if (expected.linted !== undefined) expect(stats.linted, step).toBe(expected.linted);
        if (expected.reused !== undefined) expect(stats.reused, step).toBe(expected.reused);
      }
      // The second (parallel) run starts from the cache the first one wrote: reset it so both see the same one.
      if (args.length === 1) writeFileSync(cacheFile(), before);
    }
    await cli(['--cache'], work);
    return plain;
  };

  it('gives the plain run byte for byte, cold and warm, after every kind of change, and reuses what did not change', { timeout: 300_000 }, async () => {
    rmSync(cacheFile(), { force: true });
    const cold = await cli(['--format', 'json', '--cache'], work);
    const files = (JSON.parse(cold.stdout) as unknown[]).length;
    expect(reuse(cold.stderr)).toEqual({ reused: 0, linted: files });
    await same('nothing changed', { linted: 0 });

    // A clinic.yaml that three policies extend: all four lint again, the rest comes from the cache.
    const defaults = join(work, 'clinics/cedar-hollow-0/clinic.yaml');
    writeFileSync(defaults, readFileSync(defaults, 'utf8').replace('solicitTestimonials: false', 'solicitTestimonials: true'));
    await same('a clinic.yaml several policies extend', { linted: 4 });

    const policy = join(work, 'clinics/harbour-lane-4/policies/tom-ashworth.yaml');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace('kind: CommunicationPolicy', 'kind: CommunicationPolicy\nsurprise: true'));
    // The unit of the cache is the group: the policy, the clinic.yaml it extends and the other policy extending it.
    await same('one policy', { linted: 3 });

    // A new policy repeating an id of a cached clinic: that clinic's policies with the id lint again with it.
    const copy = join(work, 'clinics/cedar-hollow-2/policies/maya-copy.yaml');
    writeFileSync(copy, readFileSync(join(work, 'clinics/cedar-hollow-2/policies/maya-okafor.yaml'), 'utf8'));
    const added = await same('a new policy with a repeated id');
    expect(added.stdout).toContain('clinics/cedar-hollow-2/policies/maya-copy.yaml');

    rmSync(copy);
    await same('a policy removed');

    rmSync(join(work, 'clinics/harbour-lane-6/clinic.yaml'));
    const broken = await same('the clinic.yaml of two policies removed');
    expect(broken.stdout).toContain('harbour-lane-6/policies');

    // A different lint date or configuration never reuses the cache.
    const otherDay = await run(process.execPath, [BIN, 'lint', '--format', 'json', '--cache', '--today', '2027-06-01'], { cwd: work, env: { ...process.env, CLEARFRAME_DEBUG: '1' } }).catch((e: { stderr: string }) => e);
    expect(reuse(otherDay.stderr).reused).toBe(0);
  });

  it('writes its cache where --cache-location says', async () => {
    const location = join(work, 'elsewhere.cache');
    const r = await cli(['--cache-location', location], work);
    expect(r.stderr).toContain('cache:');
    expect(JSON.parse(readFileSync(location, 'utf8'))).toMatchObject({ format: 2 });
  });
});
