import { posix } from 'node:path';
import {
  ConfigError,
  configFromSource,
  DEFAULT_FLOOR,
  defaultConfig,
  floorViolations,
  lintSourcesProject,
  rules,
  type LintedPolicy,
  type LintResult,
  type ResolvedConfig,
} from '@clearframe/linter';
import { loadPolicySource, type PolicyDocument } from '@clearframe/schema';
import { canonicalJson, contentHash } from './canonical.js';
import { badInput } from './errors.js';
import { SLUG } from '@clearframe/schema/facts';
import type { LintStatus, SourceFile, StoredException, StoredFinding } from './store/rows.js';
import type { ExtendingPolicy, PolicyToSave } from './store/publish.js';

const MAX_FILES = 500;
const MAX_PATH = 300;

export interface PublishLintOptions {
  config: ResolvedConfig;
  today: string;
  /** Rules a config cannot lower and a disable comment cannot suppress at publish time. */
  floor?: ReadonlySet<string> | undefined;
  /** The lint engine (tests pass the real one wrapped, to count its runs). */
  engine?: typeof lintSourcesProject;
}

export interface PreparedPublication {
  /** Lint results of every file sent, as the CLI reports them. */
  results: LintResult[];
  /** Results of the files with error-severity findings; when any, a publish writes nothing. */
  rejected: LintResult[];
  /** Every CommunicationPolicy without errors (in its own file, in what it inherits, or in the files it extends). */
  policies: PolicyToSave[];
  defaults?: { title: string | null; document: PolicyDocument } | undefined;
}

/**
 * The publishing floor from CLEARFRAME_REQUIRED_RULES (comma-separated rule ids), else DEFAULT_FLOOR.
 * Throws an Error naming any unknown rule id (checked at start-up).
 */
export function requiredRules(value: string | undefined): ReadonlySet<string> {
  if (value === undefined || value.trim() === '') return new Set(DEFAULT_FLOOR);
  const ids = value.split(',').map((id) => id.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !rules.has(id));
  if (unknown.length > 0) throw new Error(`CLEARFRAME_REQUIRED_RULES names unknown rule${unknown.length === 1 ? '' : 's'} ${unknown.map((id) => `"${id}"`).join(', ')} (see \`clearframe rules\`)`);
  return new Set(ids);
}

/**
 * The linter config a publish sends (its clearframe.config.yaml), checked like the CLI checks it, and refused when
 * it turns a floor rule off or below error. Without one, the recommended preset applies.
 */
export function publishConfig(config: SourceFile | null | undefined, floor: ReadonlySet<string>): ResolvedConfig {
  if (!config) return defaultConfig('/');
  checkFiles([config], 'config');
  let resolved: ResolvedConfig;
  try {
    resolved = configFromSource(config.source, config.path);
  } catch (error) {
    if (error instanceof ConfigError) throw badInput(`config: ${error.message}`);
    throw error;
  }
  const violations = floorViolations(resolved, floor);
  if (violations.length > 0) {
    throw badInput(`config: ${violations.join('; ')} — the server requires these rules at error for publishing (CLEARFRAME_REQUIRED_RULES)`);
  }
  return resolved;
}

/** Checks the paths of files sent to the API: relative POSIX paths to .yaml/.yml files, each once. */
export function checkFiles(files: readonly SourceFile[], what = 'files'): void {
  if (files.length > MAX_FILES) throw badInput(`${what}: ${files.length} files; send at most ${MAX_FILES} at a time`);
  const seen = new Set<string>();
  for (const { path } of files) {
    const problem =
      path.length === 0 || path.length > MAX_PATH
        ? `must have 1 to ${MAX_PATH} characters`
        : path.includes('\\') || path.includes('\u0000')
          ? 'must use forward slashes'
          : path.startsWith('/') || posix.normalize(path) !== path || path.split('/').includes('..')
            ? 'must be relative to the repository root, without "..", "." or "//"'
            : !/\.ya?ml$/.test(path)
              ? 'must name a .yaml or .yml file'
              : seen.has(path)
                ? 'is sent twice'
                : undefined;
    if (problem) throw badInput(`${what}: path ${JSON.stringify(path.slice(0, MAX_PATH))} ${problem}`);
    seen.add(path);
  }
}

/**
 * Lints a clinic's files in one pass (with the publishing floor) and builds what is stored for each
 * CommunicationPolicy without errors: the effective policy (ClinicDefaults merged in), its content hash,
 * its source files, its own findings and its suppressed findings (exceptions), including those on the
 * ClinicDefaults fields it inherits.
 */
export async function preparePublication(clinic: string, files: readonly SourceFile[], options: PublishLintOptions): Promise<PreparedPublication> {
  if (!SLUG.test(clinic)) throw badInput(`clinic "${clinic}" is not a slug: use lower-case letters, digits and dashes`);
  if (files.length === 0) throw badInput('files: send the clinic\'s policy files (and the clinic.yaml they extend)');
  checkFiles(files);
  const engine = options.engine ?? lintSourcesProject;
  const project = await engine(files, { config: options.config, today: options.today, floor: options.floor });
  const rejected = project.results.filter(hasErrors);
  const failing = new Set(rejected.map((r) => r.filePath));
  const byPath = new Map(files.map((f) => [f.path, f]));

  const policies: PolicyToSave[] = [];
  for (const linted of project.policies) {
    checkClinic(linted.filePath, linted.document, clinic);
    if (linted.files.some((f) => failing.has(f)) || linted.messages.some((m) => m.severity === 'error')) continue;
    policies.push(toSave(linted, byPath));
  }
  // ClinicDefaults documents: the files sent that are no policy's own file (usually one clinic.yaml).
  const own = new Set(project.policies.map((p) => p.filePath));
  const defaultsFiles: { path: string; document: PolicyDocument }[] = [];
  for (const file of files) {
    if (own.has(file.path) || failing.has(file.path)) continue;
    const document = loadPolicySource(posix.join('/', file.path), file.source).file?.value as PolicyDocument | undefined;
    if (document?.kind !== 'ClinicDefaults') continue;
    checkClinic(file.path, document, clinic);
    defaultsFiles.push({ path: file.path, document });
  }
  return { results: project.results, rejected, policies, defaults: pickDefaults(defaultsFiles) };
}

export interface Rederived {
  policies: PolicyToSave[];
  rejected: LintResult[];
}

/**
 * Lints again the policies that extend changed clinic defaults, each with its newest sources (the new defaults in
 * place) and its config: one lint pass per distinct config. Policies with errors are returned as rejected.
 */
export async function rederivePolicies(extending: readonly ExtendingPolicy[], options: { today: string; floor: ReadonlySet<string> }): Promise<Rederived> {
  const groups = new Map<string, ExtendingPolicy[]>();
  for (const policy of extending) {
    const key = canonicalJson(policy.config);
    groups.set(key, [...(groups.get(key) ?? []), policy]);
  }
  const policies: PolicyToSave[] = [];
  const rejected: LintResult[] = [];
  for (const group of groups.values()) {
    const files = new Map(group.flatMap((p) => p.sources).map((s) => [s.path, s]));
    const config = group[0]!.config ? publishConfig(group[0]!.config, options.floor) : defaultConfig('/');
    const project = await lintSourcesProject([...files.values()], { config, today: options.today, floor: options.floor });
    const wanted = new Set(group.map((p) => p.sources[0]!.path));
    for (const linted of project.policies) {
      if (!wanted.has(linted.filePath)) continue;
      const errors = linted.messages.filter((m) => m.severity === 'error');
      if (errors.length > 0) rejected.push({ filePath: linted.filePath, messages: errors, suppressedMessages: [] });
      else policies.push(toSave(linted, files));
    }
  }
  return { policies, rejected };
}

function toSave(linted: LintedPolicy, byPath: ReadonlyMap<string, SourceFile>): PolicyToSave {
  const findings: StoredFinding[] = linted.messages.map((m) => ({ ...m }));
  const exceptions: StoredException[] = linted.suppressedMessages.map((m) => ({ ...m }));
  return {
    slug: linted.document.metadata.id,
    filePath: linted.filePath,
    document: linted.document,
    contentHash: contentHash(linted.document),
    sources: linted.files.map((path) => ({ path, source: byPath.get(path)!.source })),
    findings,
    exceptions,
    lintStatus: lintStatusOf(findings, exceptions),
  };
}

const hasErrors = (result: LintResult) => result.messages.some((m) => m.severity === 'error');

function checkClinic(path: string, document: PolicyDocument, clinic: string): void {
  if (document.metadata.clinic !== undefined && document.metadata.clinic !== clinic) {
    throw badInput(`${path}: metadata.clinic is "${document.metadata.clinic}" but the files are published to clinic "${clinic}"`);
  }
}

/** Never CLEAN when anything was found or suppressed; any suppressed finding makes the version EXCEPTIONS. */
export function lintStatusOf(findings: readonly { severity: string }[], exceptions: readonly unknown[]): LintStatus {
  if (exceptions.length > 0) return 'EXCEPTIONS';
  if (findings.some((f) => f.severity === 'warning' || f.severity === 'error')) return 'WARNINGS';
  return findings.length > 0 ? 'INFO' : 'CLEAN';
}

/** The clinic's own defaults: its clinic.yaml (the shallowest one), else the first ClinicDefaults file. */
function pickDefaults(files: { path: string; document: PolicyDocument }[]): PreparedPublication['defaults'] {
  const depth = (path: string) => path.split('/').length;
  const named = files.filter((f) => posix.basename(f.path) === 'clinic.yaml').sort((a, b) => depth(a.path) - depth(b.path));
  const chosen = named[0] ?? files[0];
  return chosen ? { title: chosen.document.metadata.title ?? null, document: chosen.document } : undefined;
}
