import pg from 'pg';
import { CommitOutcomeUnknownError, CountingStore, type Queryable, type Row, type Store } from './store.js';

/** PostgreSQL through a `pg` connection pool. */
export class PostgresStore extends CountingStore implements Store {
  readonly kind = 'postgres';
  readonly #pool: pg.Pool;

  constructor(connectionString: string, options: { poolSize?: number; onError?: (error: Error) => void } = {}) {
    super();
    this.#pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000 });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    this.#pool.on('error', (error) => options.onError?.(error));
  }

  async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    this.note(sql);
    return (await this.#pool.query<T>(sql, [...params])).rows;
  }

  async exec(sql: string): Promise<void> {
    this.note(sql);
    await this.#pool.query(sql);
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    let broken = false;
    // A checked-out client whose connection drops emits 'error' on itself, not on the pool: without a listener
    // the process would crash. The statement in progress rejects with the same error.
    const lost = () => void (broken = true);
    client.on('error', lost);
    const tx: Queryable = {
      query: async <R extends Row = Row>(sql: string, params: readonly unknown[] = []) => {
        this.note(sql);
        return (await client.query<R>(sql, [...params])).rows;
      },
      exec: async (sql: string) => {
        this.note(sql);
        await client.query(sql);
      },
    };
    try {
      await client.query('BEGIN');
      const result = await fn(tx);
      try {
        await client.query('COMMIT');
      } catch (error) {
        // An answer from the server (e.g. a deferred constraint) means rolled back; a lost connection means unknown.
        if (broken || isConnectionLoss(error)) {
          broken = true;
          throw new CommitOutcomeUnknownError(error);
        }
        throw error;
      }
      return result;
    } catch (error) {
      if (error instanceof CommitOutcomeUnknownError) throw error;
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw error;
    } finally {
      client.off('error', lost);
      client.release(broken);
    }
  }

  /** The change stamp (004_change_stamp.sql) for the response cache: a named statement, not counted as a request's. */
  async changeStamp(): Promise<string> {
    return String((await this.#pool.query<{ n: string }>({ name: 'change_stamp', text: 'SELECT n FROM change_stamp' })).rows[0]?.n);
  }

  async ping(): Promise<void> {
    await this.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}

/** No answer from the server: the socket failed, or the server ended the session (SQLSTATE 57P: shutdown). */
function isConnectionLoss(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') return /^(ECONNRESET|EPIPE|ETIMEDOUT|ECONNREFUSED)$/.test(code) || /^(08|57P)/.test(code);
  return typeof message === 'string' && /Connection terminated|connection error|Client was closed|not queryable/i.test(message);
}
