import { availableParallelism } from 'node:os';
import type { LintResult, ResolvedConfig } from '@clearframe/linter';
import { Piscina } from 'piscina';
import { apiError, type ErrorCode } from './errors.js';
import type { PreparedPublication, Rederived } from './publishing.js';
import type { ExtendingPolicy } from './store/publish.js';
import type { SourceFile } from './store/rows.js';
import { workerScript } from './worker-script.js';

export interface LintPoolOptions {
  /** Worker threads (default: one fewer than the cores, at least 1), so the event loop keeps a core for /health and reads. */
  threads?: number;
  /** Longest one lint may run before its worker is stopped (default 5 s). */
  taskTimeoutMs?: number;
  /** Longest the validation of one publish (up to a whole request body of files) may run (default 30 s). */
  publishTimeoutMs?: number;
  /** Heap limit of each worker (default 192 MB): a hostile file fails its own task, not the server. */
  maxHeapMb?: number;
  /** Lints waiting for a worker before new ones are refused with SERVICE_UNAVAILABLE (default 64). */
  maxQueue?: number;
}

/** A resolved config as it crosses to a worker: plain data only. */
export interface PlainConfig {
  config: Omit<ResolvedConfig, 'overrides'>;
  /** Set when the config has overrides (functions): the worker loads it from this file. */
  configFile?: string;
}

/** What crosses to a worker for a `lint`. */
export interface LintTask extends PlainConfig {
  files: SourceFile[];
  today: string;
}

/** What crosses to a worker to validate a publish: the files, the config text sent (else the server's config) and the floor. */
export interface PrepareTask {
  clinic: string;
  files: SourceFile[];
  /** The repository's clearframe.config.yaml as sent; null: the server's own config (`fallback`). */
  config: SourceFile | null;
  fallback: PlainConfig;
  today: string;
  floor: string[];
}

/** What crosses to a worker to lint again the policies that extend changed clinic defaults. */
export interface RederiveTask {
  extending: ExtendingPolicy[];
  today: string;
  floor: string[];
}

/** A worker's answer: errors meant for the client cross as code and message (a GraphQLError does not survive the copy). */
export type WorkerAnswer<T> = { value: T } | { error: { code: ErrorCode; message: string } };

export interface LintPool {
  lint(files: readonly SourceFile[], options: { config: ResolvedConfig; today: string }): Promise<LintResult[]>;
  /** `preparePublication` in a worker: checks the paths and the config sent, lints with the floor, builds what is stored. */
  prepare(task: Omit<PrepareTask, 'fallback' | 'floor'> & { fallback: ResolvedConfig; floor: ReadonlySet<string> }): Promise<PreparedPublication>;
  /** `rederive` in a worker. */
  rederive(task: Omit<RederiveTask, 'floor'> & { floor: ReadonlySet<string> }): Promise<Rederived>;
  close(): Promise<void>;
}

/** A config as plain data for a worker (see PlainConfig). */
export function plainConfig(config: ResolvedConfig): PlainConfig {
  const { overrides, ...plain } = config;
  if (overrides.length === 0) return { config: plain };
  if (!config.filePath) throw new Error('a linter config with overrides needs its file path to run in a worker');
  return { config: plain, configFile: config.filePath };
}

/** Lint and publish validation off the event loop, in worker threads with a time and memory limit per task. */
export function createLintPool(options: LintPoolOptions = {}): LintPool {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const timeoutMs = options.taskTimeoutMs ?? 5_000;
  const publishTimeoutMs = options.publishTimeoutMs ?? 30_000;
  const maxHeapMb = options.maxHeapMb ?? 192;
  const pool = new Piscina({
    filename: workerScript('./lint-worker.js', import.meta.url),
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 30_000,
    maxQueue: options.maxQueue ?? 64,
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 32 },
  });
  // A worker that dies (out of memory, stopped at its time limit) fails its own task, which answers the request.
  pool.on('error', () => undefined);
  // Each export of lint-worker.ts answers a WorkerAnswer: a value, or an error meant for the client.
  const run = async <T>(name: 'lint' | 'prepare' | 'rederive', task: unknown, what: string, limitMs: number): Promise<T> => {
    const signal = AbortSignal.timeout(limitMs);
    let answer: WorkerAnswer<T>;
    try {
      answer = (await pool.run(task, { name, signal })) as WorkerAnswer<T>;
    } catch (error) {
      throw poolFailure(error, what, signal.aborted, limitMs, maxHeapMb);
    }
    if ('error' in answer) throw apiError(answer.error.code, answer.error.message);
    return answer.value;
  };
  return {
    lint: (files, { config, today }) =>
      run<LintResult[]>('lint', { files: files.map((f) => ({ path: f.path, source: f.source })), today, ...plainConfig(config) } satisfies LintTask, 'lint', timeoutMs),
    prepare: ({ fallback, floor, ...task }) =>
      run<PreparedPublication>('prepare', { ...task, fallback: plainConfig(fallback), floor: [...floor] } satisfies PrepareTask, 'publish', publishTimeoutMs),
    rederive: ({ floor, ...task }) => run<Rederived>('rederive', { ...task, floor: [...floor] } satisfies RederiveTask, 'publish', publishTimeoutMs),
    close: () => pool.close({ force: true }),
  };
}

function poolFailure(error: unknown, what: string, timedOut: boolean, timeoutMs: number, maxHeapMb: number): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (timedOut) return apiError('QUERY_TOO_COMPLEX', `${what}: stopped after ${timeoutMs / 1000} s; these files are not policies a linter can check in reasonable time`);
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return apiError('QUERY_TOO_COMPLEX', `${what}: stopped at its ${maxHeapMb} MB memory limit; these files are not policies a linter can check`);
  if (error instanceof Error && /queue is at limit/i.test(error.message)) {
    return apiError('SERVICE_UNAVAILABLE', `${what}: the server is busy linting other requests; try again in a few seconds`, { http: { headers: { 'Retry-After': '2' } } });
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

/**
 * The `lint` query's budget (source bytes per request, a rate per unauthenticated client), then the pool; publishes
 * (authenticated, bounded by the request body limit) go straight to the pool.
 */
export interface LintService extends Pick<LintPool, 'prepare' | 'rederive'> {
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
    prepare: (task) => pool.prepare(task),
    rederive: (task) => pool.rederive(task),
    close: () => pool.close(),
  };
}
