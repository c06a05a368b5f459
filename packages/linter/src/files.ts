import { stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { glob as Glob, isDynamicPattern as IsDynamicPattern } from 'tinyglobby';
import type { ResolvedConfig } from './config.js';

/** A path on the command line that does not exist or matches nothing: the CLI exits 2. */
export class PathError extends Error {
  override name = 'PathError';
}

/**
 * The files to lint. With no paths: the config's `include` minus `exclude`, from the config's directory.
 * A file named on the command line is always linted; a directory contributes its YAML files that the config includes;
 * a glob is expanded from the working directory.
 */
export async function collectFiles(paths: readonly string[], config: ResolvedConfig, cwd: string): Promise<string[]> {
  const found = new Set<string>();
  // A file named on the command line needs no globbing: the glob and matcher libraries load only when a directory or glob does.
  let globbing: Promise<Globbing> | undefined;
  const tools = () => (globbing ??= loadGlobbing(config));
  if (paths.length === 0) {
    const { glob } = await tools();
    for (const file of await glob(config.include, { cwd: config.baseDir, ignore: config.exclude, absolute: true, dot: false })) found.add(file);
    if (found.size === 0) throw new PathError(`no files match include ${JSON.stringify(config.include)} in ${relative(cwd, config.baseDir) || '.'}`);
  }
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      found.add(absolute);
      continue;
    }
    const { glob, isDynamicPattern, wanted, isExcludedFile } = await tools();
    const matches = info?.isDirectory()
      ? (await glob(['**/*.yaml', '**/*.yml'], { cwd: absolute, absolute: true, dot: false, ignore: ['**/node_modules/**'] })).filter(wanted)
      : isDynamicPattern(path)
        ? (await glob(path, { cwd, absolute: true, dot: false })).filter((file) => !isExcludedFile(file))
        : undefined;
    if (matches === undefined) throw new PathError(`no such file or directory: ${path}`);
    if (matches.length === 0) throw new PathError(`no policy files found in ${path}${info?.isDirectory() ? ` (include: ${JSON.stringify(config.include)})` : ''}`);
    for (const file of matches) found.add(file);
  }
  return [...found].sort();
}

interface Globbing {
  glob: typeof Glob;
  isDynamicPattern: typeof IsDynamicPattern;
  /** A file found in a directory is linted when the config includes it and does not exclude it (or it is outside the config's directory). */
  wanted: (file: string) => boolean;
  isExcludedFile: (file: string) => boolean;
}

async function loadGlobbing(config: ResolvedConfig): Promise<Globbing> {
  const [{ glob, isDynamicPattern }, { default: picomatch }] = await Promise.all([import('tinyglobby'), import('picomatch')]);
  const isExcluded = picomatch(config.exclude, { dot: true });
  const isIncluded = picomatch(config.include, { dot: true });
  const relativeToConfig = (file: string) => relative(config.baseDir, file).split(sep).join('/');
  return {
    glob,
    isDynamicPattern,
    wanted: (file) => {
      const rel = relativeToConfig(file);
      if (isExcluded(rel)) return false;
      return rel.startsWith('..') || isIncluded(rel);
    },
    isExcludedFile: (file) => isExcluded(relativeToConfig(file)),
  };
}
