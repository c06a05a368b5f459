import { badInput } from '../errors.js';
import { SLUG } from '../slug.js';

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

interface ConnectionArgs {
  first?: number | null | undefined;
  last?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
}

/** Rejects page sizes outside 0…100 instead of silently clamping them. */
export function checkPageSize(args: ConnectionArgs): void {
  for (const [name, value] of [['first', args.first], ['last', args.last]] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE)) throw badInput(`${name} must be between 0 and ${MAX_PAGE}, got ${value}`);
  }
}

/** Nested connections page forwards only (first/after); returns the page size and the decoded cursor. */
export function forwardPage(args: ConnectionArgs): { first: number; after: string | undefined } {
  checkPageSize(args);
  return { first: args.first ?? DEFAULT_PAGE, after: args.after == null ? undefined : decodeCursor(args.after, 1)[0] };
}

/** An opaque cursor made of a few strings (slugs, numbers). */
export function encodeCursor(...parts: (string | number)[]): string {
  return Buffer.from(parts.join('\n')).toString('base64url');
}

export function decodeCursor(cursor: string, count: number): string[] {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('\n');
  if (parts.length !== count || parts.some((p) => !SLUG.test(p))) {
    throw badInput(`invalid cursor ${JSON.stringify(cursor.slice(0, 100))}: pass back a cursor this API returned`);
  }
  return parts;
}

/** Node ids are positive integers inside the global id. */
export function parseNodeId(id: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n < 1 || String(n) !== id) throw badInput(`invalid id: ${JSON.stringify(id.slice(0, 100))}`);
  return n;
}

/** A connection from rows fetched with one extra row (the extra one only tells that there is a next page). */
export function forwardConnection<T>(rows: readonly T[], page: { first: number; after: string | undefined }, cursor: (row: T) => string) {
  const edges = rows.slice(0, page.first).map((node) => ({ cursor: cursor(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
