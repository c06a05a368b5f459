import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FormatterContext } from './types.js';

/** The git top level above `start` (the nearest directory holding `.git`, a directory or a worktree's file), else undefined. */
export function repositoryRoot(start: string): string | undefined {
  for (let directory = resolve(start); ; directory = dirname(directory)) {
    if (existsSync(join(directory, '.git'))) return directory;
    if (dirname(directory) === directory) return undefined;
  }
}

/**
 * A result's path relative to the repository root (context.baseDir), with forward slashes, so code scanning and
 * annotations find the file whatever directory the lint ran in. A file outside the root keeps its absolute path.
 */
export function rootRelative(filePath: string, context: Pick<FormatterContext, 'cwd' | 'baseDir'>): string {
  const absolute = resolve(context.cwd, filePath);
  const path = relative(context.baseDir ?? context.cwd, absolute);
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return absolute;
  return path.split(sep).join('/');
}
