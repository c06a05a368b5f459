import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LintResult, ResolvedConfig } from '@clearframe/linter';
import { Piscina } from 'piscina';
import { apiError } from './errors.js';
import type { SourceFile } from './store/rows.js';

export interface LintPoolOptions {
  /** Worker threads (default: one fewer than the cores, at least 1), so the event loop keeps a core for /health and reads. */
  threads?: number;
  /** Longest one lint may run before its worker is stopped (default 5 s). */
  taskTimeoutMs?: number;
  /** Heap limit of each worker (default 192 MB): a hostile file fails its own task, not the server. */
  maxHeapMb?: number;
  /** Lints waiting for a worker before new ones are refused with SERVICE_UNAVAILABLE (default 64). */
  maxQueue?: number;
}

/** What crosses to a worker: plain data only. */
export interface LintTask {
  files: SourceFile[];
  today: string;
  config: Omit<ResolvedConfig, 'overrides'>;
  /** Set when the config has overrides (functions): the worker loads it from this file. */
  configFile?: string;
}

export interface LintPool {
  lint(files: readonly SourceFile[], options: { config: ResolvedConfig; today: string }): Promise<LintResult[]>;
  close(): Promise<void>;
}

// Compiled, the worker sits next to this file; under the test runner (src/*.ts) the built one in dist/ is used.
function workerFile(): string {
  const beside = fileURLToPath(new URL('./lint-worker.js', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../dist/lint-worker.js', import.meta.url));
}

/** Lint off the event loop, in worker threads with a time and memory limit per task. */
export function createLintPool(options: LintPoolOptions = {}): LintPool {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const timeoutMs = options.taskTimeoutMs ?? 5_000;
  const maxHeapMb = options.maxHeapMb ?? 192;
  const pool = new Piscina<LintTask, LintResult[]>({
    filename: workerFile(),
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 30_000,
    maxQueue: options.maxQueue ?? 64,
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 32 },
  });
  // A worker that dies (out of memory, stopped at its time limit) fails its own task, which answers the request.
  pool.on('error', () => undefined);
  return {
    async lint(files, { config, today }) {
      const { overrides, ...plain } = config;
      const task: LintTask = { files: files.map((f) => ({ path: f.path, source: f.source })), today, config: plain };
      if (overrides.length > 0) {
        if (!config.filePath) throw new Error('a linter config with overrides needs its file path to run in a worker');
        task.configFile = config.filePath;
      }
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        return await pool.run(task, { signal });
      } catch (error) {
        throw lintFailure(error, signal.aborted, timeoutMs, maxHeapMb);
      }
    },
    close: () => pool.close({ force: true }),
  };
}

function lintFailure(error: unknown, timedOut: boolean, timeoutMs: number, maxHeapMb: number): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (timedOut) return apiError('QUERY_TOO_COMPLEX', `lint: stopped after ${timeoutMs / 1000} s; these files are not policies a linter can check in reasonable time`);
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return apiError('QUERY_TOO_COMPLEX', `lint: stopped at its ${maxHeapMb} MB memory limit; these files are not policies a linter can check`);
  if (error instanceof Error && /queue is at limit/i.test(error.message)) {
    return apiError('SERVICE_UNAVAILABLE', 'lint: the server is busy linting other requests; try again in a few seconds', { http: { headers: { 'Retry-After': '2' } } });
  }
  return error instanceof Error ? error : new Error(String(error));
}

export interface LintLimitOptions extends LintPoolOptions {
  /** Bytes of YAML one request may have linted, summed over its `lint` fields (aliases count each time; default 1 MiB). */
  maxBytesPerRequest?: number;
  /** Unauthenticated lint per client address: bucket size in lint units (one unit per lint plus one per 64 KiB; default 30). */
  anonymousBurst?: number;
  /** … and units given back per second (default 10). */
  anonymousPerSecond?: number;
  /** Addresses tracked at most (default 10 000). */
  maxClients?: number;
}

/** The `lint` query's budget: source bytes per request, a rate per unauthenticated client, then the pool. */
export interface LintService {
  lint(files: readonly SourceFile[], options: { config: ResolvedConfig; today: string; request: object; client: string | null }): Promise<LintResult[]>;
  close(): Promise<void>;
}

const UNIT_BYTES = 65_536;

export function createLintService(options: LintLimitOptions = {}): LintService {
  const pool = createLintPool(options);
  const maxBytes = options.maxBytesPerRequest ?? 1_048_576;
  const burst = options.anonymousBurst ?? 30;
  const perSecond = options.anonymousPerSecond ?? 10;
  const maxClients = options.maxClients ?? 10_000;
  const spent = new WeakMap<object, number>();
  const buckets = new Map<string, { units: number; at: number }>();

  const take = (client: string, units: number) => {
    const now = Date.now();
    const bucket = buckets.get(client) ?? { units: burst, at: now };
    bucket.units = Math.min(burst, bucket.units + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    if (bucket.units < units) {
      const retryAfter = Math.ceil((units - bucket.units) / perSecond);
      throw apiError('RATE_LIMITED', `lint: too many unauthenticated lint requests from this address; try again in ${retryAfter} s, or send a publish token`, {
        http: { headers: { 'Retry-After': String(retryAfter) } },
      });
    }
    bucket.units -= units;
    buckets.delete(client); // re-inserted last: the oldest client is dropped first
    buckets.set(client, bucket);
    for (const key of buckets.keys()) {
      if (buckets.size <= maxClients) break;
      buckets.delete(key);
    }
  };

  return {
    async lint(files, { config, today, request, client }) {
      const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.source) + f.path.length, 0);
      const total = (spent.get(request) ?? 0) + bytes;
      spent.set(request, total);
      if (total > maxBytes) {
        throw apiError('QUERY_TOO_COMPLEX', `lint: this request asks to lint ${total} bytes of YAML (each lint field counts); at most ${maxBytes} per request`);
      }
      if (client !== null) take(client, 1 + Math.floor(bytes / UNIT_BYTES));
      return pool.lint(files, { config, today });
    },
    close: () => pool.close(),
  };
}
