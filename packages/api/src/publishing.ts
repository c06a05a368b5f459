import { posix } from 'node:path';
import { lintSources, type LintResult, type ResolvedConfig } from '@clearframe/linter';
import { loadPolicySource, resolveExtends, type ParsedFile, type PolicyDocument } from '@clearframe/schema';
import { contentHash } from './canonical.js';
import { badInput } from './errors.js';
import { SLUG } from './slug.js';
import type { LintStatus, SourceFile, StoredFinding } from './store/rows.js';
import type { PolicyToSave } from './store/publish.js';

const MAX_FILES = 500;
const MAX_PATH = 300;

export interface LintOptions {
  config: ResolvedConfig;
  today: string;
}

export interface PreparedPublication {
  /** Lint results of every file sent, as the CLI reports them. */
  results: LintResult[];
  /** Results of the files with error-severity findings; when any, nothing may be written. */
  rejected: LintResult[];
  policies: (PolicyToSave & { filePath: string })[];
  defaults?: { title: string | null; document: PolicyDocument } | undefined;
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

/** Lints files as one project, like `clearframe lint` does. */
export function lintFiles(files: readonly SourceFile[], options: LintOptions): Promise<LintResult[]> {
  return lintSources(files, { config: options.config, today: options.today });
}

/**
 * Lints a clinic's files and, when none has an error, builds what is stored for each
 * CommunicationPolicy: the effective policy (ClinicDefaults merged in), its content hash,
 * its source files and its own findings (warnings and infos, including those on the
 * ClinicDefaults fields it inherits).
 */
export async function preparePublication(clinic: string, files: readonly SourceFile[], options: LintOptions): Promise<PreparedPublication> {
  if (!SLUG.test(clinic)) throw badInput(`clinic "${clinic}" is not a slug: use lower-case letters, digits and dashes`);
  if (files.length === 0) throw badInput('files: send the clinic\'s policy files (and the clinic.yaml they extend)');
  checkFiles(files);
  const results = await lintFiles(files, options);
  const rejected = results.filter((r) => r.messages.some((m) => m.severity === 'error'));
  if (rejected.length > 0) return { results, rejected, policies: [] };

  const byPath = new Map(files.map((f) => [posix.join('/', f.path), f]));
  const loaded = new Map<string, { file?: ParsedFile; problems: [] }>();
  for (const [path, f] of byPath) {
    const { file } = loadPolicySource(path, f.source);
    if (file) loaded.set(path, { file, problems: [] });
  }

  const policies: PreparedPublication['policies'] = [];
  const defaultsFiles: { path: string; document: PolicyDocument }[] = [];
  for (const [path, entry] of loaded) {
    const document = entry.file!.value as PolicyDocument;
    const shown = path.slice(1);
    if (document.metadata.clinic !== undefined && document.metadata.clinic !== clinic) {
      throw badInput(`${shown}: metadata.clinic is "${document.metadata.clinic}" but the files are published to clinic "${clinic}"`);
    }
    if (document.kind === 'ClinicDefaults') {
      defaultsFiles.push({ path: shown, document });
      continue;
    }
    const resolved = await resolveExtends(entry.file!, { load: async (p) => loaded.get(p), root: '/' });
    if (!resolved.policy) throw badInput(`${shown}: ${resolved.problems[0]?.message ?? 'extends could not be resolved'}`);
    const sources = [entry.file!, ...resolved.policy.chain].map((f) => byPath.get(f.path)!);
    const own = await lintFiles(sources, options);
    const findings: StoredFinding[] = own.flatMap((r) => r.messages.map((m) => ({ ...m, filePath: r.filePath })));
    policies.push({
      filePath: shown,
      slug: document.metadata.id,
      document: resolved.policy.value,
      contentHash: contentHash(resolved.policy.value),
      sources: sources.map((s) => ({ path: s.path, source: s.source })),
      findings,
      lintStatus: lintStatusOf(findings),
    });
  }
  return { results, rejected, policies, defaults: pickDefaults(defaultsFiles) };
}

function lintStatusOf(findings: readonly { severity: string }[]): LintStatus {
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
