// Publishing agrees with CI (the repository's config is sent and applied) except for the publishing floor;
// suppressed findings travel with the version; retiring; clinic defaults reach the policies that extend them.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, lintSourcesProject } from '@clearframe/linter';
import { preparePublication } from '../../src/publishing.js';
import { createToken } from '../../src/tokens.js';
import type { Api } from '../../src/yoga.js';
import { clinicFiles, graphql, openTestDatabase, snapshot, testApi, TODAY, withFile, type TestDatabase } from '../helpers.js';
import type { SourceFile } from '../../src/store/rows.js';

const JANE = 'clinics/riverbend/policies/jane-rivera.yaml';
const SAM = 'clinics/riverbend/policies/sam-okafor.yaml';
const CLINIC = 'clinics/riverbend/clinic.yaml';
const CONFIG = 'clearframe.config.yaml';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- operations written inline for this file's new fields
type Loose = any;
const op = (text: string) => parse(text) as TypedDocumentNode<Loose, Loose>;

const PUBLISH = op(`mutation($input: PublishPoliciesInput!) {
  publishPolicies(input: $input) {
    status
    clinic { slug }
    changes { filePath change reason policy { slug lintStatus retiredAt } version { number lintStatus reason config { path source } findings { ruleId } exceptions { ruleId severity message filePath line reason } } }
    retired { slug retiredAt }
    rejected { filePath messages { ruleId severity message filePath line } }
  }
}`);
const RETIRE = op(`mutation($input: RetirePolicyInput!) { retirePolicy(input: $input) { slug retiredAt currentVersion { number } } }`);
const POLICY = op(`query($clinic: String!, $id: String!) {
  policy(clinic: $clinic, id: $id) {
    slug retiredAt lintStatus exceptions { ruleId reason line filePath }
    spec { contact { routes { crisis { contacts { number } } } } }
    versions(first: 50) { edges { node { number reason lintStatus changes { path kind before after } } } }
  }
}`);
const LIST = op(`query($filter: PolicyFilter) {
  policies(filter: $filter, first: 50) { totalCount edges { node { slug retiredAt } } }
  clinic(slug: "riverbend") { policyCount policies { totalCount edges { node { slug } } } all: policies(includeRetired: true) { totalCount edges { node { slug } } } }
}`);

let db: TestDatabase;
let api: Api;
let request: ReturnType<typeof graphql>;
let riverbend: string;
let harbor: string;

const publish = (files: SourceFile[], extra: Record<string, unknown> = {}, token = riverbend) => request(PUBLISH, { input: { clinic: 'riverbend', files, ...extra } }, { token });
const policy = async (id: string) => (await request(POLICY, { clinic: 'riverbend', id })).data!.policy;
const crisisNumbers = (p: Loose) => p.spec.contact.routes.crisis.contacts.map((c: { number: string }) => c.number);

const removeCrisis = (s: string) => s.replace(/ {6}crisis:\n(?: {8}.*\n| {10}.*\n)+/, '');
const newCrisisNumber = (number: string) => (s: string) => s.replace('number: "911"', `number: "${number}"`);

beforeAll(async () => {
  db = await openTestDatabase();
  api = testApi(db.store);
  request = graphql(api);
  riverbend = (await createToken(db.store, 'riverbend')).token;
  harbor = (await createToken(db.store, 'harbor-view')).token;
  const first = await publish(clinicFiles('riverbend'));
  expect(first.data!.publishPolicies.status).toBe('PUBLISHED');
});

afterAll(() => db?.close());

describe('the publishing floor', () => {
  it('refuses a disable comment over a deleted crisis section, naming the rule, file and line; nothing is written', async () => {
    const before = await snapshot(db.store);
    const files = [
      ...withFile(clinicFiles('riverbend'), CLINIC, removeCrisis).filter((f) => f.path !== SAM),
    ].map((f) => (f.path === JANE ? { ...f, source: f.source.replace('    routes:\n', '    # clearframe-disable-next-line crisis-route-required -- I give numbers at intake\n    routes:\n') } : f));
    // CI (no floor) passes it: the finding is suppressed.
    const ci = await lintSourcesProject(files, { today: TODAY });
    expect(ci.results.flatMap((r) => r.messages).filter((m) => m.severity === 'error')).toEqual([]);
    const result = await publish(files);
    expect(result.errors).toBeUndefined();
    const payload = result.data!.publishPolicies;
    expect(payload.status).toBe('REJECTED');
    const messages = payload.rejected.flatMap((r: Loose) => r.messages);
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'crisis-route-required', severity: 'ERROR', filePath: JANE, line: 31 }));
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'unused-disable', filePath: JANE, line: 30, message: expect.stringMatching(/cannot be disabled for publishing/) }));
    expect(await snapshot(db.store)).toEqual(before);
  });

  it.each([
    ['a disable comment naming schema above an unknown key', 'schema', JANE, (f: SourceFile) => (f.path === JANE ? f.source.replace('  sharing:\n', '  # clearframe-disable-next-line schema -- legacy field\n  turnarond: 24h\n  sharing:\n') : f.source)],
    ['init placeholder text', 'placeholder-text', JANE, (f: SourceFile) => (f.path === JANE ? f.source.replace('name: Dr. Jane Rivera', 'name: Your Name') : f.source)],
    ['an insurer template placeholder', 'placeholder-text', CLINIC, (f: SourceFile) => (f.path === CLINIC ? f.source.replace('address: "+1 555 010 0199"', 'address: "[insert #]"') : f.source)],
    [
      'a crisis route that is only words',
      'crisis-route-actionable',
      CLINIC,
      (f: SourceFile) => (f.path === CLINIC ? f.source.replace(/ {8}instructions: .*\n(?: {8,}.*\n)+/, '        instructions: We are not able to respond to emergencies.\n') : f.source),
    ],
  ])('refuses %s (%s), whatever the disable comments; nothing is written', async (_name, ruleId, file, edit) => {
    const before = await snapshot(db.store);
    const files = clinicFiles('riverbend').map((f) => ({ ...f, source: edit(f) }));
    const payload = (await publish(files)).data!.publishPolicies;
    expect(payload.status).toBe('REJECTED');
    expect(payload.rejected.flatMap((r: Loose) => r.messages)).toContainEqual(expect.objectContaining({ ruleId, severity: 'ERROR', filePath: file }));
    expect(await snapshot(db.store)).toEqual(before);
  });

  it('lints with the config sent, stores it with the version, and refuses a config that lowers a floor rule, names an unknown rule or is invalid', async () => {
    const before = await snapshot(db.store);
    const lowering = { path: CONFIG, source: 'rules:\n  following-clients: off\noverrides:\n  - files: ["clinics/**"]\n    rules: { friending-confidentiality: warning }\n' };
    const refused = await publish(clinicFiles('riverbend'), { config: lowering });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/clearframe\.config\.yaml: overrides\[0\]: rule "friending-confidentiality" is set to warning, but it is part of the publishing floor/);
    const unknown = await publish(clinicFiles('riverbend'), { config: { path: CONFIG, source: 'rules:\n  no-such-rule: off\n' } });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/clearframe\.config\.yaml:2:3 unknown rule "no-such-rule"/) });
    const invalid = await publish(clinicFiles('riverbend'), { config: { path: CONFIG, source: 'rules: [\n' } });
    expect(invalid.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/^config: clearframe\.config\.yaml:\d+:\d+ /) });
    expect(await snapshot(db.store)).toEqual(before);

    const config = { path: CONFIG, source: 'rules:\n  following-clients: off\n' };
    const accepted = await publish(clinicFiles('riverbend'), { config });
    expect(accepted.errors).toBeUndefined();
    const sam = accepted.data!.publishPolicies.changes.find((c: Loose) => c.policy.slug === 'sam-okafor');
    // Without its only warning, sam's effective policy is the same: no new version, its stored config stays null.
    expect(sam).toMatchObject({ change: 'UNCHANGED', version: { number: 1, config: null, lintStatus: 'WARNINGS' } });
    const edited = withFile(clinicFiles('riverbend'), SAM, (s) => s.replace('Leave a message and I will call back.', 'Leave a message; I call back the same day.'));
    const second = await publish(edited, { config });
    const samV2 = second.data!.publishPolicies.changes.find((c: Loose) => c.policy.slug === 'sam-okafor');
    expect(samV2).toMatchObject({ change: 'UPDATED', version: { number: 2, config } });
    // Its only warning was turned off by the config, as in CI.
    expect(samV2.version.findings.map((f: Loose) => f.ruleId)).not.toContain('following-clients');
    expect(['CLEAN', 'INFO']).toContain(samV2.version.lintStatus);
  });

  it('applies the operator floor (CLEARFRAME_REQUIRED_RULES) given to the API', async () => {
    const strict = graphql(testApi(db.store, { floor: new Set(['schema', 'following-clients']) }));
    const config = { path: CONFIG, source: 'rules:\n  following-clients: off\n' };
    const result = await strict(PUBLISH, { input: { clinic: 'riverbend', files: clinicFiles('riverbend'), config } }, { token: riverbend });
    expect(result.errors?.[0]?.message).toMatch(/rule "following-clients" is set to off, but it is part of the publishing floor/);
    const rejected = await strict(PUBLISH, { input: { clinic: 'riverbend', files: clinicFiles('riverbend') } }, { token: riverbend });
    expect(rejected.data!.publishPolicies.status).toBe('REJECTED');
    expect(rejected.data!.publishPolicies.rejected[0].messages).toContainEqual(expect.objectContaining({ ruleId: 'following-clients', severity: 'ERROR', filePath: SAM, line: 21 }));
  });
});

describe('suppressed findings travel', () => {
  it('keeps a suppressed finding with its reason on the version; the status is EXCEPTIONS, never CLEAN', async () => {
    const files = withFile(clinicFiles('riverbend'), SAM, (s) =>
      s.replace('    following:', "    # clearframe-disable-next-line following-clients -- I follow only clients' business pages, with their consent\n    following:"),
    );
    const result = await publish(files);
    const sam = result.data!.publishPolicies.changes.find((c: Loose) => c.policy.slug === 'sam-okafor');
    expect(sam.policy.lintStatus).toBe('EXCEPTIONS');
    expect(sam.version.exceptions).toEqual([
      {
        ruleId: 'following-clients',
        severity: 'WARNING',
        message: expect.stringMatching(/follow clients/),
        filePath: SAM,
        line: 22,
        reason: "I follow only clients' business pages, with their consent",
      },
    ]);
    const read = await policy('sam-okafor');
    expect(read).toMatchObject({ lintStatus: 'EXCEPTIONS', exceptions: [{ ruleId: 'following-clients', line: 22, filePath: SAM, reason: expect.stringMatching(/consent/) }] });
    const filtered = await request(LIST, { filter: { lintStatus: 'EXCEPTIONS' } });
    expect(filtered.data!.policies.edges.map((e: Loose) => e.node.slug)).toEqual(['sam-okafor']);
  });
});

describe('one lint pass per publish', () => {
  it('calls the engine once for a clinic of several policies and builds every policy from that pass', async () => {
    let calls = 0;
    const files = clinicFiles('riverbend');
    const counted: typeof lintSourcesProject = (sources, options) => {
      calls++;
      return lintSourcesProject(sources, options);
    };
    const prepared = await preparePublication('riverbend', files, { config: defaultConfig('/'), today: TODAY, engine: counted });
    expect(calls).toBe(1);
    expect(prepared.policies.map((p) => [p.slug, p.sources.map((s) => s.path)])).toEqual([
      ['jane-rivera', [JANE, CLINIC]],
      ['sam-okafor', [SAM, CLINIC]],
    ]);
  });
});

describe('clinic defaults propagate', () => {
  it('publishing only clinic.yaml gives every policy that extends it a new version, changed by clinic defaults', async () => {
    const current = (await policy('jane-rivera')).versions.edges.length;
    const result = await publish(withFile(clinicFiles('riverbend'), CLINIC, newCrisisNumber('112')).filter((f) => f.path === CLINIC));
    expect(result.errors).toBeUndefined();
    const payload = result.data!.publishPolicies;
    expect(payload.status).toBe('PUBLISHED');
    expect(payload.changes.map((c: Loose) => [c.filePath, c.change, c.reason, c.version.reason])).toEqual([
      [JANE, 'UPDATED', 'CLINIC_DEFAULTS', 'CLINIC_DEFAULTS'],
      [SAM, 'UPDATED', 'CLINIC_DEFAULTS', 'CLINIC_DEFAULTS'],
    ]);
    const jane = await policy('jane-rivera');
    expect(crisisNumbers(jane)).toEqual(['988', '112']);
    expect(jane.versions.edges).toHaveLength(current + 1);
    expect(jane.versions.edges[0].node).toMatchObject({
      reason: 'CLINIC_DEFAULTS',
      changes: [
        {
          path: '/spec/contact/routes/crisis/contacts',
          kind: 'CHANGED',
          before: [expect.objectContaining({ number: '988' }), expect.objectContaining({ number: '911' })],
          after: [expect.objectContaining({ number: '988' }), expect.objectContaining({ number: '112' })],
        },
      ],
    });
    expect(crisisNumbers(await policy('sam-okafor'))).toEqual(['988', '112']);
  });

  it('refuses a defaults change that would give an extending policy a floor error, naming the policies; nothing is written', async () => {
    const before = await snapshot(db.store);
    const result = await publish(withFile(clinicFiles('riverbend'), CLINIC, removeCrisis).filter((f) => f.path === CLINIC));
    const payload = result.data!.publishPolicies;
    expect(payload.status).toBe('REJECTED');
    expect(payload.rejected.map((r: Loose) => r.filePath).sort()).toEqual([JANE, SAM]);
    expect(payload.rejected.flatMap((r: Loose) => r.messages.map((m: Loose) => m.ruleId))).toContain('crisis-route-required');
    expect(await snapshot(db.store)).toEqual(before);
  });

  it('concurrent publishes of the defaults and of a policy lose nothing: every policy ends with the newest defaults', async () => {
    for (const [round, number] of ['113', '114', '115'].entries()) {
      const counts = await Promise.all(['jane-rivera', 'sam-okafor'].map(async (id) => (await policy(id)).versions.edges.length));
      const defaults = withFile(clinicFiles('riverbend'), CLINIC, newCrisisNumber(number));
      const note = `Round ${round}: I reply within a day.`;
      const [a, b] = await Promise.all([
        publish(defaults.filter((f) => f.path === CLINIC)),
        publish(withFile(defaults, JANE, (s) => s.replace('  sharing:\n', `  concerns:\n    note: "${note}"\n  sharing:\n`)).filter((f) => f.path !== SAM)),
      ]);
      expect([a.errors, b.errors]).toEqual([undefined, undefined]);
      const jane = await policy('jane-rivera');
      const sam = await policy('sam-okafor');
      expect(crisisNumbers(jane)).toEqual(['988', number]);
      expect(crisisNumbers(sam)).toEqual(['988', number]);
      // Versions are 1..n without gaps, and each answer's version numbers are in the history.
      for (const [p, count] of [[jane, counts[0]!], [sam, counts[1]!]] as const) {
        expect(p.versions.edges.map((e: Loose) => e.node.number)).toEqual(Array.from({ length: p.versions.edges.length }, (_, i) => p.versions.edges.length - i));
        expect(p.versions.edges.length).toBeGreaterThan(count);
      }
      const answered = [a, b].flatMap((r) => r.data!.publishPolicies.changes.filter((c: Loose) => c.change !== 'UNCHANGED').map((c: Loose) => `${c.policy.slug}@${c.version.number}`));
      expect(new Set(answered).size).toBe(answered.length);
    }
  });
});

describe('retiring', () => {
  it('retirePolicy is token-scoped, keeps history and URL, leaves lists unless includeRetired, and a publish brings it back', async () => {
    const forbidden = await request(RETIRE, { input: { clinic: 'riverbend', id: 'sam-okafor' } }, { token: harbor });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await request(RETIRE, { input: { clinic: 'riverbend', id: 'sam-okafor' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const missing = await request(RETIRE, { input: { clinic: 'riverbend', id: 'nobody' } }, { token: riverbend });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await policy('sam-okafor')).retiredAt).toBeNull();

    const versions = (await policy('sam-okafor')).versions.edges.length;
    const retired = await request(RETIRE, { input: { clinic: 'riverbend', id: 'sam-okafor' } }, { token: riverbend });
    expect(retired.errors).toBeUndefined();
    expect(retired.data!.retirePolicy).toMatchObject({ slug: 'sam-okafor', retiredAt: expect.any(String), currentVersion: { number: versions } });
    const read = await policy('sam-okafor');
    expect(read.retiredAt).toBe(retired.data!.retirePolicy.retiredAt);
    expect(read.versions.edges).toHaveLength(versions);
    const list = await request(LIST, { filter: { clinic: 'riverbend' } });
    expect(list.data!.policies.edges.map((e: Loose) => e.node.slug)).toEqual(['jane-rivera']);
    expect(list.data!.clinic).toMatchObject({ policyCount: 1, policies: { totalCount: 1, edges: [{ node: { slug: 'jane-rivera' } }] } });
    expect(list.data!.clinic.all).toEqual({ totalCount: 2, edges: [{ node: { slug: 'jane-rivera' } }, { node: { slug: 'sam-okafor' } }] });
    const all = await request(LIST, { filter: { clinic: 'riverbend', includeRetired: true } });
    expect(all.data!.policies.edges.map((e: Loose) => [e.node.slug, e.node.retiredAt !== null])).toEqual([
      ['jane-rivera', false],
      ['sam-okafor', true],
    ]);

    const back = await publish(withFile(clinicFiles('riverbend'), CLINIC, newCrisisNumber('115')).filter((f) => f.path !== JANE));
    const sam = back.data!.publishPolicies.changes.find((c: Loose) => c.policy.slug === 'sam-okafor');
    expect(sam).toMatchObject({ change: 'RESTORED', policy: { retiredAt: null }, version: { number: versions + 1 } });
  });

  it('prune retires the policies not sent, in the same transaction, and reports them', async () => {
    const result = await publish(withFile(clinicFiles('riverbend'), CLINIC, newCrisisNumber('115')).filter((f) => f.path !== SAM), { prune: true });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.publishPolicies;
    expect(payload.status).toBe('PUBLISHED');
    expect(payload.retired).toEqual([{ slug: 'sam-okafor', retiredAt: expect.any(String) }]);
    expect((await policy('sam-okafor')).retiredAt).toBe(payload.retired[0].retiredAt);
    // A defaults change does not re-derive a retired policy.
    const versions = (await policy('sam-okafor')).versions.edges.length;
    await publish(withFile(clinicFiles('riverbend'), CLINIC, newCrisisNumber('116')).filter((f) => f.path === CLINIC));
    expect((await policy('sam-okafor')).versions.edges).toHaveLength(versions);
  });
});
