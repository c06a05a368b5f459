import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Auth } from './context.js';
import type { Store } from './store/store.js';
import { insertToken, tokenById } from './store/tokens.js';

// cf_<id: 12 hex characters, not secret>_<secret: 32 random bytes, base64url>
const TOKEN_PATTERN = /^cf_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/;
// Compared against when the id is unknown, so a miss takes as long as a wrong secret.
const DUMMY_HASH = createHash('sha256').update('clearframe').digest();

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a publish token for a clinic. The token is returned once; only its hash is stored. */
export async function createToken(store: Store, clinic: string, label: string | null = null): Promise<{ id: string; token: string }> {
  const id = randomBytes(6).toString('hex');
  const token = `cf_${id}_${randomBytes(32).toString('base64url')}`;
  await insertToken(store, { id, clinic, tokenHash: hashToken(token), label });
  return { id, token };
}

/** The clinic a token may publish to, or undefined for a malformed, unknown or revoked token. */
export async function verifyToken(store: Store, token: string): Promise<Auth | undefined> {
  const match = TOKEN_PATTERN.exec(token);
  const record = match ? await tokenById(store, match[1]!) : undefined;
  const expected = record ? Buffer.from(record.tokenHash, 'hex') : DUMMY_HASH;
  const presented = createHash('sha256').update(token).digest();
  const equal = expected.length === presented.length && timingSafeEqual(expected, presented);
  if (!record || !equal || record.revokedAt !== null) return undefined;
  return { tokenId: record.id, clinic: record.clinic };
}
