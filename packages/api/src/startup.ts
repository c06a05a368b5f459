import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { clinicFromPath, CONFIG_FILE } from '@clearframe/linter';
import { GraphQLError } from 'graphql';
import { glob } from 'tinyglobby';
import type { Logger } from './logger.js';
import { preparePublication, publishConfig, rederivePolicies } from './publishing.js';
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

/** The repository's config cannot be used for publishing: start-up stops with this message. */
export class PoliciesConfigError extends Error {
  override name = 'PoliciesConfigError';
}

/**
 * Lints a policies repository and publishes what is lint-clean, as `clearframe publish` would: each
 * clinics/<clinic>/ directory becomes that clinic, linted in one pass with the repository's
 * clearframe.config.yaml and the publishing floor. Files with errors (and the policies that extend
 * them) are reported and left out; the rest of their clinic is published. A config that is invalid or
 * lowers a floor rule stops start-up (PoliciesConfigError).
 */
export async function publishDirectory(store: Store, dir: string, options: { logger: Logger; today: string; floor: ReadonlySet<string> }): Promise<ClinicSummary[]> {
  const root = resolve(dir);
  const configPath = join(root, CONFIG_FILE);
  const configFile = existsSync(configPath) ? { path: CONFIG_FILE, source: await readFile(configPath, 'utf8') } : null;
  let config;
  try {
    config = publishConfig(configFile, options.floor);
  } catch (error) {
    if (error instanceof GraphQLError) throw new PoliciesConfigError(`${root}: ${error.message.replace(/^config: /, '')}`);
    throw error;
  }
  const paths = (await glob(config.include, { cwd: root, ignore: config.exclude, onlyFiles: true })).sort();
  if (paths.length === 0) options.logger.warn('no policy files found', { dir: root, include: config.include });

  const byClinic = new Map<string, SourceFile[]>();
  for (const path of paths) {
    const clinic = clinicFromPath(path);
    if (clinic === '') {
      options.logger.warn('not published: policies are published per clinic, from clinics/<clinic>/', { file: path });
      continue;
    }
    byClinic.set(clinic, [...(byClinic.get(clinic) ?? []), { path, source: await readFile(join(root, path), 'utf8') }]);
  }

  const lint = { config, today: options.today, floor: options.floor };
  const summaries: ClinicSummary[] = [];
  for (const [clinic, files] of byClinic) {
    try {
      const prepared = await preparePublication(clinic, files, lint);
      for (const result of prepared.rejected) {
        const errors = result.messages.filter((m) => m.severity === 'error').map((m) => `${result.filePath}:${m.line}:${m.column} ${m.message} (${m.ruleId})`);
        options.logger.warn('not published: lint errors', { clinic, file: result.filePath, errors });
      }
      const skipped = new Set(prepared.rejected.map((r) => r.filePath));
      if (prepared.policies.length === 0 && !prepared.defaults) continue;
      const saved = await savePublication(store, {
        clinic,
        defaults: prepared.defaults,
        policies: prepared.policies,
        files: files.filter((f) => !skipped.has(f.path)),
        config: configFile,
        commit: null,
        rederive: (extending) => rederivePolicies(extending, { today: options.today, floor: options.floor }),
      });
      if (saved.status === 'REJECTED') {
        options.logger.warn('not published: the clinic defaults would give policies that extend them errors', { clinic, policies: saved.rejected.map((r) => r.filePath) });
        continue;
      }
      const count = (change: string) => saved.policies.filter((p) => p.change === change).length;
      const summary = { clinic, created: count('CREATED'), updated: count('UPDATED') + count('RESTORED'), unchanged: count('UNCHANGED'), skipped: [...skipped] };
      options.logger.info('published clinic', { ...summary });
      summaries.push(summary);
    } catch (error) {
      options.logger.error('not published', { clinic, error });
    }
  }
  return summaries;
}
