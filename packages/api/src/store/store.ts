/** A row as returned by the database driver. */
export type Row = Record<string, unknown>;

/** Something SQL can be sent to: the store itself, or a transaction. */
export interface Queryable {
  /** Runs one statement with $1… parameters and returns its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * The database behind the API: embedded PGlite or a PostgreSQL pool, with the same SQL.
 * The server keeps no other state, so several replicas can share one PostgreSQL.
 */
export interface Store extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Resolves when the database answers (readiness probe). */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Called with every statement sent, inside transactions too (query counting in tests, debug logs). */
  onQuery: ((sql: string) => void) | undefined;
  /** Statements sent since the store was opened. */
  readonly queryCount: number;
}

/**
 * The connection was lost while COMMIT was on its way: the transaction may or may not have been committed.
 * Never to be reported as "nothing was written".
 */
export class CommitOutcomeUnknownError extends Error {
  override name = 'CommitOutcomeUnknownError';
  constructor(cause: unknown) {
    super('the connection to the database was lost during COMMIT: the transaction may or may not have been committed', { cause });
  }
}

/** Counts statements and forwards them to `onQuery`; the drivers extend it. */
export abstract class CountingStore {
  onQuery: ((sql: string) => void) | undefined = undefined;
  #count = 0;

  get queryCount(): number {
    return this.#count;
  }

  protected note(sql: string): void {
    this.#count++;
    this.onQuery?.(sql);
  }
}
