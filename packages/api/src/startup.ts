import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { clinicFromPath, CONFIG_FILE, defaultConfig, loadConfig, type ResolvedConfig } from '@clearframe/linter';
import { glob } from 'tinyglobby';
import type { Logger } from './logger.js';
import { lintFiles, preparePublication } from './publishing.js';
import { savePublication } from './store/publish.js';
import type { SourceFile } from './store/rows.js';
import type { Store } from './store/store.js';

export interface ClinicSummary {
  clinic: string;
  created: number;
  updated: number;
  unchanged: number;
  /** Files left out because they have lint errors. */
  skipped: string[];
}

/**
 * Lints a policies repository and publishes what is lint-clean: each clinics/<clinic>/ directory
 * becomes that clinic. Files with errors are reported and left out; the rest of their clinic is
 * published. Uses the repository's clearframe.config.yaml (include, exclude, rules) when it has one.
 */
export async function publishDirectory(store: Store, dir: string, options: { logger: Logger; today: string }): Promise<ClinicSummary[]> {
  const root = resolve(dir);
  const configPath = join(root, CONFIG_FILE);
  const loaded = existsSync(configPath) ? loadConfig(configPath, root) : defaultConfig(root);
  // Files are linted by their path relative to the repository root, so globs in the config apply as written.
  const config: ResolvedConfig = { ...loaded, baseDir: '/' };
  const paths = (await glob(loaded.include, { cwd: root, ignore: loaded.exclude, onlyFiles: true })).sort();
  if (paths.length === 0) options.logger.warn('no policy files found', { dir: root, include: loaded.include });

  const byClinic = new Map<string, SourceFile[]>();
  for (const path of paths) {
    const clinic = clinicFromPath(path);
    if (clinic === '') {
      options.logger.warn('not published: policies are published per clinic, from clinics/<clinic>/', { file: path });
      continue;
    }
    byClinic.set(clinic, [...(byClinic.get(clinic) ?? []), { path, source: await readFile(join(root, path), 'utf8') }]);
  }

  const summaries: ClinicSummary[] = [];
  for (const [clinic, files] of byClinic) {
    const lint = { config, today: options.today };
    const failing = (await lintFiles(files, lint)).filter((r) => r.messages.some((m) => m.severity === 'error'));
    for (const result of failing) {
      const errors = result.messages.filter((m) => m.severity === 'error').map((m) => `${result.filePath}:${m.line}:${m.column} ${m.message} (${m.ruleId})`);
      options.logger.warn('not published: lint errors', { clinic, file: result.filePath, errors });
    }
    const skipped = new Set(failing.map((r) => r.filePath));
    const clean = files.filter((f) => !skipped.has(f.path));
    if (clean.length === 0) continue;
    try {
      const prepared = await preparePublication(clinic, clean, lint);
      if (prepared.rejected.length > 0) {
        options.logger.warn('not published: lint errors', { clinic, files: prepared.rejected.map((r) => r.filePath) });
        continue;
      }
      const saved = await savePublication(store, { clinic, defaults: prepared.defaults, policies: prepared.policies, commit: null });
      const count = (change: string) => saved.policies.filter((p) => p.change === change).length;
      const summary = { clinic, created: count('CREATED'), updated: count('UPDATED'), unchanged: count('UNCHANGED'), skipped: [...skipped] };
      options.logger.info('published clinic', { ...summary });
      summaries.push(summary);
    } catch (error) {
      options.logger.error('not published', { clinic, error });
    }
  }
  return summaries;
}
