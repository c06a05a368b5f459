import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../worker-script.js';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { CountingStore, type Queryable, type Row, type Store } from './store.js';

const LOCK_FILE = 'clearframe-api.lock';
/** Statements that cannot change data. */
const READ_ONLY = /^\s*(SELECT|EXPLAIN)\b/i;

/** A data directory is already open in another process (PGlite allows one process per directory). */
export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

/** Embedded PostgreSQL (PGlite). `dataDir` 'memory://' keeps everything in memory. */
export class PGliteStore extends CountingStore implements Store {
  readonly kind = 'pglite';
  readonly #db: PGlite;
  readonly #lock: string | undefined;
  #analyze: NodeJS.Timeout | undefined;
  #writes = 0;

  private constructor(db: PGlite, lock: string | undefined) {
    super();
    this.#db = db;
    this.#lock = lock;
  }

  static async open(dataDir: string): Promise<PGliteStore> {
    if (dataDir === 'memory://') {
      const db = new PGlite();
      await db.waitReady;
      return new PGliteStore(db, undefined);
    }
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const lock = acquireLock(join(dir, LOCK_FILE));
    try {
      if (!existsSync(join(dir, 'PG_VERSION'))) await initialise(dir);
      const db = new PGlite(dir);
      await db.waitReady;
      return new PGliteStore(db, lock);
    } catch (error) {
      rmSync(lock, { force: true });
      throw error;
    }
  }

  async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    this.note(sql);
    await yieldToEventLoop();
    try {
      return (await this.#db.query<T>(sql, [...params])).rows;
    } finally {
      if (!READ_ONLY.test(sql)) this.#writes++;
    }
  }

  async exec(sql: string): Promise<void> {
    this.note(sql);
    try {
      await this.#db.exec(sql);
    } finally {
      this.#writes++;
    }
  }

  /**
   * The response cache's change stamp: a count raised after every transaction and every statement outside one that may
   * write. One process owns a PGlite database, so an answer cached at an unchanged count is current, with no query.
   */
  async changeStamp(): Promise<string> {
    return String(this.#writes);
  }

  // PGlite runs one transaction at a time; concurrent callers queue behind its mutex.
  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    try {
      return await this.#db.transaction((tx) => fn(this.#wrap(tx)));
    } finally {
      this.#writes++;
      this.#scheduleAnalyze();
    }
  }

  /**
   * PGlite runs no autovacuum, so nothing would ever ANALYZE: without statistics the planner reads and sorts every
   * policy for a page instead of using its index. One ANALYZE follows each burst of transactions (start-up publishing,
   * a bulk publish), once they have been quiet for `quietMs`.
   */
  #scheduleAnalyze(quietMs = 250): void {
    clearTimeout(this.#analyze);
    this.#analyze = setTimeout(() => {
      this.#analyze = undefined;
      // Not counted as a statement of the store: it belongs to no request.
      this.#db.exec('ANALYZE').catch(() => undefined);
    }, quietMs).unref();
  }

  /** Runs the pending ANALYZE now (tests, and before closing so the statistics are kept with the data). */
  async analyzeNow(): Promise<void> {
    if (this.#analyze === undefined) return;
    clearTimeout(this.#analyze);
    this.#analyze = undefined;
    await this.#db.exec('ANALYZE');
  }

  async ping(): Promise<void> {
    await this.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.analyzeNow().catch(() => undefined);
    await this.#db.close();
    if (this.#lock) rmSync(this.#lock, { force: true });
  }

  #wrap(tx: Transaction): Queryable {
    return {
      query: async <T extends Row = Row>(sql: string, params: readonly unknown[] = []) => {
        this.note(sql);
        await yieldToEventLoop();
        return (await tx.query<T>(sql, [...params])).rows;
      },
      exec: async (sql: string) => {
        this.note(sql);
        await tx.exec(sql);
      },
    };
  }
}

/**
 * PGlite runs each statement synchronously on this thread, and its results resolve as microtasks: without a pause,
 * a queue of statements (a publish's transaction, the reads waiting behind it) runs in one turn of the event loop and
 * /health, new connections and every other request wait for all of it. One macrotask pause per statement lets them in.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Creates a new data directory in a worker thread: PGlite initialises it with a second WebAssembly module (initdb)
 * whose ~450 MB an instance keeps for its lifetime, so the first start of a server would cost twice what later ones do.
 */
async function initialise(dir: string): Promise<void> {
  const worker = new Worker(workerScript('./pglite-init.js', import.meta.url), { workerData: dir });
  const code = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`initialising the PGlite data directory ${dir} failed (worker exit code ${code})`);
}

/** Creates the lock file with our pid; takes over a lock left by a process that no longer runs. */
function acquireLock(path: string): string {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
        throw new DataDirInUseError(
          `the data directory ${resolve(path, '..')} is in use by process ${pid}; stop that process first (PGlite allows one process per data directory), or set DATABASE_URL to share a PostgreSQL database`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new DataDirInUseError(`cannot lock the data directory ${resolve(path, '..')}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
