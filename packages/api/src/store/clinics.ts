import { Params } from './params.js';
import { CLINIC_COLUMNS, toClinic, type ClinicRecord } from './rows.js';
import type { Queryable } from './store.js';

export interface Page<K> {
  after?: K | undefined;
  before?: K | undefined;
  /** Rows to fetch (the connection helper asks for one more than it shows). */
  limit: number;
  /** True when paginating backwards: rows come newest-key first. */
  inverted: boolean;
}

/** Clinics by id, in no particular order (loaders sort). */
export async function clinicsById(db: Queryable, ids: readonly number[]): Promise<ClinicRecord[]> {
  const rows = await db.query(`SELECT ${CLINIC_COLUMNS} FROM clinic c WHERE c.id = ANY($1::int[])`, [ids]);
  return rows.map(toClinic);
}

export async function clinicBySlug(db: Queryable, slug: string): Promise<ClinicRecord | undefined> {
  const [row] = await db.query(`SELECT ${CLINIC_COLUMNS} FROM clinic c WHERE c.slug = $1`, [slug]);
  return row ? toClinic(row) : undefined;
}

/** A page of clinics ordered by slug. */
export async function clinicPage(db: Queryable, page: Page<string>): Promise<ClinicRecord[]> {
  const params = new Params();
  const where: string[] = [];
  if (page.after !== undefined) where.push(`c.slug > ${params.add(page.after)}`);
  if (page.before !== undefined) where.push(`c.slug < ${params.add(page.before)}`);
  const rows = await db.query(
    `SELECT ${CLINIC_COLUMNS} FROM clinic c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY c.slug ${page.inverted ? 'DESC' : 'ASC'} LIMIT ${params.add(page.limit)}`,
    params.values,
  );
  return rows.map(toClinic);
}

export async function clinicCount(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM clinic');
  return row?.n ?? 0;
}

/** Number of published policies in effect (not retired, unless asked) per clinic id. */
export async function policyCounts(db: Queryable, clinicIds: readonly number[], includeRetired = false): Promise<Map<number, number>> {
  const rows = await db.query<{ clinic_id: number; n: number }>(
    'SELECT clinic_id, count(*)::int AS n FROM policy WHERE clinic_id = ANY($1::int[]) AND ($2::boolean OR retired_at IS NULL) GROUP BY clinic_id',
    [clinicIds, includeRetired],
  );
  return new Map(rows.map((r) => [r.clinic_id, r.n]));
}
