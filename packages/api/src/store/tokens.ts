import { iso } from './rows.js';
import type { Queryable } from './store.js';

export interface TokenRecord {
  id: string;
  clinic: string;
  tokenHash: string;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface TokenRow extends Record<string, unknown> {
  id: string;
  clinic: string;
  token_hash: string;
  label: string | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = 'id, clinic, token_hash, label, created_at, last_used_at, revoked_at';

function toToken(row: TokenRow): TokenRecord {
  return {
    id: row.id,
    clinic: row.clinic,
    tokenHash: row.token_hash,
    label: row.label,
    createdAt: iso(row.created_at),
    lastUsedAt: row.last_used_at ? iso(row.last_used_at) : null,
    revokedAt: row.revoked_at ? iso(row.revoked_at) : null,
  };
}

export async function insertToken(db: Queryable, token: { id: string; clinic: string; tokenHash: string; label: string | null }): Promise<void> {
  await db.query('INSERT INTO api_token (id, clinic, token_hash, label) VALUES ($1, $2, $3, $4)', [token.id, token.clinic, token.tokenHash, token.label]);
}

export async function tokenById(db: Queryable, id: string): Promise<TokenRecord | undefined> {
  const [row] = await db.query<TokenRow>(`SELECT ${COLUMNS} FROM api_token WHERE id = $1`, [id]);
  return row ? toToken(row) : undefined;
}

export async function listTokens(db: Queryable, clinic?: string): Promise<TokenRecord[]> {
  const rows = clinic
    ? await db.query<TokenRow>(`SELECT ${COLUMNS} FROM api_token WHERE clinic = $1 ORDER BY created_at, id`, [clinic])
    : await db.query<TokenRow>(`SELECT ${COLUMNS} FROM api_token ORDER BY clinic, created_at, id`);
  return rows.map(toToken);
}

/** Marks a token revoked; false when there is no such token or it was already revoked. */
export async function revokeToken(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query('UPDATE api_token SET revoked_at = clock_timestamp() WHERE id = $1 AND revoked_at IS NULL RETURNING id', [id]);
  return rows.length > 0;
}
