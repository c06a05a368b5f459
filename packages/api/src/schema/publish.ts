import type { LintResult } from '@clearframe/linter';
import { builder } from '../builder.js';
import { apiError, badInput } from '../errors.js';
import { preparePublication } from '../publishing.js';
import { clinicBySlug } from '../store/clinics.js';
import { savePublication, type ChangeKind } from '../store/publish.js';
import type { ClinicRecord } from '../store/rows.js';
import { ClinicRef } from './clinic.js';
import { LintResultRef } from './lint-finding.js';
import { PolicyRef } from './policy.js';
import { PolicyVersionRef } from './policy-version.js';
import { SourceFileInputRef } from './source-file.js';

const MAX_COMMIT = 200;

interface PolicyChangeShape {
  filePath: string;
  change: ChangeKind;
  policyId: number;
  versionId: number;
}

interface PayloadShape {
  status: 'PUBLISHED' | 'UNCHANGED' | 'REJECTED';
  clinic: ClinicRecord | number | null;
  changes: PolicyChangeShape[];
  results: LintResult[];
  rejected: LintResult[];
}

const PublishStatusRef = builder.enumType('PublishStatus', {
  values: {
    PUBLISHED: { value: 'PUBLISHED', description: 'At least one policy (or the clinic defaults) changed; a new version was written for each changed policy.' },
    UNCHANGED: { value: 'UNCHANGED', description: 'Everything sent equals what is published; nothing was written.' },
    REJECTED: { value: 'REJECTED', description: 'Some file has error-severity findings (see `rejected`); nothing was written.' },
  } as const,
});

const PolicyChangeKindRef = builder.enumType('PolicyChangeKind', {
  values: { CREATED: { value: 'CREATED' }, UPDATED: { value: 'UPDATED' }, UNCHANGED: { value: 'UNCHANGED' } } as const,
});

const PolicyChangeRef = builder.objectRef<PolicyChangeShape>('PolicyChange').implement({
  description: 'What a publish did to one policy.',
  fields: (t) => ({
    filePath: t.exposeString('filePath'),
    change: t.expose('change', { type: PolicyChangeKindRef }),
    policy: t.field({ type: PolicyRef, resolve: (c) => c.policyId }),
    version: t.field({ type: PolicyVersionRef, description: 'The version created, or the current one when unchanged.', resolve: (c) => c.versionId }),
  }),
});

const PublishPoliciesPayloadRef = builder.objectRef<PayloadShape>('PublishPoliciesPayload').implement({
  fields: (t) => ({
    status: t.expose('status', { type: PublishStatusRef }),
    clinic: t.field({ type: ClinicRef, nullable: true, description: 'Null only when a rejected publish named a clinic that does not exist yet.', resolve: (p) => p.clinic }),
    changes: t.field({ type: [PolicyChangeRef], description: 'One entry per CommunicationPolicy sent; empty when rejected.', resolve: (p) => p.changes }),
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
    commit: t.string({ description: 'Commit the files come from (kept with each new version).' }),
  }),
});

builder.mutationField('publishPolicies', (t) =>
  t.field({
    type: PublishPoliciesPayloadRef,
    description:
      'Lints the files again and, when no file has an error, stores a new immutable version of every policy whose effective content changed. All or nothing, in one transaction. Needs a bearer token for the clinic.',
    args: { input: t.arg({ type: PublishPoliciesInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (!ctx.auth) throw apiError('UNAUTHENTICATED', 'publishing needs a token: send the header "Authorization: Bearer <token>" (create one with `clearframe-api token create --clinic <slug>`)');
      if (ctx.auth.clinic !== input.clinic) {
        throw apiError('FORBIDDEN', `this token publishes to clinic "${ctx.auth.clinic}" only, not "${input.clinic}"`);
      }
      if (input.commit != null && (input.commit.length === 0 || input.commit.length > MAX_COMMIT)) throw badInput(`commit must have 1 to ${MAX_COMMIT} characters`);
      const prepared = await preparePublication(input.clinic, input.files, { config: ctx.lintConfig, today: ctx.today() });
      if (prepared.rejected.length > 0) {
        const clinic = (await clinicBySlug(ctx.store, input.clinic)) ?? null;
        return { status: 'REJECTED' as const, clinic, changes: [], results: prepared.results, rejected: prepared.rejected };
      }
      const saved = await savePublication(ctx.store, {
        clinic: input.clinic,
        defaults: prepared.defaults,
        policies: prepared.policies,
        commit: input.commit ?? null,
        tokenId: ctx.auth.tokenId,
      });
      const fileOf = new Map(prepared.policies.map((p) => [p.slug, p.filePath]));
      const changed = saved.clinicChanged || saved.policies.some((p) => p.change !== 'UNCHANGED');
      return {
        status: changed ? ('PUBLISHED' as const) : ('UNCHANGED' as const),
        clinic: saved.clinicId,
        changes: saved.policies.map((p) => ({ filePath: fileOf.get(p.slug)!, change: p.change, policyId: p.policyId, versionId: p.versionId })),
        results: prepared.results,
        rejected: [],
      };
    },
  }),
);
