import { lintSources, rules } from '@clearframe/linter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/tokens.js';
import {
  ClinicBySlugDocument,
  ClinicListDocument,
  LintPolicyDocument,
  NodeByIdDocument,
  PolicyBySlugDocument,
  PolicyPageDocument,
  PublishPoliciesDocument,
  RuleByIdDocument,
  RuleCatalogDocument,
  type PolicyFilter,
} from '../gql/graphql.js';
import { clinicFiles, graphql, openTestDatabase, testApi, TODAY, type TestDatabase } from '../helpers.js';

let db: TestDatabase;
let request: ReturnType<typeof graphql>;

beforeAll(async () => {
  db = await openTestDatabase();
  const api = testApi(db.store);
  request = graphql(api);
  for (const clinic of ['riverbend', 'harbor-view']) {
    const { token } = await createToken(db.store, clinic);
    const published = await request(PublishPoliciesDocument, { input: { clinic, files: clinicFiles(clinic), commit: 'c0ffee' } }, { token });
    expect(published.data?.publishPolicies.status).toBe('PUBLISHED');
  }
});

afterAll(() => db?.close());

const slugs = async (filter: PolicyFilter) => {
  const page = await request(PolicyPageDocument, { filter, first: 100 });
  expect(page.errors).toBeUndefined();
  return page.data!.policies.edges.map((e) => `${e.node.clinic.slug}/${e.node.slug}`);
};

describe('policies', () => {
  it('serves the effective policy: ClinicDefaults merged in, every field of the format', async () => {
    const { data, errors } = await request(PolicyBySlugDocument, { clinic: 'riverbend', id: 'jane-rivera' });
    expect(errors).toBeUndefined();
    const policy = data!.policy!;
    expect(policy).toMatchObject({
      slug: 'jane-rivera',
      apiVersion: 'clearframe/v1',
      kind: 'COMMUNICATION_POLICY',
      extends: '../clinic.yaml',
      lintStatus: 'CLEAN',
      clinic: { slug: 'riverbend', title: 'Riverbend Counseling' },
      metadata: {
        id: 'jane-rivera',
        clinic: 'riverbend',
        title: 'Communications & Social Media Policy',
        clinician: { name: 'Dr. Jane Rivera', credentials: ['PsyD'], license: { jurisdiction: 'US-CA', number: 'PSY 12345' } },
        jurisdiction: 'US-CA',
        language: 'en',
        effective: '2026-01-15',
        reviewed: '2026-01-15',
      },
      findings: [],
    });
    const spec = policy.spec;
    // Methods merge by id: the clinic's first, then the policy's own.
    expect(spec.contact!.methods!.map((m) => [m.id, m.kind, m.offered])).toEqual([
      ['office-phone', 'PHONE', true],
      ['text', 'SMS', false],
      ['email', 'EMAIL', true],
      ['spruce', 'SECURE_MESSAGING', true],
      ['video', 'VIDEO', true],
    ]);
    expect(spec.contact!.methods![3]).toMatchObject({ secure: true, product: 'Spruce', setup: expect.stringContaining('Spruce') });
    expect(spec.contact!.routes).toMatchObject({
      administrative: { via: ['office-phone', 'email'], methods: [{ id: 'office-phone' }, { id: 'email' }] },
      clinical: { via: ['spruce'], methods: [{ id: 'spruce', kind: 'SECURE_MESSAGING' }] },
      crisis: {
        contacts: [
          { name: '988 Suicide & Crisis Lifeline', number: '988', kind: 'CRISIS_LINE', text: true },
          { name: 'Emergency services', number: '911', kind: 'EMERGENCY' },
        ],
        via: [],
        methods: [],
      },
    });
    expect(spec.turnaround).toEqual({ within: '24h', excludes: ['WEEKENDS', 'HOLIDAYS', 'VACATIONS'], fasterRepliesNotGuaranteed: true, note: expect.any(String) });
    expect(spec.socialMedia).toMatchObject({
      uses: true,
      friending: { allowed: 'NO', confidentialityNote: null },
      interacting: { publicReplies: 'DISCOURAGED' },
      professionalPages: [{ platform: 'Facebook' }],
      reviewSites: { solicitTestimonials: false, respondPublicly: false },
    });
    expect(spec.privacy).toMatchObject({ unencryptedConsent: 'REQUIRED', video: { platform: 'Doxy.me', secure: true, agreement: 'BAA' } });
    expect(spec.sharing).toEqual({ atIntake: true, acknowledgement: 'SIGNED', url: 'https://riverbend.example/policies/jane-rivera' });
    expect(policy.currentVersion.sources.map((s) => s.path)).toEqual(['clinics/riverbend/policies/jane-rivera.yaml', 'clinics/riverbend/clinic.yaml']);
    expect((policy.document as { spec: { concerns: unknown } }).spec.concerns).toEqual({ channels: ['Website contact form', 'Comment card in the waiting room'] });
  });

  it('keeps the lint findings of each version, pointing at the file and line', async () => {
    const { data } = await request(PolicyBySlugDocument, { clinic: 'riverbend', id: 'sam-okafor' });
    expect(data!.policy!.lintStatus).toBe('WARNINGS');
    expect(data!.policy!.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'following-clients', severity: 'WARNING', filePath: 'clinics/riverbend/policies/sam-okafor.yaml', line: 21, rule: { id: 'following-clients', source: expect.any(String) } }),
    );
    const alex = await request(PolicyBySlugDocument, { clinic: 'harbor-view', id: 'alex-morgan' });
    expect(alex.data!.policy!).toMatchObject({ lintStatus: 'INFO', findings: [expect.objectContaining({ ruleId: 'published-url', severity: 'INFO' })] });
  });

  it.each<[string, PolicyFilter, string[]]>([
    ['no filter', {}, ['harbor-view/alex-morgan', 'riverbend/jane-rivera', 'riverbend/sam-okafor']],
    ['clinic', { clinic: 'riverbend' }, ['riverbend/jane-rivera', 'riverbend/sam-okafor']],
    ['country (matches subdivisions)', { jurisdiction: 'US' }, ['riverbend/jane-rivera', 'riverbend/sam-okafor']],
    ['subdivision', { jurisdiction: 'GB-ENG' }, ['harbor-view/alex-morgan']],
    ['another subdivision', { jurisdiction: 'US-NY' }, []],
    ['offers secure messaging', { offersMethodKind: 'SECURE_MESSAGING' }, ['riverbend/jane-rivera']],
    ['offers a portal', { offersMethodKind: 'PORTAL' }, ['harbor-view/alex-morgan']],
    ['texting listed but not offered', { offersMethodKind: 'SMS' }, []],
    ['friending case by case', { friendingAllowed: 'CASE_BY_CASE' }, ['riverbend/sam-okafor']],
    ['friending not allowed', { friendingAllowed: 'NO' }, ['harbor-view/alex-morgan', 'riverbend/jane-rivera']],
    ['lint status clean', { lintStatus: 'CLEAN' }, ['riverbend/jane-rivera']],
    ['lint status warnings', { lintStatus: 'WARNINGS' }, ['riverbend/sam-okafor']],
    ['lint status info', { lintStatus: 'INFO' }, ['harbor-view/alex-morgan']],
    ['overdue for review', { reviewedBefore: '2026-01-01' }, ['riverbend/sam-okafor']],
    ['search by clinician', { search: 'RIVERA' }, ['riverbend/jane-rivera']],
    ['search by clinic title', { search: 'riverbend counseling' }, ['riverbend/jane-rivera', 'riverbend/sam-okafor']],
    ['combined', { clinic: 'riverbend', lintStatus: 'CLEAN', offersMethodKind: 'VIDEO' }, ['riverbend/jane-rivera']],
  ])('filters: %s', async (_name, filter, expected) => {
    expect(await slugs(filter)).toEqual(expected);
  });

  it('pages with cursors and counts the matches', async () => {
    const first = await request(PolicyPageDocument, { first: 2 });
    expect(first.data!.policies).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(first.data!.policies.edges.map((e) => e.node.slug)).toEqual(['alex-morgan', 'jane-rivera']);
    const second = await request(PolicyPageDocument, { first: 2, after: first.data!.policies.pageInfo.endCursor });
    expect(second.data!.policies.edges.map((e) => e.node.slug)).toEqual(['sam-okafor']);
    expect(second.data!.policies.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const filtered = await request(PolicyPageDocument, { first: 1, filter: { clinic: 'riverbend' } });
    expect(filtered.data!.policies.totalCount).toBe(2);
  });

  it('rejects page sizes over 100 and cursors it did not hand out', async () => {
    const big = await request(PolicyPageDocument, { first: 101 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await request(PolicyPageDocument, { after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badJurisdiction = await request(PolicyPageDocument, { filter: { jurisdiction: 'UK; DROP TABLE policy' } });
    expect(badJurisdiction.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown policy with NOT_FOUND', async () => {
    const missing = await request(PolicyBySlugDocument, { clinic: 'riverbend', id: 'nobody' });
    expect(missing.data?.policy).toBeNull();
    expect(missing.errors?.[0]).toMatchObject({ path: ['policy'], extensions: { code: 'NOT_FOUND' } });
  });
});

describe('clinics', () => {
  it('lists clinics with their defaults and every crisis route of their policies', async () => {
    const { data, errors } = await request(ClinicListDocument, { first: 10 });
    expect(errors).toBeUndefined();
    expect(data!.clinics.totalCount).toBe(2);
    const [harbor, riverbend] = data!.clinics.edges.map((e) => e.node);
    expect(harbor).toMatchObject({ slug: 'harbor-view', title: 'Harbor View Therapy', jurisdiction: 'GB-ENG', policyCount: 1 });
    expect(riverbend).toMatchObject({
      slug: 'riverbend',
      policyCount: 2,
      defaults: { metadata: { id: 'riverbend-defaults' }, spec: { turnaround: { within: '24h' } } },
    });
    const numbers = riverbend!.policies.edges.map((e) => e.node.spec.contact?.routes?.crisis?.contacts?.map((c) => c.number));
    expect(numbers).toEqual([
      ['988', '911'],
      ['988', '911'],
    ]);
  });

  it('pages backwards too', async () => {
    const last = await request(ClinicListDocument, { last: 1 });
    expect(last.data!.clinics.edges.map((e) => e.node.slug)).toEqual(['riverbend']);
    expect(last.data!.clinics.pageInfo.hasPreviousPage).toBe(true);
    const before = await request(ClinicListDocument, { last: 1, before: last.data!.clinics.pageInfo.startCursor });
    expect(before.data!.clinics.edges.map((e) => e.node.slug)).toEqual(['harbor-view']);
  });

  it('finds a clinic by slug, or says NOT_FOUND', async () => {
    expect((await request(ClinicBySlugDocument, { slug: 'riverbend' })).data!.clinic).toMatchObject({ slug: 'riverbend', policyCount: 2 });
    const missing = await request(ClinicBySlugDocument, { slug: 'nowhere' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('node', () => {
  it('refetches policies, clinics and versions by global id', async () => {
    const { data } = await request(PolicyBySlugDocument, { clinic: 'riverbend', id: 'jane-rivera' });
    const policy = await request(NodeByIdDocument, { id: data!.policy!.id });
    expect(policy.data!.node).toMatchObject({ __typename: 'Policy', slug: 'jane-rivera' });
    const clinic = await request(NodeByIdDocument, { id: data!.policy!.clinic.id });
    expect(clinic.data!.node).toMatchObject({ __typename: 'Clinic', slug: 'riverbend' });
  });

  it('rejects malformed ids and reports unknown ones', async () => {
    for (const id of ['not base64 at all', Buffer.from('Policy:abc').toString('base64'), Buffer.from('Nothing:1').toString('base64')]) {
      const response = await request(NodeByIdDocument, { id });
      expect(response.errors?.[0]?.extensions?.code, id).toBe('BAD_USER_INPUT');
    }
    const unknown = await request(NodeByIdDocument, { id: Buffer.from('Policy:987654').toString('base64') });
    expect(unknown.data?.node).toBeNull();
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('lint and rules', () => {
  it('returns the same findings as the CLI', async () => {
    // Without the clinic.yaml it extends, Sam's policy has no turnaround and no crisis route: errors.
    const broken = clinicFiles('riverbend').find((f) => f.path.endsWith('sam-okafor.yaml'))!.source.replace('extends: ../clinic.yaml\n', '');
    const path = 'clinics/riverbend/policies/sam-okafor.yaml';
    const { data, errors } = await request(LintPolicyDocument, { source: broken, path, today: TODAY });
    expect(errors).toBeUndefined();
    const expected = await lintSources([{ path, source: broken }], { today: TODAY });
    expect(data!.lint.map((r) => ({ filePath: r.filePath, messages: r.messages.map(({ ruleId, severity, line, column, path: p, message }) => ({ ruleId, severity: severity.toLowerCase(), line, column, path: p, message })) }))).toEqual(
      expected.map((r) => ({ filePath: r.filePath, messages: r.messages.map(({ ruleId, severity, line, column, path: p, message }) => ({ ruleId, severity, line, column, path: p, message })) })),
    );
    expect(data!.lint[0]!.errorCount).toBeGreaterThan(0);
  });

  it('resolves extends against the files passed along', async () => {
    const files = clinicFiles('riverbend');
    const jane = files.find((f) => f.path.endsWith('jane-rivera.yaml'))!;
    const alone = await request(LintPolicyDocument, { source: jane.source, path: jane.path, today: TODAY });
    expect(alone.data!.lint[0]!.messages.map((m) => m.ruleId)).toContain('schema');
    const together = await request(LintPolicyDocument, { source: jane.source, path: jane.path, files: files.filter((f) => f.path.endsWith('clinic.yaml')), today: TODAY });
    expect(together.data!.lint.flatMap((r) => r.messages)).toEqual([]);
  });

  it('reports suppressed findings with their reasons', async () => {
    const sam = clinicFiles('riverbend').find((f) => f.path.endsWith('sam-okafor.yaml'))!;
    const source = sam.source.replace('    following:', '    # clearframe-disable-next-line following-clients -- professional pages only\n    following:');
    const { data } = await request(LintPolicyDocument, { source, path: sam.path, files: clinicFiles('riverbend').filter((f) => f.path.endsWith('clinic.yaml')), today: TODAY });
    const result = data!.lint.find((r) => r.filePath === sam.path)!;
    expect(result.warningCount).toBe(0);
    expect(result.suppressedMessages).toEqual([{ ruleId: 'following-clients', suppressions: [{ kind: 'directive', justification: 'professional pages only' }] }]);
  });

  it('lists the rule catalog', async () => {
    const { data } = await request(RuleCatalogDocument, {});
    expect(data!.rules.map((r) => r.id)).toEqual([...rules.keys()]);
    const stale = data!.rules.find((r) => r.id === 'policy-review-stale')!;
    expect(stale).toMatchObject({ severity: 'WARNING', scope: 'POLICY', docsUrl: expect.stringContaining('policy-review-stale.md') });
    expect(stale.options).toContainEqual(expect.objectContaining({ name: 'maxAgeDays', type: 'integer', default: 365 }));
    expect((await request(RuleByIdDocument, { id: 'schema' })).data!.rule).toEqual({ id: 'schema', severity: 'ERROR' });
    expect((await request(RuleByIdDocument, { id: 'no-such-rule' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
