import type { Plugin } from 'graphql-yoga';
import type { IncomingMessage } from 'node:http';
import type { Auth } from '../context.js';
import { apiError } from '../errors.js';
import type { Store } from '../store/store.js';
import { verifyToken } from '../tokens.js';

export interface BearerAuthOptions {
  store: Store;
  /** Failed token attempts allowed per client address within `windowMs` (default 10). */
  maxFailures?: number;
  /** Length of the sliding window in milliseconds (default 60 000). */
  windowMs?: number;
  /** Behind a reverse proxy: count failures per first X-Forwarded-For address instead of per connection address. */
  trustProxy?: boolean;
}

/**
 * Reads `Authorization: Bearer <token>` and puts the token's clinic in the context as `auth`.
 * A request without the header goes on unauthenticated (reading is public); a bad token ends it
 * with UNAUTHENTICATED. Failed attempts are counted per client address in the database (table auth_failure), so
 * replicas sharing one PostgreSQL share the count; past the limit, requests carrying a token get RATE_LIMITED until
 * the window slides. Rows older than the window are deleted as new failures come in.
 */
export function useBearerAuth(options: BearerAuthOptions): Plugin<{ auth: Auth | null; req?: IncomingMessage }> {
  const maxFailures = options.maxFailures ?? 10;
  const windowSeconds = (options.windowMs ?? 60_000) / 1000;
  const { store } = options;

  return {
    async onContextBuilding({ context, extendContext }) {
      const header = context.request.headers.get('authorization');
      if (header === null) return;
      const forwarded = options.trustProxy ? context.request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
      const client = (forwarded || (context.req?.socket.remoteAddress ?? 'unknown')).slice(0, 100);
      const [recent] = await store.query<{ failures: number; retry_after: number | null }>(
        `SELECT count(*)::int AS failures, ceil(extract(epoch FROM min(at) + make_interval(secs => $2) - now()))::int AS retry_after
           FROM auth_failure WHERE client = $1 AND at > now() - make_interval(secs => $2)`,
        [client, windowSeconds],
      );
      if (recent && recent.failures >= maxFailures) {
        const retryAfter = Math.max(1, recent.retry_after ?? 1);
        throw apiError('RATE_LIMITED', `too many failed token attempts from this address; try again in ${retryAfter} s`, {
          http: { headers: { 'Retry-After': String(retryAfter) } },
        });
      }
      const token = /^Bearer ([\x21-\x7e]{1,200})$/.exec(header)?.[1];
      const auth = token === undefined ? undefined : await verifyToken(store, token);
      if (!auth) {
        await store.query(
          'WITH expired AS (DELETE FROM auth_failure WHERE at <= now() - make_interval(secs => $2)) INSERT INTO auth_failure (client) VALUES ($1)',
          [client, windowSeconds],
        );
        throw apiError('UNAUTHENTICATED', token === undefined ? 'the Authorization header must be "Bearer <token>"' : 'the bearer token is not valid: unknown, revoked or malformed');
      }
      extendContext({ auth });
    },
  };
}
