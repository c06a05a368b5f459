import { commitUrl, ConfigError, configFromSource } from '@clearframe/linter';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { diff, type FieldChange } from '../diff.js';
import { sourcesOfVersions, versionsById, versionsByNumber } from '../store/policies.js';
import type { SourceFile, VersionRecord } from '../store/rows.js';
import { LintFindingRef, LintStatusRef, PolicyExceptionRef } from './lint-finding.js';
import { PolicyMetadataRef } from './metadata.js';
import { parseNodeId } from './pagination.js';
import { SourceFileRef } from './source-file.js';
import { PolicySpecRef } from './spec.js';

export const VersionReasonRef = builder.enumType('VersionReason', {
  description: 'Why a version was written.',
  values: {
    PUBLISHED: { value: 'PUBLISHED', description: "The policy's own files were published." },
    CLINIC_DEFAULTS: {
      value: 'CLINIC_DEFAULTS',
      description: 'Changed by clinic defaults: the clinic.yaml it extends was published, and its effective policy changed with it.',
    },
  } as const,
});

/** Versions by policy id and number, batched across the whole request. */
export const versionByNumber = createContextCache(
  (ctx: Context) =>
    new DataLoader<{ policyId: number; number: number }, VersionRecord | null, string>(
      async (keys) => {
        const rows = await versionsByNumber(ctx.store, keys);
        return keys.map((k) => rows.find((r) => r.policyId === k.policyId && r.number === k.number) ?? null);
      },
      { cacheKeyFn: (k) => `${k.policyId}:${k.number}` },
    ),
);

const sourcesLoader = createContextCache(
  (ctx: Context) =>
    new DataLoader<number, SourceFile[]>(async (ids) => {
      const sources = await sourcesOfVersions(ctx.store, ids);
      return ids.map((id) => sources.get(id) ?? []);
    }),
);

const FieldChangeKindRef = builder.enumType('FieldChangeKind', {
  values: { ADDED: { value: 'ADDED' }, REMOVED: { value: 'REMOVED' }, CHANGED: { value: 'CHANGED' } } as const,
});

export const FieldChangeRef = builder.objectRef<FieldChange>('FieldChange').implement({
  description: 'A field that differs between two versions of a policy.',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'JSON pointer of the field (list items with an id by their index in the newer version, or the older one for removals).' }),
    kind: t.expose('kind', { type: FieldChangeKindRef }),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
  }),
});

export const PolicyVersionRef = builder.loadableNode('PolicyVersion', {
  description: 'An immutable published version of a policy.',
  id: { resolve: (v: VersionRecord) => v.id, parse: parseNodeId },
  load: (ids: number[], ctx: Context) => versionsById(ctx.store, ids),
  sort: (v) => v.id,
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Version number: 1, 2, 3… in publishing order.' }),
    publishedAt: t.field({ type: 'DateTime', resolve: (v) => v.publishedAt }),
    commit: t.exposeString('commit', { nullable: true, description: 'The commit the publish named (e.g. the CI commit SHA).' }),
    commitUrl: t.string({
      nullable: true,
      description: 'Web page of the commit, when the config sent with the publish names its `repository` and the commit is a hash; else null.',
      resolve: (v) => (v.commit && v.config ? commitLink(v.config.source, v.commit) : null),
    }),
    contentHash: t.exposeString('contentHash', { description: 'sha256 of the canonical JSON of the effective policy.' }),
    lintStatus: t.expose('lintStatus', { type: LintStatusRef }),
    findings: t.field({ type: [LintFindingRef], description: 'Warnings and infos of this version (a policy with errors is never published).', resolve: (v) => v.findings }),
    exceptions: t.field({
      type: [PolicyExceptionRef],
      description: 'Findings suppressed by disable comments when this version was published, each with its reason. Any exception makes lintStatus EXCEPTIONS.',
      resolve: (v) => v.exceptions,
    }),
    reason: t.expose('reason', { type: VersionReasonRef }),
    config: t.field({
      type: SourceFileRef,
      nullable: true,
      description: 'The clearframe.config.yaml the publish sent (and the server linted with); null: none, the recommended preset applied.',
      resolve: (v) => v.config,
    }),
    metadata: t.field({ type: PolicyMetadataRef, resolve: (v) => v.document.metadata }),
    spec: t.field({ type: PolicySpecRef, resolve: (v) => v.document.spec ?? {} }),
    document: t.field({ type: 'JSON', description: 'The effective policy (ClinicDefaults merged in) as JSON.', resolve: (v) => v.document }),
    sources: t.field({ type: [SourceFileRef], description: 'The YAML files this version was built from.', resolve: (v, _args, ctx) => sourcesLoader(ctx).load(v.id) }),
    changes: t.field({
      type: [FieldChangeRef],
      description: 'What changed since the previous version (empty for version 1).',
      resolve: async (v, _args, ctx) => {
        if (v.number === 1) return [];
        const previous = await versionByNumber(ctx).load({ policyId: v.policyId, number: v.number - 1 });
        return previous ? diff(previous.document, v.document) : [];
      },
    }),
  }),
});

/** The commit's page from the `repository` of the stored config (checked when it was published). */
function commitLink(configSource: string, commit: string): string | null {
  try {
    const { repository } = configFromSource(configSource, 'clearframe.config.yaml');
    return repository ? (commitUrl(repository, commit) ?? null) : null;
  } catch (error) {
    if (error instanceof ConfigError) return null;
    throw error;
  }
}
