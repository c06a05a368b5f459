// The lint engine's promises: rules run on every document that parsed, schema findings and the publishing floor cannot
// be silenced, disable comments cover exactly the node on the next line, and one pass returns each policy with its findings.
import { describe, expect, it } from 'vitest';
import { floorViolations, loadConfig } from '../src/config.js';
import { DEFAULT_FLOOR, lintSourcesProject } from '../src/lint.js';
import { editPolicy, TODAY, VALID_POLICY } from '../src/rule-tester.js';
import type { LintMessage } from '../src/types.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FLOOR = new Set(DEFAULT_FLOOR);

async function lint(source: string, options: { floor?: ReadonlySet<string>; files?: Record<string, string> } = {}) {
  const sources = [{ path: 'policy.yaml', source }, ...Object.entries(options.files ?? {}).map(([path, s]) => ({ path, source: s }))];
  const project = await lintSourcesProject(sources, { today: TODAY, ...(options.floor ? { floor: options.floor } : {}) });
  const result = project.results.find((r) => r.filePath === 'policy.yaml')!;
  return { project, result, ids: (messages: readonly LintMessage[]) => messages.map((m) => m.ruleId) };
}

const withoutCrisis = editPolicy({ remove: ['spec.contact.routes.crisis'] });
const disableAbove = (source: string, anchor: string, comment: string) => source.replace(anchor, `${comment}\n${anchor}`);

describe('rules run on every document that parsed', () => {
  it('an unknown key never counts as the field it resembles: turnarond gets schema and turnaround-required', async () => {
    const source = VALID_POLICY.replace('  turnaround:\n', '  turnarond:\n');
    const { result } = await lint(source);
    const ids = result.messages.map((m) => m.ruleId);
    expect(ids).toContain('schema');
    expect(ids).toContain('turnaround-required');
    expect(result.messages.find((m) => m.ruleId === 'schema')!.message).toMatch(/did you mean "turnaround"/);
  });

  it('a present-but-invalid field stays silent in rules: the schema finding covers it', async () => {
    const source = VALID_POLICY.replace('    within: 24h\n', '    within: soon\n');
    const { result } = await lint(source);
    expect(result.messages.filter((m) => m.ruleId === 'schema').map((m) => m.path)).toEqual(['/spec/turnaround/within']);
    expect(result.messages.map((m) => m.ruleId)).not.toContain('turnaround-required');
  });

  it('other rules still report on a file with schema errors', async () => {
    const source = editPolicy({ set: { 'spec.contact.methods.0.offered': 'yes' }, remove: ['spec.contact.routes.crisis'] });
    const { result } = await lint(source);
    const ids = result.messages.map((m) => m.ruleId);
    expect(ids).toContain('schema');
    expect(ids).toContain('crisis-route-required');
    // offered: yes is present but invalid: rules whose condition reads it stay silent instead of guessing.
    expect(result.messages.filter((m) => m.path.startsWith('/spec/contact/methods/0') && m.ruleId !== 'schema')).toEqual([]);
  });

  it('a missing required field is missing, not invalid: rules about it still report', async () => {
    const { result } = await lint(VALID_POLICY.slice(0, VALID_POLICY.indexOf('spec:')));
    const ids = result.messages.map((m) => m.ruleId);
    expect(result.messages.find((m) => m.ruleId === 'schema')!.message).toMatch(/missing required field "spec"/);
    expect(ids).toEqual(expect.arrayContaining(['turnaround-required', 'crisis-route-required', 'social-media-section']));
  });

  it('a rule whose findings are each about one field (placeholder-text) still reports next to an invalid field', async () => {
    const source = editPolicy({ set: { 'spec.contact.methods.0.offered': 'yes', 'spec.contact.methods.0.address': '[insert #]' } });
    const { result } = await lint(source);
    expect(result.messages.filter((m) => m.ruleId !== 'schema' && m.ruleId.startsWith('placeholder')).map((m) => m.path)).toEqual(['/spec/contact/methods/0/address']);
    expect(result.messages.filter((m) => m.ruleId === 'schema').map((m) => m.path)).toEqual(['/spec/contact/methods/0/offered']);
  });

  it('a document without a valid kind gets schema findings only', async () => {
    const { result } = await lint(VALID_POLICY.replace('kind: CommunicationPolicy', 'kind: Policy').replace('  turnaround:\n', '  turnarond:\n'));
    expect(new Set(result.messages.map((m) => m.ruleId))).toEqual(new Set(['schema']));
  });

  it('returns a policy whose document an alias made circular (the fuzz test found a crash here)', async () => {
    const source = VALID_POLICY.replace('  turnaround:\n    within: 24h\n', '  turnaround: &loop\n    within: *loop\n');
    const { result, project } = await lint(source);
    expect(result.messages.filter((m) => m.ruleId === 'schema').map((m) => m.path)).toEqual(['/spec/turnaround/within']);
    expect(project.policies).toHaveLength(1);
  });

  it('does not crash on values of the wrong type where rules expect lists and maps', async () => {
    const source = editPolicy({ set: { 'spec.contact.methods': 'phone and e-mail', 'spec.contact.routes': 'ask at intake', 'spec.socialMedia': 'none' } });
    const { result } = await lint(source);
    expect(result.messages.filter((m) => m.ruleId === 'schema').length).toBeGreaterThanOrEqual(3);
  });
});

describe('schema findings cannot be disabled', () => {
  it('a disable naming schema leaves the schema finding and every rule in place, and is itself reported', async () => {
    const source = disableAbove(VALID_POLICY.replace('  turnaround:\n', '  turnarond:\n'), '  turnarond:', '  # clearframe-disable-next-line schema -- legacy field');
    const { result } = await lint(source);
    expect(result.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['schema', 'turnaround-required', 'unused-disable']));
    expect(result.messages.find((m) => m.ruleId === 'unused-disable')!.message).toMatch(/"schema" cannot be disabled/);
    expect(result.suppressedMessages).toEqual([]);
  });

  it('a disable-file naming schema does not silence it either', async () => {
    const source = `# clearframe-disable-file schema -- imported from the EHR\n${VALID_POLICY.replace('    within: 24h\n', '    within: 24h\n    legacy: true\n')}`;
    const { result } = await lint(source);
    expect(result.messages.filter((m) => m.ruleId === 'schema')).toHaveLength(1);
  });

  it('a config cannot turn schema off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cf-config-'));
    writeFileSync(join(dir, 'clearframe.config.yaml'), 'rules:\n  schema: off\n');
    expect(() => loadConfig(undefined, dir)).toThrow(/clearframe\.config\.yaml:2:3 rule "schema" cannot be changed/);
  });
});

describe('disable comments cover exactly the node that starts on the next line', () => {
  it('suppresses a finding inside that node, keeping it with its reason', async () => {
    const source = disableAbove(withoutCrisis, '  turnaround:', '  # clearframe-disable-next-line turnaround-exceptions -- weekends count, said at intake').replace('    excludes: [weekends, holidays, vacations]\n', '');
    const { result } = await lint(source);
    expect(result.messages.map((m) => m.ruleId)).not.toContain('turnaround-exceptions');
    expect(result.suppressedMessages).toEqual([expect.objectContaining({ ruleId: 'turnaround-exceptions', suppressions: [{ kind: 'directive', justification: 'weekends count, said at intake' }] })]);
  });

  it('does not reach past the end of that node', async () => {
    // The directive sits above `concerns:`; the finding on `sharing` below it must stay.
    const source = disableAbove(editPolicy({ set: { 'spec.sharing.atIntake': false } }), '  concerns:', '  # clearframe-disable-next-line sharing-at-intake -- wrong place');
    const { result } = await lint(source);
    expect(result.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['sharing-at-intake', 'unused-disable']));
    expect(result.suppressedMessages).toEqual([]);
  });

  it('does not reach a finding on the line of the comment itself or above it', async () => {
    const source = disableAbove(editPolicy({ set: { 'spec.sharing.atIntake': false } }), '    atIntake: false', '    # clearframe-disable-next-line turnaround-exceptions -- not here');
    const { result } = await lint(source);
    expect(result.messages.map((m) => m.ruleId)).toContain('sharing-at-intake');
  });
});

describe('the publishing floor', () => {
  const disabledCrisis = disableAbove(withoutCrisis, '    routes:', '    # clearframe-disable-next-line crisis-route-required -- I give numbers at intake');

  it('without a floor (CI), a disable with a reason suppresses the finding and keeps it visible', async () => {
    const { result, project } = await lint(disabledCrisis);
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(result.suppressedMessages.map((m) => m.ruleId)).toEqual(['crisis-route-required']);
    expect(project.policies[0]!.suppressedMessages.map((m) => [m.ruleId, m.suppressions[0]!.justification])).toEqual([['crisis-route-required', 'I give numbers at intake']]);
  });

  it('with the floor (publishing), the same disable cannot silence a floor rule', async () => {
    const { result } = await lint(disabledCrisis, { floor: FLOOR });
    const crisis = result.messages.find((m) => m.ruleId === 'crisis-route-required')!;
    expect(crisis).toMatchObject({ severity: 'error', path: '/spec/contact/routes/crisis' });
    expect(result.messages.find((m) => m.ruleId === 'unused-disable')!.message).toMatch(/cannot be disabled for publishing/);
    expect(result.suppressedMessages).toEqual([]);
  });

  it('raises a floor rule that a config turned off back to error, and names the config entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cf-floor-'));
    writeFileSync(join(dir, 'clearframe.config.yaml'), 'rules:\n  crisis-route-required: off\n  texting-stance: off\noverrides:\n  - files: ["**"]\n    rules: { placeholder-text: warning }\n');
    const config = loadConfig(undefined, dir);
    expect(floorViolations(config, FLOOR)).toEqual([
      expect.stringMatching(/^clearframe\.config\.yaml: rule "crisis-route-required" is set to off, but it is part of the publishing floor/),
      expect.stringMatching(/^clearframe\.config\.yaml: overrides\[0\]: rule "placeholder-text" is set to warning/),
    ]);
    const project = await lintSourcesProject([{ path: 'policy.yaml', source: withoutCrisis }], { config: { ...config, baseDir: '/' }, today: TODAY, floor: FLOOR });
    expect(project.results[0]!.messages.find((m) => m.ruleId === 'crisis-route-required')?.severity).toBe('error');
    expect(project.results[0]!.messages.map((m) => m.ruleId)).not.toContain('texting-stance');
  });
});

describe('one pass returns each policy with its effective document and findings', () => {
  const defaults = [
    'apiVersion: clearframe/v1',
    'kind: ClinicDefaults',
    'metadata: { id: riverbend }',
    'spec:',
    '  turnaround:',
    '    within: 24h',
    '    # clearframe-disable-next-line faster-reply-disclaimer -- the clinic says so on its website',
    '    fasterRepliesNotGuaranteed: false',
    '',
  ].join('\n');
  const policy = editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.turnaround', 'spec.sharing.url'] });

  it('merges the chain, and lists own, inherited and suppressed findings under the files that hold them', async () => {
    const { project } = await lint(policy, { files: { 'clinic.yaml': defaults } });
    expect(project.policies).toHaveLength(1);
    const [linted] = project.policies;
    expect(linted!.filePath).toBe('policy.yaml');
    expect(linted!.files).toEqual(['policy.yaml', 'clinic.yaml']);
    expect(linted!.document.spec?.turnaround?.within).toBe('24h');
    expect(linted!.messages.map((m) => [m.filePath, m.ruleId])).toEqual(expect.arrayContaining([['policy.yaml', 'published-url']]));
    expect(linted!.suppressedMessages.map((m) => [m.filePath, m.ruleId])).toEqual([['clinic.yaml', 'faster-reply-disclaimer']]);
    // The inherited finding is reported once, under clinic.yaml.
    const clinic = project.results.find((r) => r.filePath === 'clinic.yaml')!;
    expect(clinic.suppressedMessages.map((m) => m.ruleId)).toEqual(['faster-reply-disclaimer']);
  });

  it('duplicate policy ids across files are found by the rule module, in every file involved', async () => {
    const { project } = await lint(VALID_POLICY, { files: { 'other.yaml': VALID_POLICY } });
    for (const result of project.results) {
      expect(result.messages.filter((m) => m.ruleId === 'duplicate-id').map((m) => m.path)).toEqual(['/metadata/id']);
    }
  });
});
