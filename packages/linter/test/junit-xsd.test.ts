import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { context, results } from '../src/formatters/__fixtures__/results.js';
import junit from '../src/formatters/junit.js';
import { ensureBuilt } from './distribution.js';
import { ensureSystemPackages } from './system.js';

// junit-10.xsd as the Jenkins xUnit plugin ships it (source URL in the file); xmllint from libxml2-utils checks it.
const XSD = new URL('../src/formatters/__fixtures__/junit-10.xsd', import.meta.url).pathname;
const BIN = new URL('../bin/clearframe.js', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const run = promisify(execFile);

async function xmllint(file: string) {
  try {
    const { stderr } = await run('xmllint', ['--noout', '--schema', XSD, file]);
    return { valid: true, stderr };
  } catch (error) {
    return { valid: false, stderr: (error as { stderr: string }).stderr };
  }
}

describe('--format junit against junit-10.xsd (xmllint)', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt(['schema', 'linter']);
    ensureSystemPackages('libxml2-utils');
    dir = mkdtempSync(join(tmpdir(), 'clearframe-junit-'));
  }, 620_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is valid for the CLI report of failing, clean and suppressed policies, at every --junit-failures level', async () => {
    for (const level of ['error', 'warning', 'info']) {
      const report = join(dir, `report-${level}.xml`);
      const lint = await run(process.execPath, [BIN, 'lint', 'failing', 'valid-policy.yaml', '--format', 'junit', '--junit-failures', level, '--output', report, '--today', '2026-06-01'], { cwd: FIXTURES }).catch(
        (error: { code: number }) => error,
      );
      expect((lint as { code?: number }).code ?? 0).toBe(1);
      const checked = await xmllint(report);
      expect(checked.stderr).toContain('validates');
      expect(checked.valid).toBe(true);
    }
  });

  it('is valid for hostile text, suppressed findings and an empty lint', async () => {
    for (const [name, xml] of [
      ['fixtures', junit(results, context)],
      ['empty', junit([], context)],
      ['hostile', junit([{ filePath: 'a\u0000<&>.yaml', messages: [{ ruleId: 'schema', severity: 'error', message: ']]> \u001b[0m "q"', line: 1, column: 1, path: '/a"b' }], suppressedMessages: [] }], context)],
    ] as const) {
      const file = join(dir, `${name}.xml`);
      writeFileSync(file, xml);
      expect(await xmllint(file), name).toMatchObject({ valid: true });
    }
  });

  it('uses a schema that rejects what junit-10 forbids (skipped on <testsuites>, a testcase without a name)', async () => {
    const bad = join(dir, 'bad.xml');
    writeFileSync(bad, '<?xml version="1.0"?>\n<testsuites tests="1" skipped="0"><testsuite name="x" tests="1" failures="0" errors="0"><testcase/></testsuite></testsuites>\n');
    const checked = await xmllint(bad);
    expect(checked.valid).toBe(false);
    expect(checked.stderr).toMatch(/skipped.*not allowed/);
  });
});
