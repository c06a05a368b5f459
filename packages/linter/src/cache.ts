import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FileReadError } from './lint.js';
import { collisions, display, groupsOf, lintInParts, lintPart, merge, workerCount, type Group, type PartOptions } from './parallel.js';
import { rules } from './rules/index.js';
import type { LintResult } from './types.js';

/** Default cache file, in the working directory (like ESLint's .eslintcache). */
export const DEFAULT_CACHE_LOCATION = '.clearframecache';
const FORMAT = 2;

export interface CacheOptions extends PartOptions {
  /** Cache file (absolute, or relative to cwd). */
  location: string;
  /** The linter's version: a new version never reuses an old cache. */
  version: string;
  concurrency: number | 'auto' | 'off';
  /** Told how many inputs were taken from the cache and how many were linted. */
  onStats?: (stats: { reused: number; linted: number }) => void;
}

interface CachedGroup extends Group {
  /** Content hash of every file in `files` when the group was linted (null: it did not exist). */
  hashes: Record<string, string | null>;
}

interface CacheFile {
  format: number;
  key: string;
  groups: CachedGroup[];
}

/** A top-level `kind: ClinicDefaults` line: the file is ClinicDefaults, or fails to parse; it resolves no `extends` either way. */
const DEFAULTS_KIND = /^kind:[ \t]*["']?ClinicDefaults["']?[ \t]*(#.*)?$/m;

const hash = (bytes: Uint8Array | string) => createHash('sha1').update(bytes).digest('base64url');

function hashFile(path: string): string | null {
  try {
    return hash(readFileSync(path));
  } catch {
    return null;
  }
}

/** What every cached result depends on besides the files: linter version, rules, configuration, lint date, paths. */
function runKey(options: CacheOptions): string {
  const configText = options.config.filePath ? hashFile(options.config.filePath) : null;
  return hash(
    JSON.stringify([FORMAT, options.version, [...rules.keys()], JSON.stringify(options.config), configText, options.today ?? null, options.cwd, options.root ?? null, options.floor ? [...options.floor].sort() : null]),
  );
}

function readCache(path: string, key: string): CachedGroup[] {
  try {
    const cache = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    return cache.format === FORMAT && cache.key === key && Array.isArray(cache.groups) ? cache.groups : [];
  } catch {
    return [];
  }
}

/**
 * `lintFiles` that reuses the results of files unchanged since the last run. The cache is kept per closed group of
 * files (a policy, the ClinicDefaults it extends, the policies sharing its id): a group is reused only when none of
 * its files changed and it still has all its inputs; a changed or new file that reaches into a reused group (extends
 * one of its files, repeats one of its ids) makes that group lint again.
 */
export async function lintWithCache(paths: readonly string[], options: CacheOptions): Promise<LintResult[]> {
  const cwd = options.cwd;
  const location = resolve(cwd, options.location);
  const key = runKey(options);
  const absolute = paths.map((p) => resolve(cwd, p));
  const inputs = absolute.map((p) => display(p, cwd));
  const current = new Map<string, string | null>();
  const unseenInputs = new Set<string>();
  absolute.forEach((path, i) => {
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(path);
    } catch {
      bytes = undefined;
    }
    current.set(inputs[i]!, bytes ? hash(bytes) : null);
    // Not a resolved policy, yet it may read other files: an `extends` that failed. ClinicDefaults never resolve theirs.
    const text = bytes?.toString('utf8') ?? 'extends';
    if (/extends|\\/.test(text) && !DEFAULTS_KIND.test(text)) unseenInputs.add(inputs[i]!);
  });
  const hashOf = (file: string) => {
    if (!current.has(file)) current.set(file, hashFile(resolve(cwd, file)));
    return current.get(file)!;
  };
  const unseen = (file: string) => unseenInputs.has(file);

  const inputSet = new Set(inputs);
  let reused = readCache(location, key).filter(
    (group) => !group.volatile && group.inputs.every((input) => inputSet.has(input)) && Object.entries(group.hashes).every(([file, h]) => hashOf(file) === h),
  );
  const taken = new Set(reused.flatMap((g) => g.inputs));
  // An input claimed by two cached groups (a stale cache) is linted again.
  if (taken.size !== reused.reduce((n, g) => n + g.inputs.length, 0)) reused = [];
  const covered = new Set(reused.flatMap((g) => g.inputs));
  const dirty = absolute.filter((_, i) => !covered.has(inputs[i]!));

  let fresh: Group[] = dirty.length === 0 ? [] : await lintInParts(dirty, options, workerCount(options.concurrency, dirty.length), unseen);
  for (;;) {
    const colliding = collisions([reused, fresh]);
    if (colliding.size === 0) break;
    const again = new Set([...colliding].flatMap((g) => g.inputs));
    reused = reused.filter((g) => !colliding.has(g));
    fresh = fresh.filter((g) => !colliding.has(g));
    const redo = absolute.filter((_, i) => again.has(inputs[i]!));
    fresh.push(...groupsOf(await lintPart(redo, options), redo.map((p) => display(p, cwd)), unseen));
  }

  const groups: CachedGroup[] = [...reused, ...fresh.map((g) => ({ ...g, hashes: Object.fromEntries(g.files.map((f) => [f, hashOf(f)])) }))];
  const results = merge(groups, inputs);
  const reusedInputs = reused.reduce((n, g) => n + g.inputs.length, 0);
  options.onStats?.({ reused: reusedInputs, linted: inputs.length - reusedInputs });
  const file: CacheFile = { format: FORMAT, key, groups };
  const temporary = `${location}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(file));
    renameSync(temporary, location);
  } catch (error) {
    throw new FileReadError(`cannot write the cache file ${display(location, cwd)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return results;
}
