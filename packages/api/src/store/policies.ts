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
  /** true: policies offering video with no telehealth.licensedIn; false: every other policy. */
  videoWithoutLicensure?: boolean | null | undefined;
  /** telehealth.licensedIn names this jurisdiction (a country matches its subdivisions too). */
  licensedIn?: string | null | undefined;
  /** privacy.video.recording is exactly this. */
  videoRecording?: string | null | undefined;
  /** Retired policies are left out unless this is true. */
  includeRetired?: boolean | null | undefined;
}

/** Position of a policy in the clinic-then-id order used by every policy list. */
export interface PolicyKey {
  clinic: string;
  slug: string;
}

function conditions(filter: PolicyFilter, params: Params): string[] {
  const where: string[] = [];
  const doc = 'v.document';
  if (filter.includeRetired !== true) where.push('p.retired_at IS NULL');
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
  if (filter.videoWithoutLicensure != null) {
    const video = `EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(${doc}->'spec'->'contact'->'methods', '[]'::jsonb)) AS m
                   WHERE m->>'kind' = 'video' AND COALESCE(m->'offered', 'true'::jsonb) <> 'false'::jsonb)`;
    const licensure = `jsonb_array_length(COALESCE(${doc}->'spec'->'telehealth'->'licensedIn', '[]'::jsonb)) > 0`;
    where.push(`${filter.videoWithoutLicensure ? '' : 'NOT '}(${video} AND NOT ${licensure})`);
  }
  if (filter.licensedIn != null) {
    const j = params.add(filter.licensedIn);
    where.push(
      `EXISTS (SELECT 1 FROM jsonb_array_elements_text(COALESCE(${doc}->'spec'->'telehealth'->'licensedIn', '[]'::jsonb)) AS l(code)
               WHERE l.code = ${j}::text OR l.code LIKE ${j}::text || '-%')`,
    );
  }
  if (filter.videoRecording != null) where.push(`${doc}->'spec'->'privacy'->'video'->>'recording' = ${params.add(filter.videoRecording)}`);
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

/** A page of each clinic's policies by slug (`limit` rows per clinic, last first when inverted), in one query; retired ones only when asked. */
export async function policiesOfClinics(db: Queryable, clinicIds: readonly number[], page: Page<string>, includeRetired = false): Promise<PolicyRecord[]> {
  const order = page.inverted ? 'DESC' : 'ASC';
  const rows = await db.query(
    `SELECT * FROM (
       SELECT ${POLICY_COLUMNS}, row_number() OVER (PARTITION BY p.clinic_id ORDER BY p.slug ${order}) AS rn
       FROM ${POLICY_FROM} WHERE p.clinic_id = ANY($1::int[]) AND ($2::text IS NULL OR p.slug > $2::text) AND ($3::text IS NULL OR p.slug < $3::text)
         AND ($5::boolean OR p.retired_at IS NULL)
     ) ranked WHERE rn <= $4 ORDER BY p_clinic_slug, p_slug ${order}`,
    [clinicIds, page.after ?? null, page.before ?? null, page.limit, includeRetired],
  );
  return rows.map(toPolicy);
}

/** A page of each policy's versions, newest first (`after` a version: older ones; `before`: newer ones; oldest first when inverted), in one query. */
export async function versionsOfPolicies(db: Queryable, policyIds: readonly number[], page: Page<number>): Promise<VersionRecord[]> {
  const order = page.inverted ? 'ASC' : 'DESC';
  const rows = await db.query(
    `SELECT * FROM (
       SELECT ${VERSION_COLUMNS}, row_number() OVER (PARTITION BY v.policy_id ORDER BY v.version ${order}) AS rn
       FROM policy_version v WHERE v.policy_id = ANY($1::int[]) AND ($2::int IS NULL OR v.version < $2::int) AND ($3::int IS NULL OR v.version > $3::int)
     ) ranked WHERE rn <= $4 ORDER BY v_policy_id, v_version ${order}`,
    [policyIds, page.after ?? null, page.before ?? null, page.limit],
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
