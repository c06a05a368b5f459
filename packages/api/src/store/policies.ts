import type { Page } from './clinics.js';
import { Params } from './params.js';
import { POLICY_COLUMNS, POLICY_FROM, toPolicy, toVersion, VERSION_COLUMNS, type LintStatus, type PolicyRecord, type SourceFile, type VersionRecord } from './rows.js';
import type { Queryable } from './store.js';

export interface PolicyFilter {
  clinic?: string | null | undefined;
  /** A country (US) matches its subdivisions (US-CA) too. */
  jurisdiction?: string | null | undefined;
  /** Policies with an offered contact method of this kind. */
  offersMethodKind?: string | null | undefined;
  friendingAllowed?: boolean | 'case-by-case' | null | undefined;
  lintStatus?: LintStatus | null | undefined;
  /** Policies last reviewed (else effective) before this date, or with neither date. */
  reviewedBefore?: string | null | undefined;
  /** Case-insensitive substring of the policy id, clinic slug or title, policy title or clinician name. */
  search?: string | null | undefined;
}

/** Position of a policy in the clinic-then-id order used by every policy list. */
export interface PolicyKey {
  clinic: string;
  slug: string;
}

function conditions(filter: PolicyFilter, params: Params): string[] {
  const where: string[] = [];
  const doc = 'v.document';
  if (filter.clinic != null) where.push(`p.clinic_slug = ${params.add(filter.clinic)}`);
  if (filter.jurisdiction != null) {
    const j = params.add(filter.jurisdiction);
    where.push(`(${doc}->'metadata'->>'jurisdiction' = ${j}::text OR ${doc}->'metadata'->>'jurisdiction' LIKE ${j}::text || '-%')`);
  }
  if (filter.offersMethodKind != null) {
    where.push(
      `EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(${doc}->'spec'->'contact'->'methods', '[]'::jsonb)) AS m
               WHERE m->>'kind' = ${params.add(filter.offersMethodKind)} AND COALESCE(m->'offered', 'true'::jsonb) <> 'false'::jsonb)`,
    );
  }
  if (filter.friendingAllowed != null) {
    where.push(`${doc}->'spec'->'socialMedia'->'friending'->'allowed' = ${params.add(JSON.stringify(filter.friendingAllowed))}::jsonb`);
  }
  if (filter.lintStatus != null) where.push(`v.lint_status = ${params.add(filter.lintStatus)}`);
  if (filter.reviewedBefore != null) {
    where.push(`COALESCE(${doc}->'metadata'->>'reviewed', ${doc}->'metadata'->>'effective', '') < ${params.add(filter.reviewedBefore)}`);
  }
  if (filter.search != null && filter.search.trim() !== '') {
    where.push(
      `strpos(lower(concat_ws(' ', p.slug, c.slug, c.title, ${doc}->'metadata'->>'title', ${doc}->'metadata'->'clinician'->>'name')), lower(${params.add(filter.search.trim())})) > 0`,
    );
  }
  return where;
}

/** A page of policies (with their newest version) ordered by clinic, then policy id. */
export async function policyPage(db: Queryable, filter: PolicyFilter, page: Page<PolicyKey>): Promise<PolicyRecord[]> {
  const params = new Params();
  const where = conditions(filter, params);
  if (page.after) where.push(`(p.clinic_slug, p.slug) > (${params.add(page.after.clinic)}::text, ${params.add(page.after.slug)}::text)`);
  if (page.before) where.push(`(p.clinic_slug, p.slug) < (${params.add(page.before.clinic)}::text, ${params.add(page.before.slug)}::text)`);
  const order = page.inverted ? 'DESC' : 'ASC';
  const rows = await db.query(
    `SELECT ${POLICY_COLUMNS} FROM ${POLICY_FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY p.clinic_slug ${order}, p.slug ${order} LIMIT ${params.add(page.limit)}`,
    params.values,
  );
  return rows.map(toPolicy);
}

export async function policyCount(db: Queryable, filter: PolicyFilter): Promise<number> {
  const params = new Params();
  const where = conditions(filter, params);
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${POLICY_FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
    params.values,
  );
  return row?.n ?? 0;
}

export async function policiesById(db: Queryable, ids: readonly number[]): Promise<PolicyRecord[]> {
  const rows = await db.query(`SELECT ${POLICY_COLUMNS} FROM ${POLICY_FROM} WHERE p.id = ANY($1::int[])`, [ids]);
  return rows.map(toPolicy);
}

export async function policyBySlug(db: Queryable, clinic: string, slug: string): Promise<PolicyRecord | undefined> {
  const [row] = await db.query(`SELECT ${POLICY_COLUMNS} FROM ${POLICY_FROM} WHERE p.clinic_slug = $1 AND p.slug = $2`, [clinic, slug]);
  return row ? toPolicy(row) : undefined;
}

/** The first `limit` policies (by id) after `after` of each clinic, in one query. */
export async function policiesOfClinics(db: Queryable, clinicIds: readonly number[], after: string | undefined, limit: number): Promise<PolicyRecord[]> {
  const rows = await db.query(
    `SELECT * FROM (
       SELECT ${POLICY_COLUMNS}, row_number() OVER (PARTITION BY p.clinic_id ORDER BY p.slug) AS rn
       FROM ${POLICY_FROM} WHERE p.clinic_id = ANY($1::int[]) AND ($2::text IS NULL OR p.slug > $2::text)
     ) ranked WHERE rn <= $3 ORDER BY p_clinic_slug, p_slug`,
    [clinicIds, after ?? null, limit],
  );
  return rows.map(toPolicy);
}

/** The newest `limit` versions older than version `before` of each policy, newest first, in one query. */
export async function versionsOfPolicies(db: Queryable, policyIds: readonly number[], before: number | undefined, limit: number): Promise<VersionRecord[]> {
  const rows = await db.query(
    `SELECT * FROM (
       SELECT ${VERSION_COLUMNS}, row_number() OVER (PARTITION BY v.policy_id ORDER BY v.version DESC) AS rn
       FROM policy_version v WHERE v.policy_id = ANY($1::int[]) AND ($2::int IS NULL OR v.version < $2::int)
     ) ranked WHERE rn <= $3 ORDER BY v_policy_id, v_version DESC`,
    [policyIds, before ?? null, limit],
  );
  return rows.map(toVersion);
}

export async function versionsById(db: Queryable, ids: readonly number[]): Promise<VersionRecord[]> {
  const rows = await db.query(`SELECT ${VERSION_COLUMNS} FROM policy_version v WHERE v.id = ANY($1::int[])`, [ids]);
  return rows.map(toVersion);
}

/** Versions by (policy id, version number) pairs, in one query. */
export async function versionsByNumber(db: Queryable, keys: readonly { policyId: number; number: number }[]): Promise<VersionRecord[]> {
  const rows = await db.query(
    `SELECT ${VERSION_COLUMNS} FROM policy_version v
     JOIN unnest($1::int[], $2::int[]) AS k(policy_id, version) ON v.policy_id = k.policy_id AND v.version = k.version`,
    [keys.map((k) => k.policyId), keys.map((k) => k.number)],
  );
  return rows.map(toVersion);
}

/** The source files of versions, by version id. */
export async function sourcesOfVersions(db: Queryable, ids: readonly number[]): Promise<Map<number, SourceFile[]>> {
  const rows = await db.query<{ id: number; sources: SourceFile[] }>('SELECT id, sources FROM policy_version WHERE id = ANY($1::int[])', [ids]);
  return new Map(rows.map((r) => [r.id, r.sources]));
}
