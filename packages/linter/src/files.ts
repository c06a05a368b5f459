import { stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
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
  const isExcluded = picomatch(config.exclude, { dot: true });
  const isIncluded = picomatch(config.include, { dot: true });
  const relativeToConfig = (file: string) => relative(config.baseDir, file).split(sep).join('/');
  const wanted = (file: string) => {
    const rel = relativeToConfig(file);
    if (isExcluded(rel)) return false;
    return rel.startsWith('..') || isIncluded(rel);
  };
  const found = new Set<string>();
  if (paths.length === 0) {
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
    const matches = info?.isDirectory()
      ? (await glob(['**/*.yaml', '**/*.yml'], { cwd: absolute, absolute: true, dot: false, ignore: ['**/node_modules/**'] })).filter(wanted)
      : isDynamicPattern(path)
        ? (await glob(path, { cwd, absolute: true, dot: false })).filter((file) => !isExcluded(relativeToConfig(file)))
        : undefined;
    if (matches === undefined) throw new PathError(`no such file or directory: ${path}`);
    if (matches.length === 0) throw new PathError(`no policy files found in ${path}${info?.isDirectory() ? ` (include: ${JSON.stringify(config.include)})` : ''}`);
    for (const file of matches) found.add(file);
  }
  return [...found].sort();
}
