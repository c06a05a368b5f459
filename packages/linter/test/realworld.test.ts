import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintFiles, lintSources } from '../src/lint.js';
import { toV1 } from './realworld/v1-projection.js';

interface Finding {
  rule: string;
  path: string;
  wanted: boolean;
  why?: string;
}
interface Expectations {
  lintDate: string;
  v1: { findings: number; falseAlarms: unknown[] };
  policies: Record<string, { expected: string[]; findings: Finding[] }>;
}

const DIR = new URL('./realworld/', import.meta.url).pathname;
const README = new URL('../README.md', import.meta.url);
const expectations = parse(readFileSync(`${DIR}expected.yaml`, 'utf8')) as Expectations;
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && f !== 'expected.yaml').sort();
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

describe('real published policies', async () => {
  const results = await lintFiles(files, { cwd: DIR, today: expectations.lintDate });
  const found = new Map(results.map((r) => [r.filePath.replace(/\.yaml$/, ''), r.messages]));

  it('holds at least 10 transcriptions, each naming its source, each with expectations', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) expect(readFileSync(DIR + file, 'utf8'), file).toMatch(/^# Sources?: https?:\/\/\S+/);
    expect(Object.keys(expectations.policies).sort()).toEqual(files.map((f) => f.replace(/\.yaml$/, '')));
  });

  for (const [name, { expected, findings }] of Object.entries(expectations.policies)) {
    it(`${name}: the linter reports exactly the reviewed findings, including every one expected before linting`, () => {
      const actual = (found.get(name) ?? []).map((m) => `${m.ruleId} ${m.path}`).sort();
      expect(actual).toEqual(findings.map((f) => `${f.rule} ${f.path}`).sort());
      for (const item of expected) expect(actual, `expected before linting: ${item}`).toContain(item);
      for (const f of findings.filter((f) => !f.wanted)) expect(f.why, `${f.rule} ${f.path}`).toMatch(/\S/);
    });
  }

  it('states the false-alarm rate before and after v1.1 in the linter README', () => {
    const all = Object.values(expectations.policies).flatMap((p) => p.findings);
    const unwanted = all.filter((f) => !f.wanted).length;
    const before = expectations.v1.falseAlarms.length;
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain(`before v1.1: ${before} of ${expectations.v1.findings} findings (${percent(before, expectations.v1.findings)})`);
    expect(readme).toContain(`after v1.1: ${unwanted} of ${all.length} findings (${percent(unwanted, all.length)})`);
  });

  it('their v1 versions (how "before" was measured) are valid v1.1 files: v1.1 keeps every v1 file valid', async () => {
    const sources = files.map((path) => ({ path, source: toV1(readFileSync(DIR + path, 'utf8')) }));
    for (const { path, source } of sources) expect(source, path).not.toMatch(/addressProvided|schedule:|clinicName|records:|clientsMayFollow|in-person|urgent:/);
    const schemaProblems = (await lintSources(sources, { today: expectations.lintDate })).flatMap((r) => r.messages.filter((m) => m.ruleId === 'schema'));
    expect(schemaProblems).toEqual([]);
  });
});
