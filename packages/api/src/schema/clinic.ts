import type { PolicyDocument } from '@clearframe/schema';
import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { clinicBySlug, clinicCount, clinicPage, clinicsById, policyCounts } from '../store/clinics.js';
import type { ClinicRecord } from '../store/rows.js';
import { PolicyMetadataRef } from './metadata.js';
import { checkPageSize, decodeCursor, DEFAULT_PAGE, encodeCursor, MAX_PAGE, parseNodeId } from './pagination.js';
import { PolicySpecRef } from './spec.js';

/** Policies per clinic, batched across the request (Clinic.policyCount, Clinic.policies totalCount). */
export const policyCountLoader = createContextCache(
  (ctx: Context) => new DataLoader<number, number>(async (ids) => {
    const counts = await policyCounts(ctx.store, ids);
    return ids.map((id) => counts.get(id) ?? 0);
  }),
);

const ClinicDefaultsRef = builder.objectRef<PolicyDocument>('ClinicDefaults').implement({
  description: "The clinic's shared defaults (its clinic.yaml, kind ClinicDefaults), merged under each policy that extends it.",
  fields: (t) => ({
    metadata: t.expose('metadata', { type: PolicyMetadataRef, description: 'metadata of the clinic.yaml (clinicName, jurisdiction, …).' }),
    spec: t.field({ type: PolicySpecRef, description: 'The shared parts of the spec.', resolve: (d) => d.spec ?? {} }),
  }),
});

export const ClinicRef = builder.loadableNode('Clinic', {
  description: 'A clinic (or practice) whose policies are published together.',
  id: { resolve: (c: ClinicRecord) => c.id, parse: parseNodeId },
  load: (ids: number[], ctx: Context) => clinicsById(ctx.store, ids),
  sort: (c) => c.id,
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'The clinic slug: metadata.clinic, or the directory name under clinics/.' }),
    name: t.string({
      nullable: true,
      description: "The clinic's display name (metadata.clinicName of its published clinic.yaml, e.g. St. Anne's Counselling); null when it names none.",
      resolve: (c) => c.defaults?.metadata.clinicName ?? null,
    }),
    title: t.exposeString('title', { nullable: true, description: 'metadata.title of the published clinic.yaml, if any.' }),
    jurisdiction: t.string({ nullable: true, description: 'Jurisdiction of the clinic.yaml, if it names one.', resolve: (c) => c.defaults?.metadata.jurisdiction ?? null }),
    defaults: t.field({ type: ClinicDefaultsRef, nullable: true, description: 'The published clinic.yaml, if any.', resolve: (c) => c.defaults }),
    policyCount: t.int({ description: 'Number of published policies in effect.', resolve: (c, _args, ctx) => policyCountLoader(ctx).load(c.id) }),
    createdAt: t.field({ type: 'DateTime', description: 'When the clinic was first published.', resolve: (c) => c.createdAt }),
    updatedAt: t.field({ type: 'DateTime', description: 'When anything of the clinic was last published.', resolve: (c) => c.updatedAt }),
  }),
});

const ClinicConnectionRef = builder.connectionObject({
  type: ClinicRef,
  name: 'ClinicConnection',
  fields: (tc) => ({ totalCount: tc.int({ description: 'Number of clinics.', resolve: (parent) => parent.totalCount!() }) }),
});

builder.queryFields((t) => ({
  clinics: t.connection(
    {
      type: ClinicRef,
      description: 'Clinics by slug.',
      resolve: async (_root, args, ctx) => {
        checkPageSize(args);
        const page = await resolveCursorConnection(
          { args, toCursor: (c: ClinicRecord) => encodeCursor(c.slug), defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            clinicPage(ctx.store, {
              after: after === undefined ? undefined : decodeCursor(after, 1)[0],
              before: before === undefined ? undefined : decodeCursor(before, 1)[0],
              limit,
              inverted,
            }),
        );
        return { ...page, totalCount: () => clinicCount(ctx.store) };
      },
    },
    ClinicConnectionRef,
  ),
  clinic: t.field({
    type: ClinicRef,
    nullable: true,
    description: 'A clinic by slug.',
    args: { slug: t.arg.string({ required: true, description: 'The clinic slug, e.g. riverbend.' }) },
    resolve: async (_root, { slug }, ctx) => {
      const clinic = await clinicBySlug(ctx.store, slug);
      if (!clinic) throw notFound(`no clinic "${slug}"`);
      return clinic;
    },
  }),
}));
