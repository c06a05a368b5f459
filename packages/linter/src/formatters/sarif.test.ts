import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { LintResult } from '../types.js';
import { context, JANE, results, SAM } from './__fixtures__/results.js';
import sarif, { MAX_RESULTS_PER_RUN, ruleName, ruleTags } from './sarif.js';

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
      name: 'PublishedUrl',
      shortDescription: { text: 'Require a web link to the policy.' },
      fullDescription: { text: 'Require a web link to the policy.' },
      helpUri: 'https://example.test/docs/rules/published-url.md',
      help: {
        text: 'Require a web link to the policy.\nSource: Balick\nDocs: https://example.test/docs/rules/published-url.md',
        markdown: 'Require a web link to the policy.\n\nSource: Balick\n\n[Documentation](https://example.test/docs/rules/published-url.md)',
      },
      defaultConfiguration: { level: 'note' },
      properties: { source: 'Balick', tags: ['clearframe', 'policy', 'Balick'] },
    });
    expect(run!.tool.driver.rules[1]).toMatchObject({ name: 'ReviewSites', properties: { tags: ['clearframe', 'policy', 'NASW', 'Kolmes'] } });
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
      partialFingerprints: { 'clearframeFinding/v1': expect.stringMatching(/^[0-9a-f]{32}:1$/) },
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

describe('sarif formatter for code scanning', () => {
  const policy = ['apiVersion: clearframe/v1', 'kind: CommunicationPolicy', 'spec:', '  socialMedia:', '    friending:', '      allowed: true   # a comment', '  sharing: { url: x }', ''].join('\n');
  const finding = (line: number, column: number, path: string): LintResult => ({
    filePath: 'policies/jane.yaml',
    messages: [{ ruleId: 'review-sites', severity: 'warning', message: 'm', line, column, path }],
    suppressedMessages: [],
  });
  const first = (log: ReturnType<typeof parse>) => log.runs[0]!.results[0] as unknown as {
    locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
    partialFingerprints: Record<string, string>;
  };

  it('writes paths from the repository root, whatever the working directory', () => {
    const log = parse([finding(4, 3, '/spec/socialMedia')], { ...context, cwd: '/srv/repo/clinics/riverbend', baseDir: '/srv/repo' });
    expectValid(log);
    expect(first(log).locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'clinics/riverbend/policies/jane.yaml', uriBaseId: '%SRCROOT%' });
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///srv/repo/' } });
  });

  it('ends a region at the end of the key/value node, when the file can be read', () => {
    const ctx = { ...context, readSource: (path: string) => (path === 'policies/jane.yaml' ? policy : undefined) };
    const region = (line: number, column: number) => first(parse([finding(line, column, '/spec')], ctx)).locations[0]!.physicalLocation.region;
    expect(region(4, 3)).toEqual({ startLine: 4, startColumn: 3, endLine: 6, endColumn: 20 });
    expect(region(7, 3)).toEqual({ startLine: 7, startColumn: 3, endLine: 7, endColumn: 22 });
    expect(region(1, 1)).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 26 });
    // Not the start of a node, or no text: start positions only.
    expect(region(6, 2)).toEqual({ startLine: 6, startColumn: 2 });
    expect(first(parse([finding(4, 3, '/spec')])).locations[0]!.physicalLocation.region).toEqual({ startLine: 4, startColumn: 3 });
    expectValid(parse([finding(4, 3, '/spec')], ctx));
  });

  it('fingerprints a finding by rule, file and field, so it keeps its identity when lines move', () => {
    const a = first(parse([finding(4, 3, '/spec/socialMedia')])).partialFingerprints;
    const moved = first(parse([finding(40, 5, '/spec/socialMedia')])).partialFingerprints;
    const other = first(parse([finding(4, 3, '/spec/sharing')])).partialFingerprints;
    expect(a).toEqual(moved);
    expect(a).not.toEqual(other);
    const twice = parse([{ ...finding(4, 3, '/spec'), messages: [...finding(4, 3, '/spec').messages, ...finding(9, 3, '/spec').messages] }]);
    const [one, two] = twice.runs[0]!.results as unknown as { partialFingerprints: Record<string, string> }[];
    expect(one!.partialFingerprints['clearframeFinding/v1']!.replace(/:\d+$/, ':2')).toBe(two!.partialFingerprints['clearframeFinding/v1']);
  });

  it('takes help.markdown from the rule docs', () => {
    const log = parse([], { ...context, ruleDoc: (id) => `# ${id}\n\nWhy it matters.` });
    expect((log.runs[0]!.tool.driver.rules[2] as unknown as { help: { markdown: string } }).help.markdown).toBe('# schema\n\nWhy it matters.');
    expectValid(log);
  });

  it('splits more than 25,000 results into several runs, with a warning', () => {
    const many: LintResult[] = [{ filePath: 'p.yaml', messages: [], suppressedMessages: [] }];
    for (let i = 0; i < MAX_RESULTS_PER_RUN + 10; i++) many[0]!.messages.push({ ruleId: 'texting-stance', severity: 'warning', message: 'm', line: i + 1, column: 1, path: `/spec/x${i}` });
    const warnings: string[] = [];
    const log = parse(many, { ...context, warn: (message) => warnings.push(message) });
    expect(log.runs.map((run) => run.results.length)).toEqual([MAX_RESULTS_PER_RUN, 10]);
    expect(log.runs[1]!.tool.driver.name).toBe('clearframe');
    expect(warnings).toEqual([expect.stringContaining('25,010 SARIF results, more than GitHub code scanning takes in one run (25,000); written as 2 runs')]);
    expect(validate(log)).toBe(true);

    const quiet: string[] = [];
    parse(results, { ...context, warn: (message) => quiet.push(message) });
    expect(quiet).toEqual([]);
  });

  it('names each rule as an identifier and tags it by source', () => {
    expect(ruleName('crisis-route-async-only')).toBe('CrisisRouteAsyncOnly');
    for (const [, rule] of rules) expect(ruleTags(rule.meta)[0]).toBe('clearframe');
  });
});
