import { defaultConfig, lintSources, loadConfig, type LintResult, type ResolvedConfig } from '@clearframe/linter';
import { GraphQLError } from 'graphql';
import type { ErrorCode } from './errors.js';
import type { LintTask, PlainConfig, PrepareTask, RederiveTask, WorkerAnswer } from './lint-pool.js';
import { preparePublication, publishConfig, rederivePolicies, type PreparedPublication, type Rederived } from './publishing.js';

// A config with overrides holds functions, which cannot cross to a worker: it is loaded again here from its file, once.
const loaded = new Map<string, ResolvedConfig>();

function resolved({ config, configFile }: PlainConfig): ResolvedConfig {
  if (!configFile) return { ...defaultConfig(config.baseDir), ...config, overrides: [] };
  const key = `${configFile}\u0000${config.baseDir}`;
  if (!loaded.has(key)) loaded.set(key, { ...loadConfig(configFile), baseDir: config.baseDir });
  return loaded.get(key)!;
}

/** Errors meant for the client (bad paths, a config that lowers the floor, a file of another clinic) go back as data. */
async function answer<T>(work: () => Promise<T>): Promise<WorkerAnswer<T>> {
  try {
    return { value: await work() };
  } catch (error) {
    const code = error instanceof GraphQLError ? error.extensions.code : undefined;
    if (typeof code === 'string') return { error: { code: code as ErrorCode, message: (error as GraphQLError).message } };
    throw error;
  }
}

/** Runs in a pool thread: lints one request's files as one project. */
export function lint(task: LintTask): Promise<WorkerAnswer<LintResult[]>> {
  return answer(() => lintSources(task.files, { config: resolved(task), today: task.today }));
}

/** Runs in a pool thread: validates a publish (config, paths, lint with the floor) and builds what is stored. */
export function prepare(task: PrepareTask): Promise<WorkerAnswer<PreparedPublication>> {
  return answer(() => {
    const floor = new Set(task.floor);
    const config = task.config ? publishConfig(task.config, floor) : resolved(task.fallback);
    return preparePublication(task.clinic, task.files, { config, today: task.today, floor });
  });
}

/** Runs in a pool thread: lints again the policies that extend changed clinic defaults. */
export function rederive(task: RederiveTask): Promise<WorkerAnswer<Rederived>> {
  return answer(() => rederivePolicies(task.extending, { today: task.today, floor: new Set(task.floor) }));
}
