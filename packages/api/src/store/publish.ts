import type { LintResult } from '@clearframe/linter';
import type { PolicyDocument } from '@clearframe/schema';
import { canonicalJson } from '../canonical.js';
import { CLINIC_COLUMNS, POLICY_COLUMNS, POLICY_FROM, toClinic, toPolicy, type ClinicRecord, type LintStatus, type PolicyRecord, type SourceFile, type StoredException, type StoredFinding, type VersionReason } from './rows.js';
import type { Queryable, Store } from './store.js';

export interface PolicyToSave {
  slug: string;
  /** The policy's file (display path, relative to the repository root). */
  filePath: string;
  document: PolicyDocument;
  contentHash: string;
  sources: SourceFile[];
  findings: StoredFinding[];
  exceptions: StoredException[];
  lintStatus: LintStatus;
}

/** A policy of the clinic that extends a ClinicDefaults file this publish changes: it gets a new version too. */
export interface ExtendingPolicy {
  slug: string;
  /** Its newest version's sources, with the files this publish sends put in place of their older text. */
  sources: SourceFile[];
  config: SourceFile | null;
}

/**
 * Re-derives the policies that extend changed defaults (lints them with their new sources). Returns what to save,
 * or the lint results of the policies that would have errors: then the whole publish is refused.
 */
export type Rederive = (policies: ExtendingPolicy[]) => Promise<{ policies: PolicyToSave[]; rejected: LintResult[] }>;

export interface PublicationToSave {
  clinic: string;
  /** The clinic's ClinicDefaults file, when the publish carries one. */
  defaults?: { title: string | null; document: PolicyDocument } | undefined;
  policies: PolicyToSave[];
  /** Every file sent (ClinicDefaults files among them are compared with the sources of the clinic's other policies). */
  files?: readonly SourceFile[];
  /** The linter config sent with the publish, stored with each new version. */
  config?: SourceFile | null;
  commit: string | null;
  /** The token that authorised the publish (its last use is recorded). */
  tokenId?: string | undefined;
  /** Retire the clinic's policies that are not in this publish. */
  prune?: boolean;
  rederive?: Rederive;
}

export type PolicyChangeKind = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'RESTORED';

export interface SavedPolicy {
  slug: string;
  filePath: string;
  change: PolicyChangeKind;
  reason: VersionReason;
  /** The policy with its newest version, read inside the publish's own transaction. */
  policy: PolicyRecord;
}

export type SavedPublication =
  | { status: 'SAVED'; clinic: ClinicRecord; clinicChanged: boolean; policies: SavedPolicy[]; retired: PolicyRecord[] }
  | { status: 'REJECTED'; rejected: LintResult[] };

/** Thrown inside the transaction to roll it back when re-derived policies would have errors. */
class Refused extends Error {
  constructor(readonly rejected: LintResult[]) {
    super('refused');
  }
}

/**
 * Writes a publication in one transaction. Publishes to one clinic are serialised by a lock on
 * the clinic row, so concurrent publishes each get the next version number and none is lost.
 * A policy whose content hash equals its newest version's is left as it is (unless it was retired:
 * publishing brings it back as a new version). Policies that extend a ClinicDefaults file this
 * publish changes get a new version too (reason CLINIC_DEFAULTS); with `prune`, the clinic's
 * policies not sent are retired. The answer is read inside the transaction, before it commits,
 * so it says exactly what was written.
 */
export async function savePublication(store: Store, input: PublicationToSave): Promise<SavedPublication> {
  try {
    return await store.transaction((tx) => save(tx, input));
  } catch (error) {
    if (error instanceof Refused) return { status: 'REJECTED', rejected: error.rejected };
    throw error;
  }
}

async function save(tx: Queryable, input: PublicationToSave): Promise<SavedPublication> {
  const created = await tx.query('INSERT INTO clinic (slug) VALUES ($1) ON CONFLICT (slug) DO NOTHING RETURNING id', [input.clinic]);
  const [clinic] = await tx.query<{ id: number; defaults: PolicyDocument | null }>('SELECT id, defaults FROM clinic WHERE slug = $1 FOR UPDATE', [input.clinic]);
  if (!clinic) throw new Error(`clinic ${input.clinic} vanished inside its own transaction`);
  let clinicChanged = created.length > 0;
  if (input.defaults && canonicalJson(input.defaults.document) !== canonicalJson(clinic.defaults)) {
    await tx.query('UPDATE clinic SET title = $2, defaults = $3, updated_at = clock_timestamp() WHERE id = $1', [
      clinic.id,
      input.defaults.title,
      JSON.stringify(input.defaults.document),
    ]);
    clinicChanged = true;
  }

  const sentSlugs = input.policies.map((p) => p.slug);
  const derived = await rederived(tx, clinic.id, sentSlugs, input);
  const toSave = [
    ...input.policies.map((policy) => ({ policy, reason: 'PUBLISHED' as const })),
    ...derived.map((policy) => ({ policy, reason: 'CLINIC_DEFAULTS' as const })),
  ].sort((a, b) => a.policy.slug.localeCompare(b.policy.slug));

  const existing = new Map(
    (
      await tx.query<{ id: number; slug: string; latest_version: number; content_hash: string; retired: boolean }>(
        `SELECT p.id, p.slug, p.latest_version, v.content_hash, p.retired_at IS NOT NULL AS retired
         FROM policy p JOIN policy_version v ON v.policy_id = p.id AND v.version = p.latest_version
         WHERE p.clinic_id = $1 AND p.slug = ANY($2::text[])`,
        [clinic.id, toSave.map((p) => p.policy.slug)],
      )
    ).map((row) => [row.slug, row]),
  );

  const changes: { slug: string; filePath: string; policyId: number; change: PolicyChangeKind; reason: VersionReason }[] = [];
  for (const { policy, reason } of toSave) {
    const current = existing.get(policy.slug);
    if (current && current.content_hash === policy.contentHash && !current.retired) {
      if (reason === 'CLINIC_DEFAULTS') continue;
      changes.push({ slug: policy.slug, filePath: policy.filePath, policyId: current.id, change: 'UNCHANGED', reason });
      continue;
    }
    const version = (current?.latest_version ?? 0) + 1;
    const policyId = current
      ? current.id
      : (await tx.query<{ id: number }>('INSERT INTO policy (clinic_id, clinic_slug, slug) VALUES ($1, $2, $3) RETURNING id', [clinic.id, input.clinic, policy.slug]))[0]!.id;
    await tx.query(
      `INSERT INTO policy_version (policy_id, version, content_hash, document, sources, findings, exceptions, lint_status, config, reason, commit)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        policyId,
        version,
        policy.contentHash,
        JSON.stringify(policy.document),
        JSON.stringify(policy.sources),
        JSON.stringify(policy.findings),
        JSON.stringify(policy.exceptions),
        policy.lintStatus,
        input.config ? JSON.stringify(input.config) : null,
        reason,
        input.commit,
      ],
    );
    await tx.query('UPDATE policy SET latest_version = $2, retired_at = NULL, updated_at = clock_timestamp() WHERE id = $1', [policyId, version]);
    changes.push({ slug: policy.slug, filePath: policy.filePath, policyId, change: !current ? 'CREATED' : current.retired ? 'RESTORED' : 'UPDATED', reason });
  }

  const retiredIds = input.prune
    ? (
        await tx.query<{ id: number }>(
          'UPDATE policy SET retired_at = clock_timestamp(), updated_at = clock_timestamp() WHERE clinic_id = $1 AND retired_at IS NULL AND NOT (slug = ANY($2::text[])) RETURNING id',
          [clinic.id, sentSlugs],
        )
      ).map((r) => r.id)
    : [];
  if (input.tokenId) await tx.query('UPDATE api_token SET last_used_at = clock_timestamp() WHERE id = $1', [input.tokenId]);

  const records = await policyRecords(tx, [...changes.map((c) => c.policyId), ...retiredIds]);
  const [clinicRow] = await tx.query(`SELECT ${CLINIC_COLUMNS} FROM clinic c WHERE c.id = $1`, [clinic.id]);
  return {
    status: 'SAVED',
    clinic: toClinic(clinicRow!),
    clinicChanged,
    policies: changes.map((c) => ({ slug: c.slug, filePath: c.filePath, change: c.change, reason: c.reason, policy: records.get(c.policyId)! })),
    retired: retiredIds.map((id) => records.get(id)!).sort((a, b) => a.slug.localeCompare(b.slug)),
  };
}

/**
 * The clinic's other policies in effect whose newest version was built from a ClinicDefaults file this publish sends
 * with different text, re-derived with the new text. Read under the clinic lock, so a concurrent publish of one
 * of those policies is either seen here or sees the new defaults.
 */
async function rederived(tx: Queryable, clinicId: number, sentSlugs: readonly string[], input: PublicationToSave): Promise<PolicyToSave[]> {
  const sent = new Map((input.files ?? []).map((f) => [f.path, f.source]));
  if (!input.rederive || sent.size === 0) return [];
  const rows = await tx.query<{ slug: string; sources: SourceFile[]; config: SourceFile | null }>(
    `SELECT p.slug, v.sources, v.config FROM ${POLICY_FROM}
     WHERE p.clinic_id = $1 AND p.retired_at IS NULL AND NOT (p.slug = ANY($2::text[]))
       AND EXISTS (SELECT 1 FROM jsonb_array_elements(v.sources) s WHERE s->>'path' = ANY($3::text[]) AND s->>'source' IS DISTINCT FROM ($4::jsonb ->> (s->>'path')))`,
    [clinicId, sentSlugs, [...sent.keys()], JSON.stringify(Object.fromEntries(sent))],
  );
  if (rows.length === 0) return [];
  const extending = rows.map((row) => ({
    slug: row.slug,
    sources: row.sources.map((s) => ({ path: s.path, source: sent.get(s.path) ?? s.source })),
    config: input.config ?? row.config,
  }));
  const result = await input.rederive(extending);
  if (result.rejected.length > 0) throw new Refused(result.rejected);
  return result.policies;
}

async function policyRecords(tx: Queryable, ids: readonly number[]): Promise<Map<number, PolicyRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query(`SELECT ${POLICY_COLUMNS} FROM ${POLICY_FROM} WHERE p.id = ANY($1::int[])`, [ids]);
  return new Map(rows.map((row) => [row.p_id as number, toPolicy(row)]));
}

/**
 * Takes a policy off the site: it keeps its history and URL and gets `retired_at` (kept if already retired).
 * Serialised with publishes to the clinic by the same row lock. Undefined when there is no such policy.
 */
export function retirePolicy(store: Store, clinic: string, slug: string): Promise<PolicyRecord | undefined> {
  return store.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>('SELECT id FROM clinic WHERE slug = $1 FOR UPDATE', [clinic]);
    if (!row) return undefined;
    const [policy] = await tx.query<{ id: number }>(
      `UPDATE policy SET retired_at = COALESCE(retired_at, clock_timestamp()), updated_at = CASE WHEN retired_at IS NULL THEN clock_timestamp() ELSE updated_at END
       WHERE clinic_id = $1 AND slug = $2 RETURNING id`,
      [row.id, slug],
    );
    return policy ? (await policyRecords(tx, [policy.id])).get(policy.id) : undefined;
  });
}
