import { JURISDICTION } from '@clearframe/schema/facts';
import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { diff, type FieldChange } from '../diff.js';
import { badInput, notFound } from '../errors.js';
import { policyCounts } from '../store/clinics.js';
import { policiesById, policiesOfClinics, policyBySlug, policyCount, policyPage, versionsOfPolicies, type PolicyFilter } from '../store/policies.js';
import type { PolicyRecord, VersionRecord } from '../store/rows.js';
import { ClinicRef, policyCountLoader } from './clinic.js';
import { ContactMethodKindRef } from './contact-method.js';
import { LintFindingRef, LintStatusRef, PolicyExceptionRef } from './lint-finding.js';
import { PolicyMetadataRef } from './metadata.js';
import { batchedConnections, checkPageSize, decodeCursor, decodeNumberCursor, DEFAULT_PAGE, encodeCursor, MAX_PAGE, parseNodeId } from './pagination.js';
import { FieldChangeRef, PolicyVersionRef, versionByNumber } from './policy-version.js';
import { FriendingAllowedRef, friendingValue } from './social-media-stance.js';
import { VideoRecordingRef } from './privacy.js';
import { PolicySpecRef } from './spec.js';

const PolicyKindRef = builder.enumType('PolicyKind', {
  values: { COMMUNICATION_POLICY: { value: 'CommunicationPolicy' }, CLINIC_DEFAULTS: { value: 'ClinicDefaults' } } as const,
});

export const PolicyRef = builder.loadableNode('Policy', {
  description: "A clinician's (or practice's) published communications and social-media policy, as of its newest version.",
  id: { resolve: (p: PolicyRecord) => p.id, parse: parseNodeId },
  load: (ids: number[], ctx: Context) => policiesById(ctx.store, ids),
  sort: (p) => p.id,
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'metadata.id: the policy slug, unique within its clinic.' }),
    clinic: t.field({ type: ClinicRef, description: 'The clinic the policy belongs to.', resolve: (p) => p.clinicId }),
    apiVersion: t.string({ description: 'Format version: clearframe/v1.', resolve: (p) => p.current.document.apiVersion }),
    kind: t.field({ type: PolicyKindRef, description: 'Always COMMUNICATION_POLICY for a published policy.', resolve: (p) => p.current.document.kind }),
    extends: t.string({ nullable: true, description: 'The ClinicDefaults file this policy extends, as written.', resolve: (p) => p.current.document.extends ?? null }),
    metadata: t.field({ type: PolicyMetadataRef, description: 'Who the policy belongs to and when it applies.', resolve: (p) => p.current.document.metadata }),
    spec: t.field({ type: PolicySpecRef, description: 'The effective spec (ClinicDefaults merged in).', resolve: (p) => p.current.document.spec ?? {} }),
    lintStatus: t.field({ type: LintStatusRef, description: 'Lint outcome of the newest version.', resolve: (p) => p.current.lintStatus }),
    findings: t.field({ type: [LintFindingRef], description: 'Warnings and infos of the newest version.', resolve: (p) => p.current.findings }),
    exceptions: t.field({ type: [PolicyExceptionRef], description: 'Findings suppressed in the newest version, each with its reason.', resolve: (p) => p.current.exceptions }),
    retiredAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the policy was retired (no longer in effect; it keeps its history and URL). Null while in effect.',
      resolve: (p) => p.retiredAt,
    }),
    publishedAt: t.field({ type: 'DateTime', description: 'When the newest version was published.', resolve: (p) => p.current.publishedAt }),
    contentHash: t.string({ description: 'sha256 of the canonical JSON of the effective policy (newest version).', resolve: (p) => p.current.contentHash }),
    document: t.field({ type: 'JSON', description: 'The effective policy as JSON.', resolve: (p) => p.current.document }),
    currentVersion: t.field({ type: PolicyVersionRef, description: 'The newest version.', resolve: (p) => p.current }),
    version: t.field({
      type: PolicyVersionRef,
      nullable: true,
      description: 'One version by number (1 is the first published).',
      args: { number: t.arg.int({ required: true }) },
      resolve: async (p, args, ctx) => {
        const version = await versionByNumber(ctx).load({ policyId: p.id, number: args.number });
        if (!version) throw notFound(`policy ${p.clinicSlug}/${p.slug} has no version ${args.number} (newest: ${p.current.number})`);
        return version;
      },
    }),
    changes: t.field({
      type: PolicyDiffRef,
      description: 'What changed between two versions (`to` defaults to the newest).',
      args: { from: t.arg.int({ required: true }), to: t.arg.int() },
      resolve: async (p, args, ctx) => {
        const to = args.to ?? p.current.number;
        const [before, after] = await Promise.all([args.from, to].map((number) => versionByNumber(ctx).load({ policyId: p.id, number })));
        if (!before || !after) {
          throw notFound(`policy ${p.clinicSlug}/${p.slug} has no version ${before ? to : args.from} (versions 1 to ${p.current.number})`);
        }
        return { from: before, to: after, changes: diff(before.document, after.document) };
      },
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When the first version was published.', resolve: (p) => p.createdAt }),
    updatedAt: t.field({ type: 'DateTime', description: 'When the policy last changed (a version, retired or restored).', resolve: (p) => p.updatedAt }),
  }),
});

const PolicyDiffRef = builder.objectRef<{ from: VersionRecord; to: VersionRecord; changes: FieldChange[] }>('PolicyDiff').implement({
  description: 'The differences between two versions of a policy.',
  fields: (t) => ({
    from: t.field({ type: PolicyVersionRef, resolve: (d) => d.from }),
    to: t.field({ type: PolicyVersionRef, resolve: (d) => d.to }),
    changes: t.field({ type: [FieldChangeRef], resolve: (d) => d.changes }),
  }),
});

const PolicyVersionConnectionRef = builder.connectionObject({
  type: PolicyVersionRef,
  name: 'PolicyVersionConnection',
  fields: (tc) => ({ totalCount: tc.int({ description: 'Number of versions of the policy.', resolve: (parent) => parent.totalCount!() }) }),
});

/** Every list of policies (Query.policies, Clinic.policies) is a PolicyConnection. */
const PolicyConnectionRef = builder.connectionObject({
  type: PolicyRef,
  name: 'PolicyConnection',
  fields: (tc) => ({ totalCount: tc.int({ description: 'Number of policies in the whole list (every page).', resolve: (parent) => parent.totalCount!() }) }),
});

builder.objectField(PolicyRef, 'versions', (t) =>
  t.loadable({
    type: PolicyVersionConnectionRef,
    description: 'Every published version, newest first. Versions are immutable.',
    byPath: true,
    args: { first: t.arg.int(), after: t.arg.string(), last: t.arg.int(), before: t.arg.string() },
    loaderOptions: { cacheKeyFn: (p: PolicyRecord) => p.id },
    load: async (policies: PolicyRecord[], ctx: Context, args) => {
      const number = (cursor: string | undefined) => (cursor === undefined ? undefined : decodeNumberCursor(cursor));
      const pages = await batchedConnections(
        policies.map((p) => p.id),
        args,
        (page) => versionsOfPolicies(ctx.store, policies.map((p) => p.id), { ...page, after: number(page.after), before: number(page.before) }),
        (v) => v.policyId,
        (v) => encodeCursor(v.number),
      );
      // Versions are numbered 1…n without gaps: the newest number is the count.
      return pages.map((page, i) => ({ ...page, totalCount: async () => policies[i]!.current.number }));
    },
    resolve: (p) => p,
  }),
);

builder.objectField(ClinicRef, 'policies', (t) =>
  t.loadable({
    type: PolicyConnectionRef,
    description: "The clinic's policies in effect by slug (retired ones too with includeRetired).",
    byPath: true,
    args: { first: t.arg.int(), after: t.arg.string(), last: t.arg.int(), before: t.arg.string(), includeRetired: t.arg.boolean() },
    load: async (ids: number[], ctx: Context, args) => {
      const slug = (cursor: string | undefined) => (cursor === undefined ? undefined : decodeCursor(cursor, 1)[0]);
      const withRetired = args.includeRetired === true;
      const pages = await batchedConnections(
        ids,
        args,
        (page) => policiesOfClinics(ctx.store, ids, { ...page, after: slug(page.after), before: slug(page.before) }, withRetired),
        (p) => p.clinicId,
        (p) => encodeCursor(p.slug),
      );
      const count = (id: number) => (withRetired ? policyCounts(ctx.store, [id], true).then((counts) => counts.get(id) ?? 0) : policyCountLoader(ctx).load(id));
      return pages.map((page, i) => ({ ...page, totalCount: () => count(ids[i]!) }));
    },
    resolve: (c) => c.id,
  }),
);

builder.objectField(PolicyVersionRef, 'policy', (t) => t.field({ type: PolicyRef, resolve: (v) => v.policyId }));

const PolicyFilterRef = builder.inputType('PolicyFilter', {
  description: 'All given conditions must hold.',
  fields: (t) => ({
    clinic: t.string({ description: 'Clinic slug.' }),
    jurisdiction: t.string({ description: 'Case-insensitive: US (or us) matches US and every US-xx; US-CA matches US-CA only.' }),
    offersMethodKind: t.field({ type: ContactMethodKindRef, description: 'Has an offered contact method of this kind.' }),
    friendingAllowed: t.field({ type: FriendingAllowedRef, description: 'socialMedia.friending.allowed is exactly this.' }),
    lintStatus: t.field({ type: LintStatusRef }),
    reviewedBefore: t.field({ type: 'Date', description: 'Last reviewed (else effective) before this date, or never: overdue for review.' }),
    search: t.string({ description: 'Case-insensitive text in the policy slug, title or clinician name, or the clinic slug or title.' }),
    videoWithoutLicensure: t.boolean({
      description: 'true: policies that offer video but say nowhere where the clinician is licensed (telehealth.licensedIn); false: all others.',
    }),
    licensedIn: t.string({ description: 'Case-insensitive: telehealth.licensedIn names this jurisdiction (US matches US-CA too).' }),
    videoRecording: t.field({ type: VideoRecordingRef, description: 'privacy.video.recording is exactly this.' }),
    includeRetired: t.boolean({ description: 'Include retired policies (left out by default).' }),
  }),
});

function checkFilter(filter: PolicyFilter): PolicyFilter {
  const jurisdiction = jurisdictionCode(filter.jurisdiction, 'jurisdiction');
  const licensedIn = jurisdictionCode(filter.licensedIn, 'licensedIn');
  if (filter.search != null && filter.search.length > 200) throw badInput('filter.search is longer than 200 characters');
  return { ...filter, jurisdiction, licensedIn };
}

/** Codes are stored upper-case (the format requires it); a filter matches them in any case. */
function jurisdictionCode(value: string | null | undefined, field: string): string | null | undefined {
  const code = value?.toUpperCase();
  if (code != null && !JURISDICTION.test(code)) throw badInput(`filter.${field} "${value}" is not an ISO 3166 code such as US or US-CA`);
  return code;
}

builder.queryFields((t) => ({
  policy: t.field({
    type: PolicyRef,
    nullable: true,
    description: 'A policy by clinic slug and policy slug (metadata.id), retired or not (see retiredAt).',
    args: { clinic: t.arg.string({ required: true }), id: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const policy = await policyBySlug(ctx.store, args.clinic, args.id);
      if (!policy) throw notFound(`no policy "${args.id}" in clinic "${args.clinic}"`);
      return policy;
    },
  }),
  policies: t.connection(
    {
      type: PolicyRef,
      description: 'Published policies by clinic, then slug.',
      args: { filter: t.arg({ type: PolicyFilterRef }) },
      resolve: async (_root, args, ctx) => {
        checkPageSize(args);
        const { friendingAllowed, ...rest } = args.filter ?? {};
        const filter = checkFilter({ ...rest, friendingAllowed: friendingAllowed == null ? null : friendingValue(friendingAllowed) });
        const key = (cursor: string) => {
          const [clinic, slug] = decodeCursor(cursor, 2) as [string, string];
          return { clinic, slug };
        };
        const page = await resolveCursorConnection(
          { args, toCursor: (p: PolicyRecord) => encodeCursor(p.clinicSlug, p.slug), defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            policyPage(ctx.store, filter, {
              after: after === undefined ? undefined : key(after),
              before: before === undefined ? undefined : key(before),
              limit,
              inverted,
            }),
        );
        return { ...page, totalCount: () => policyCount(ctx.store, filter) };
      },
    },
    PolicyConnectionRef,
  ),
}));
