import { defaultConfig, lintSources, loadConfig, type LintResult, type ResolvedConfig } from '@clearframe/linter';
import type { LintTask } from './lint-pool.js';

// A config with overrides holds functions, which cannot cross to a worker: it is loaded again here from its file, once.
const loaded = new Map<string, ResolvedConfig>();

/** Runs in a pool thread: lints one request's files as one project. */
export default async function lint(task: LintTask): Promise<LintResult[]> {
  let config: ResolvedConfig = { ...defaultConfig(task.config.baseDir), ...task.config, overrides: [] };
  if (task.configFile) {
    const key = `${task.configFile}\u0000${task.config.baseDir}`;
    if (!loaded.has(key)) loaded.set(key, { ...loadConfig(task.configFile), baseDir: task.config.baseDir });
    config = loaded.get(key)!;
  }
  return lintSources(task.files, { config, today: task.today });
}
