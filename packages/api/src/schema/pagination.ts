import { parseCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import { badInput } from '../errors.js';
import { SLUG } from '@clearframe/schema/facts';

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

/** A cursor holding one version number. */
export function decodeNumberCursor(cursor: string): number {
  const n = Number(decodeCursor(cursor, 1)[0]);
  if (!Number.isSafeInteger(n) || n < 1) throw badInput(`invalid cursor ${JSON.stringify(cursor.slice(0, 100))}: pass back a cursor this API returned`);
  return n;
}

/** Node ids are positive integers inside the global id. */
export function parseNodeId(id: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n < 1 || String(n) !== id) throw badInput(`invalid id: ${JSON.stringify(id.slice(0, 100))}`);
  return n;
}

/** The page one batched query fetches for every parent: cursors still encoded; `limit` is one more than the page. */
export interface CursorPage {
  after: string | undefined;
  before: string | undefined;
  limit: number;
  inverted: boolean;
}

/**
 * Connections for many parents from one query (first/after and last/before, as the top-level lists):
 * `fetch` returns up to `limit` rows per parent, in list order, or reversed when `inverted`.
 */
export async function batchedConnections<T>(
  parents: readonly number[],
  args: ConnectionArgs,
  fetch: (page: CursorPage) => Promise<T[]>,
  parentOf: (row: T) => number,
  toCursor: (row: T) => string,
) {
  checkPageSize(args);
  const sizes = { defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE };
  const { before, after, limit, inverted } = parseCursorConnectionArgs({ args, ...sizes });
  const rows = await fetch({ before, after, limit, inverted });
  return Promise.all(parents.map((parent) => resolveCursorConnection({ args, toCursor, ...sizes }, () => rows.filter((row) => parentOf(row) === parent))));
}
