import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { LintResult } from '../types.js';
import { context, JANE, results, SAM } from './__fixtures__/results.js';
import sarif from './sarif.js';

// The official OASIS SARIF 2.1.0 schema (errata 01), stored verbatim. It is written in draft-04, which Ajv 8 reads
// as draft-07 once the root `id` is spelled `$id`; it uses no keyword whose meaning changed between the drafts.
// Ajv has no draft-04 meta-schema, so the schema itself is not meta-validated; formats are not checked (no ajv-formats).
const { id, ...draft04 } = JSON.parse(readFileSync(new URL('./__fixtures__/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as { id: string } & Record<string, unknown>;
const validate = new Ajv({ strict: false, validateSchema: false, validateFormats: false, allErrors: true }).compile({ ...draft04, $id: id });

function expectValid(log: unknown) {
  validate(log);
  expect(validate.errors ?? []).toEqual([]);
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[];
  suppressions?: unknown[];
}

const parse = (results: LintResult[], ctx = context) => JSON.parse(sarif(results, ctx)) as {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string }[] } }; originalUriBaseIds: unknown; results: SarifResult[] }[];
};

describe('sarif formatter', () => {
  const log = parse(results);
  const [run] = log.runs;

  it('is valid against the official SARIF 2.1.0 schema', () => {
    expectValid(log);
  });

  it('has a schema that really rejects bad logs', () => {
    const bad = structuredClone(log) as unknown as { runs: { results: { level: string }[] }[] };
    bad.runs[0]!.results[0]!.level = 'info';
    expect(validate(bad)).toBe(false);
    const directive = structuredClone(log) as unknown as { runs: { results: { suppressions?: { kind: string }[] }[] }[] };
    directive.runs[0]!.results[5]!.suppressions![0]!.kind = 'directive';
    expect(validate(directive)).toBe(false);
    expect(validate({ version: '2.1.0' })).toBe(false);
  });

  it('describes the tool and every rule of the context, in order', () => {
    expect(log.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run!.tool.driver).toMatchObject({ name: 'clearframe', version: '1.2.3', informationUri: 'https://github.com/clearframe/clearframe' });
    expect(run!.tool.driver.rules.map((r) => r.id)).toEqual([...context.rules.keys()]);
    expect(run!.tool.driver.rules[0]).toEqual({
      id: 'published-url',
      shortDescription: { text: 'Require a web link to the policy.' },
      fullDescription: { text: 'Require a web link to the policy.' },
      helpUri: 'https://example.test/docs/rules/published-url.md',
      help: { text: 'Require a web link to the policy.\nSource: Balick\nDocs: https://example.test/docs/rules/published-url.md' },
      defaultConfiguration: { level: 'note' },
      properties: { source: 'Balick' },
    });
    expect(run!.tool.driver.rules.map((r) => (r as { defaultConfiguration?: { level: string } }).defaultConfiguration?.level)).toEqual([
      'note',
      'warning',
      'error',
      'warning',
      'error',
    ]);
    expect(run!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///srv/clinic-repo/' } });
  });

  it('turns each finding into a result with location, JSON pointer and level', () => {
    expect(run!.results).toHaveLength(6);
    expect(run!.results[2]).toEqual({
      ruleId: 'schema',
      ruleIndex: 2,
      level: 'error',
      message: { text: results[1]!.messages[2]!.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: JANE, uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 3 },
          },
          logicalLocations: [{ fullyQualifiedName: '/spec/contact/a<b & c', kind: 'property' }],
        },
      ],
      properties: { path: '/spec/contact/a<b & c' },
    });
    expect(run!.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['published-url', 'note'],
      ['turnaround-required', 'error'],
      ['schema', 'error'],
      ['texting-stance', 'warning'],
      ['texting-stance', 'warning'],
      ['review-sites', 'warning'],
    ]);
    for (const result of run!.results) expect(run!.tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId);
  });

  it('writes relative, percent-encoded URIs with forward slashes', () => {
    expect(run!.results[4]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'clinics/north%20side/policies/sam.yaml', uriBaseId: '%SRCROOT%' });
    expect(SAM).toContain(' ');
  });

  it('keeps suppressed findings as results with an inSource suppression', () => {
    expect(run!.results.slice(0, 5).every((r) => r.suppressions === undefined)).toBe(true);
    expect(run!.results[5]).toMatchObject({
      ruleId: 'review-sites',
      suppressions: [{ kind: 'inSource', justification: 'we answer only with a generic reply' }],
    });
  });

  it('merges suppressions that give the same reason, as SARIF wants them distinct', () => {
    const twice: LintResult[] = [
      {
        filePath: 'p.yaml',
        messages: [],
        suppressedMessages: [
          {
            ...results[2]!.suppressedMessages[0]!,
            suppressions: [
              { kind: 'directive', justification: '' },
              { kind: 'directive', justification: '' },
              { kind: 'directive', justification: 'file-wide' },
            ],
          },
        ],
      },
    ];
    const twiceLog = parse(twice);
    expectValid(twiceLog);
    expect(twiceLog.runs[0]!.results[0]!.suppressions).toEqual([
      { kind: 'inSource', justification: '' },
      { kind: 'inSource', justification: 'file-wide' },
    ]);
  });

  it('handles an unknown rule id, an absolute path and an empty run', () => {
    const odd: LintResult[] = [
      { filePath: '/elsewhere/policy.yaml', messages: [{ ruleId: 'not-a-rule', severity: 'warning', message: 'm', line: 1, column: 1, path: '' }], suppressedMessages: [] },
    ];
    const oddLog = parse(odd);
    expectValid(oddLog);
    const [result] = oddLog.runs[0]!.results;
    expect(result!.ruleIndex).toBeUndefined();
    expect(result!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/policy.yaml' });
    expect(result!.locations[0]).not.toHaveProperty('logicalLocations');

    const empty = parse([]);
    expectValid(empty);
    expect(empty.runs[0]!.results).toEqual([]);
  });

  it('stays valid with the metadata of the real rule catalog', () => {
    const catalog = new Map([...rules].map(([id, rule]) => [id, rule.meta]));
    const full = parse(results, { ...context, rules: catalog });
    expectValid(full);
    expect(full.runs[0]!.tool.driver.rules).toHaveLength(catalog.size);
  });
});
