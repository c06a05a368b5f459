import { getOperationAST, Kind, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { PGliteStore } from '../store/pglite.js';
import type { Store } from '../store/store.js';

export interface ResponseCacheOptions {
  store: Store;
  /** The lint date: answers are cached per day, as date rules make them depend on it. */
  today: () => string;
  /** Characters of text kept at most, over all answers (default 16 M; the oldest answer goes first). */
  maxBytes?: number;
  /** Larger answers are not kept (default 16 KiB of text): a `policy` is, a page of 50 is not. */
  maxEntryBytes?: number;
}

interface Pending {
  key: string;
  stamp: string;
}

/**
 * Answers to public queries kept in process while nothing has changed. Published versions never change, so an answer
 * goes stale only when a publish, a retirement or a clinic's defaults commit. Before an answer is served, the cache
 * reads the database's change stamp (004_change_stamp.sql: raised inside every writing transaction, so it moves at
 * commit, on whichever replica wrote); when it moved, every answer is dropped. One stamp read serves every request
 * that arrived before it was sent, so under load it costs a fraction of a query per request, and no replica serves
 * an answer older than the last commit its client could have seen. On PGlite (one process per database) the stamp
 * is the store's own count of writes, with no query at all.
 * Not cached: requests with a token, mutations, the `lint` query, answers with errors.
 */
export function useResponseCache(options: ResponseCacheOptions): Plugin {
  const maxBytes = options.maxBytes ?? 16_777_216;
  const maxEntryBytes = options.maxEntryBytes ?? 16_384;
  const entries = new Map<string, { result: ExecutionResult; size: number }>();
  let total = 0;
  const pending = new WeakMap<Request, Pending>();
  let cachedAt: string | undefined;
  const stampOf = changeStamp(options.store);

  return {
    async onParams({ params, request, setResult }) {
      if (request.headers.has('authorization') || typeof params.query !== 'string') return;
      let stamp: string;
      try {
        stamp = await stampOf();
      } catch {
        return; // the database is away: the request runs and reports it
      }
      if (stamp !== cachedAt) {
        entries.clear();
        total = 0;
        cachedAt = stamp;
      }
      // A request whose text alone is larger than any answer kept is not looked up: its key would cost a copy of it.
      if (params.query.length + textSize(params.variables ?? {}, maxEntryBytes) > maxEntryBytes) return;
      const key = `${options.today()}\u0000${params.operationName ?? ''}\u0000${params.query}\u0000${JSON.stringify(params.variables ?? {})}`;
      const hit = entries.get(key);
      if (hit) setResult(hit.result);
      else pending.set(request, { key, stamp });
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request || !pending.has(request)) return;
      const operation = getOperationAST(args.document, args.operationName);
      const lints = operation?.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || s.name.value === 'lint');
      if (operation?.operation !== 'query' || lints) pending.delete(request);
    },
    onExecutionResult({ request, result }) {
      const entry = pending.get(request);
      pending.delete(request);
      if (!entry || !result || Symbol.asyncIterator in result || result.errors || entry.stamp !== cachedAt) return;
      const size = textSize(result.data, maxEntryBytes) + entry.key.length;
      if (size > maxEntryBytes) return;
      entries.set(entry.key, { result, size });
      total += size;
      for (const [key, old] of entries) {
        if (total <= maxBytes) break;
        entries.delete(key);
        total -= old.size;
      }
    },
  };
}

/** Characters of text in a value (strings, keys, numbers as 8), counted only up to `limit`: a large page stops early. */
function textSize(value: unknown, limit: number, sum = 0): number {
  if (sum > limit) return sum;
  if (typeof value === 'string') return sum + value.length;
  if (value === null || typeof value !== 'object') return sum + 8;
  for (const [key, item] of Object.entries(value)) {
    sum = textSize(item, limit, sum + key.length);
    if (sum > limit) break;
  }
  return sum;
}

/** Reads the change stamp; concurrent callers share one read that was sent after they asked. */
function changeStamp(store: Store): () => Promise<string> {
  const source = store as Store & { changeStamp?: () => Promise<string> };
  if (!source.changeStamp) return () => Promise.reject(new Error('this store has no change stamp'));
  if (store instanceof PGliteStore) return () => store.changeStamp();
  let current: Promise<string> | undefined;
  let next: Promise<string> | undefined;
  const stamp = (): Promise<string> => {
    if (!current) {
      current = source.changeStamp!().finally(() => (current = undefined));
      return current;
    }
    // A read already on its way may have been sent before a commit this caller has seen: wait for the next one.
    next ??= current
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        next = undefined;
        return stamp();
      });
    return next;
  };
  return stamp;
}
