import type { LintResult } from '@clearframe/linter';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { apiError, badInput, notFound } from '../errors.js';
import type { LintContext } from '../plugins/use-limits.js';
import { clinicBySlug } from '../store/clinics.js';
import { retirePolicy, savePublication, type PolicyChangeKind } from '../store/publish.js';
import type { ClinicRecord, PolicyRecord, VersionReason, VersionRecord } from '../store/rows.js';
import { CommitOutcomeUnknownError } from '../store/store.js';
import { ClinicRef } from './clinic.js';
import { LintResultRef } from './lint-finding.js';
import { PolicyRef } from './policy.js';
import { PolicyVersionRef, VersionReasonRef } from './policy-version.js';
import { SourceFileInputRef } from './source-file.js';

const MAX_COMMIT = 200;

interface PolicyChangeShape {
  filePath: string;
  change: PolicyChangeKind;
  reason: VersionReason;
  policy: PolicyRecord;
  version: VersionRecord;
}

interface PayloadShape {
  status: 'PUBLISHED' | 'UNCHANGED' | 'REJECTED';
  clinic: ClinicRecord | null;
  changes: PolicyChangeShape[];
  retired: PolicyRecord[];
  results: LintResult[];
  rejected: LintResult[];
}

const PublishStatusRef = builder.enumType('PublishStatus', {
  values: {
    PUBLISHED: { value: 'PUBLISHED', description: 'Something changed: a new version of a policy, the clinic defaults, or a retired policy.' },
    UNCHANGED: { value: 'UNCHANGED', description: 'Everything sent equals what is published; nothing was written.' },
    REJECTED: {
      value: 'REJECTED',
      description: 'Some file has error-severity findings, or a clinic defaults change would give a policy that extends it an error (see `rejected`); nothing was written.',
    },
  } as const,
});

const PolicyChangeKindRef = builder.enumType('PolicyChangeKind', {
  values: {
    CREATED: { value: 'CREATED' },
    UPDATED: { value: 'UPDATED' },
    UNCHANGED: { value: 'UNCHANGED' },
    RESTORED: { value: 'RESTORED', description: 'A retired policy published again: back in effect, as a new version.' },
  } as const,
});

const PolicyChangeRef = builder.objectRef<PolicyChangeShape>('PolicyChange').implement({
  description: 'What a publish did to one policy.',
  fields: (t) => ({
    filePath: t.exposeString('filePath'),
    change: t.expose('change', { type: PolicyChangeKindRef }),
    reason: t.expose('reason', { type: VersionReasonRef, description: 'CLINIC_DEFAULTS: not sent, but it extends the clinic defaults this publish changed.' }),
    policy: t.field({ type: PolicyRef, resolve: (c) => c.policy }),
    version: t.field({ type: PolicyVersionRef, description: 'The version created, or the current one when unchanged.', resolve: (c) => c.version }),
  }),
});

const PublishPoliciesPayloadRef = builder.objectRef<PayloadShape>('PublishPoliciesPayload').implement({
  description: 'The outcome of a publish, computed inside its transaction: exactly what it wrote.',
  fields: (t) => ({
    status: t.expose('status', { type: PublishStatusRef }),
    clinic: t.field({ type: ClinicRef, nullable: true, description: 'Null only when a rejected publish named a clinic that does not exist yet.', resolve: (p) => p.clinic }),
    changes: t.field({
      type: [PolicyChangeRef],
      description: 'One entry per CommunicationPolicy sent, then one per policy re-derived from changed clinic defaults; empty when rejected.',
      resolve: (p) => p.changes,
    }),
    retired: t.field({ type: [PolicyRef], description: 'Policies retired by this publish (`prune`).', resolve: (p) => p.retired }),
    rejected: t.field({ type: [LintResultRef], description: 'The files with errors, with all their findings.', resolve: (p) => p.rejected }),
    results: t.field({ type: [LintResultRef], description: 'Lint results of every file sent.', resolve: (p) => p.results }),
  }),
});

const PublishPoliciesInputRef = builder.inputType('PublishPoliciesInput', {
  fields: (t) => ({
    clinic: t.string({ required: true, description: 'Clinic slug; the bearer token must belong to this clinic.' }),
    files: t.field({
      type: [SourceFileInputRef],
      required: true,
      description: "The clinic's files, paths relative to the repository root: its policies and the clinic.yaml they extend.",
    }),
    config: t.field({
      type: SourceFileInputRef,
      description:
        "The repository's clearframe.config.yaml, so the server lints as CI does (stored with each new version). Refused when invalid, when it names unknown rules, or when it lowers a rule of the publishing floor.",
    }),
    commit: t.string({ description: 'Commit the files come from (kept with each new version).' }),
    prune: t.boolean({ description: "Retire the clinic's policies that are not among the files sent (in the same transaction)." }),
  }),
});

/** Loads of what the reply names come from the transaction's own reads, never from the database after commit. */
function prime(ctx: Context, clinic: ClinicRecord | null, policies: readonly PolicyRecord[]): void {
  if (clinic) ClinicRef.getDataloader(ctx).prime(clinic.id, clinic);
  for (const policy of policies) {
    PolicyRef.getDataloader(ctx).prime(policy.id, policy);
    PolicyVersionRef.getDataloader(ctx).prime(policy.current.id, policy.current);
  }
}

function outcomeUnknown(): Error {
  return apiError(
    'SERVICE_UNAVAILABLE',
    'the database connection was lost while the change was being committed: the outcome is unknown — check with a query (e.g. the policy versions) before trying again',
    { outcome: 'UNKNOWN' },
  );
}

function authorise(ctx: Context, clinic: string): string {
  if (!ctx.auth) throw apiError('UNAUTHENTICATED', 'publishing needs a token: send the header "Authorization: Bearer <token>" (create one with `clearframe-api token create --clinic <slug>`)');
  if (ctx.auth.clinic !== clinic) throw apiError('FORBIDDEN', `this token publishes to clinic "${ctx.auth.clinic}" only, not "${clinic}"`);
  return ctx.auth.tokenId;
}

builder.mutationField('publishPolicies', (t) =>
  t.field({
    type: PublishPoliciesPayloadRef,
    description:
      "Lints the files again (with the repository's config and the server's publishing floor) and, when no file has an error, stores a new immutable version of every policy whose effective content changed, and of every policy that extends changed clinic defaults. All or nothing, in one transaction. Needs a bearer token for the clinic.",
    args: { input: t.arg({ type: PublishPoliciesInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const tokenId = authorise(ctx, input.clinic);
      if (input.commit != null && (input.commit.length === 0 || input.commit.length > MAX_COMMIT)) throw badInput(`commit must have 1 to ${MAX_COMMIT} characters`);
      const { floor } = ctx;
      const today = ctx.today();
      // Validation (config, paths, lint with the floor) runs in the worker pool, off the event loop.
      const { lintService } = ctx as typeof ctx & LintContext;
      const prepared = await lintService.prepare({ clinic: input.clinic, files: input.files, config: input.config ?? null, fallback: ctx.lintConfig, today, floor });
      const refuse = async (rejected: LintResult[]) => {
        const clinic = (await clinicBySlug(ctx.store, input.clinic)) ?? null;
        return { status: 'REJECTED' as const, clinic, changes: [], retired: [], results: prepared.results, rejected };
      };
      if (prepared.rejected.length > 0) return refuse(prepared.rejected);
      let saved;
      try {
        saved = await savePublication(ctx.store, {
          clinic: input.clinic,
          defaults: prepared.defaults,
          policies: prepared.policies,
          files: input.files,
          config: input.config ?? null,
          commit: input.commit ?? null,
          tokenId,
          prune: input.prune ?? false,
          rederive: (extending) => lintService.rederive({ extending, today, floor }),
        });
      } catch (error) {
        if (error instanceof CommitOutcomeUnknownError) throw outcomeUnknown();
        throw error;
      }
      if (saved.status === 'REJECTED') return refuse(saved.rejected);
      prime(ctx, saved.clinic, [...saved.policies.map((p) => p.policy), ...saved.retired]);
      const changed = saved.clinicChanged || saved.retired.length > 0 || saved.policies.some((p) => p.change !== 'UNCHANGED');
      return {
        status: changed ? ('PUBLISHED' as const) : ('UNCHANGED' as const),
        clinic: saved.clinic,
        changes: saved.policies.map((p) => ({ filePath: p.filePath, change: p.change, reason: p.reason, policy: p.policy, version: p.policy.current })),
        retired: saved.retired,
        results: prepared.results,
        rejected: [],
      };
    },
  }),
);

const RetirePolicyInputRef = builder.inputType('RetirePolicyInput', {
  fields: (t) => ({
    clinic: t.string({ required: true, description: 'Clinic slug; the bearer token must belong to this clinic.' }),
    id: t.string({ required: true, description: 'The policy slug (metadata.id).' }),
  }),
});

builder.mutationField('retirePolicy', (t) =>
  t.field({
    type: PolicyRef,
    description:
      'Takes a policy off the site (e.g. a therapist left the clinic): it keeps its history and URL, gets retiredAt, and lists leave it out unless includeRetired. Publishing it again brings it back as a new version. Needs a bearer token for the clinic.',
    args: { input: t.arg({ type: RetirePolicyInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      authorise(ctx, input.clinic);
      let policy;
      try {
        policy = await retirePolicy(ctx.store, input.clinic, input.id);
      } catch (error) {
        if (error instanceof CommitOutcomeUnknownError) throw outcomeUnknown();
        throw error;
      }
      if (!policy) throw notFound(`no policy "${input.id}" in clinic "${input.clinic}"`);
      prime(ctx, null, [policy]);
      return policy;
    },
  }),
);
