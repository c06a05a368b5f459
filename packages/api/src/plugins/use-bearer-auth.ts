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
  /** Addresses tracked at most (oldest dropped first); bounds the memory an attacker can make us use (default 10 000). */
  maxClients?: number;
  /** Behind a reverse proxy: count failures per first X-Forwarded-For address instead of per connection address. */
  trustProxy?: boolean;
}

/**
 * Reads `Authorization: Bearer <token>` and puts the token's clinic in the context as `auth`.
 * A request without the header goes on unauthenticated (reading is public); a bad token ends it
 * with UNAUTHENTICATED. Failed attempts are counted per client address in an in-memory sliding
 * window (per process: each replica counts its own); past the limit, requests carrying a token get
 * RATE_LIMITED until the window slides.
 */
export function useBearerAuth(options: BearerAuthOptions): Plugin<{ auth: Auth | null; req?: IncomingMessage }> {
  const maxFailures = options.maxFailures ?? 10;
  const windowMs = options.windowMs ?? 60_000;
  const maxClients = options.maxClients ?? 10_000;
  const failures = new Map<string, number[]>();

  const recent = (client: string, now: number) => (failures.get(client) ?? []).filter((at) => now - at < windowMs);
  const fail = (client: string, now: number) => {
    const attempts = [...recent(client, now), now];
    failures.delete(client); // re-inserted last: the map stays ordered oldest client first
    failures.set(client, attempts);
    for (const key of failures.keys()) {
      if (failures.size <= maxClients) break;
      failures.delete(key);
    }
  };

  return {
    async onContextBuilding({ context, extendContext }) {
      const header = context.request.headers.get('authorization');
      if (header === null) return;
      const forwarded = options.trustProxy ? context.request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
      const client = forwarded || (context.req?.socket.remoteAddress ?? 'unknown');
      const now = Date.now();
      const attempts = recent(client, now);
      if (attempts.length >= maxFailures) {
        const retryAfter = Math.ceil((attempts[0]! + windowMs - now) / 1000);
        throw apiError('RATE_LIMITED', `too many failed token attempts from this address; try again in ${retryAfter} s`, {
          http: { headers: { 'Retry-After': String(retryAfter) } },
        });
      }
      const token = /^Bearer ([\x21-\x7e]{1,200})$/.exec(header)?.[1];
      const auth = token === undefined ? undefined : await verifyToken(options.store, token);
      if (!auth) {
        fail(client, now);
        throw apiError('UNAUTHENTICATED', token === undefined ? 'the Authorization header must be "Bearer <token>"' : 'the bearer token is not valid: unknown, revoked or malformed');
      }
      extendContext({ auth });
    },
  };
}
