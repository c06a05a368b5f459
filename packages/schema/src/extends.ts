import { posix } from 'node:path';
import { locate, toPointer, type ParsedFile, type Problem } from './parse.js';
import type { PolicyDocument } from './generated/types.js';

/** Where a field of the effective policy was written. */
export interface Origin {
  file: ParsedFile;
  pointer: string;
}

/** A policy merged over the ClinicDefaults it extends, with the origin of every field. */
export interface EffectivePolicy {
  file: ParsedFile;
  value: PolicyDocument;
  /** ClinicDefaults files merged under the policy, nearest first. */
  chain: ParsedFile[];
  /** The file and source pointer of a pointer into `value` (for a missing field: of its nearest existing ancestor). */
  origin(pointer: string): Origin;
}

/**
 * Loads a file referenced by `extends`. Returns undefined when it does not exist,
 * `problems` when it exists but is not a valid document; throws (with a message for the user) when it cannot be read.
 */
export type Loader = (path: string) => Promise<{ file?: ParsedFile; problems: Problem[] } | undefined>;

export interface ResolveOptions {
  load: Loader;
  /** Directory `extends` targets must stay inside (the repository root). */
  root: string;
  /** How paths are shown in messages (e.g. relative to the working directory). */
  display?: (path: string) => string;
}

const MAX_CHAIN = 8;

/** Resolves `extends` (recursively) and merges: maps by key, lists of items that all carry an `id` by id, the rest replaced. */
export async function resolveExtends(file: ParsedFile, { load, root, display = (path) => path }: ResolveOptions): Promise<{ policy?: EffectivePolicy; problems: Problem[] }> {
  const chain: ParsedFile[] = [];
  const seen = new Set([posix.normalize(file.path)]);
  let current = file;
  while (typeof (current.value as PolicyDocument).extends === 'string') {
    const written = (current.value as PolicyDocument).extends!;
    const target = posix.normalize(posix.join(posix.dirname(current.path), written));
    const via = current === file ? '' : ` (via ${display(current.path)})`;
    const fail = (message: string) => ({ problems: [problemOnExtends(file, message + via)] });
    const relative = posix.relative(root, target);
    if (relative === '..' || relative.startsWith('../') || posix.isAbsolute(relative)) return fail(`extends target "${written}" is outside the repository`);
    if (seen.has(target)) return fail(`extends cycle: ${[...seen, target].map(display).join(' → ')}`);
    if (chain.length >= MAX_CHAIN) return fail(`extends chain is longer than ${MAX_CHAIN} files`);
    seen.add(target);
    let loaded: Awaited<ReturnType<Loader>>;
    try {
      loaded = await load(target);
    } catch (error) {
      // A directory, a name the file system refuses, an unreadable file: a problem of this policy, not a crash of the run.
      return fail(`extends target "${written}" cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!loaded) return fail(`extends target "${written}" does not exist (looked for ${display(target)})`);
    if (!loaded.file || loaded.problems.length > 0) {
      const n = loaded.problems.length;
      return fail(`extends target ${display(target)} has ${n} schema problem${n === 1 ? '' : 's'}; fix that file first`);
    }
    const kind = (loaded.file.value as PolicyDocument).kind;
    if (kind !== 'ClinicDefaults') return fail(`extends target ${display(target)} is not a ClinicDefaults file (its kind is ${JSON.stringify(kind)})`);
    chain.push(loaded.file);
    current = loaded.file;
  }
  return { policy: merge(file, chain), problems: [] };
}

function problemOnExtends(file: ParsedFile, message: string): Problem {
  const { line, column } = locate(file, '/extends');
  return { line, column, pointer: '/extends', message };
}

function merge(file: ParsedFile, chain: ParsedFile[]): EffectivePolicy {
  const own = file.value as PolicyDocument;
  if (chain.length === 0) return { file, value: own, chain, origin: (pointer) => ({ file, pointer }) };
  const origins = new Map<string, Origin>();
  // Merge from the farthest defaults to the policy; each step records which file owns what it contributes.
  let value: unknown = {};
  for (const layer of [...chain].reverse().concat(file)) {
    const { apiVersion: _a, kind: _k, extends: _e, ...content } = layer.value as Record<string, unknown>;
    value = mergeValue(value, content, '', layer, origins);
  }
  const merged = { apiVersion: own.apiVersion, kind: own.kind, ...(own.extends === undefined ? {} : { extends: own.extends }), ...(value as object) };
  return { file, value: merged as PolicyDocument, chain, origin: (pointer) => originOf(origins, pointer, file) };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function byId(list: unknown[]): list is Record<string, unknown>[] {
  return list.every((item) => isPlainObject(item) && typeof item.id === 'string');
}

function child(pointer: string, key: string | number): string {
  return pointer + toPointer([key]);
}

/** Merges `over` (written in `layer` at the same pointer) onto `base`, recording the origins of what `over` contributes. */
function mergeValue(base: unknown, over: unknown, pointer: string, layer: ParsedFile, origins: Map<string, Origin>): unknown {
  if (isPlainObject(base) && isPlainObject(over)) {
    // The nearer layer will own this map: pin the fields only the farther layers have to their current origin.
    for (const key of Object.keys(base)) if (!Object.hasOwn(over, key)) pin(origins, child(pointer, key));
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(over)) {
      out[key] = Object.hasOwn(base, key) ? mergeValue(base[key], value, child(pointer, key), layer, origins) : claim(origins, child(pointer, key), layer, child(pointer, key), value);
    }
    origins.set(pointer, { file: layer, pointer });
    return out;
  }
  if (Array.isArray(base) && Array.isArray(over) && base.length > 0 && over.length > 0 && byId(base) && byId(over)) {
    base.forEach((_, index) => pin(origins, child(pointer, index)));
    const out = [...base];
    over.forEach((item, index) => {
      const existing = out.findIndex((b) => b.id === item.id);
      const target = existing === -1 ? out.length : existing;
      out[target] = item;
      claim(origins, child(pointer, target), layer, child(pointer, index), item);
    });
    origins.set(pointer, { file: layer, pointer });
    return out;
  }
  // Scalars, other lists, an empty list and type changes: the nearer layer replaces the farther one.
  return claim(origins, pointer, layer, pointer, over);
}

/** Records that the whole subtree at `pointer` comes from `layer` at `sourcePointer`. */
function claim<T>(origins: Map<string, Origin>, pointer: string, layer: ParsedFile, sourcePointer: string, value: T): T {
  clearBelow(origins, pointer);
  origins.set(pointer, { file: layer, pointer: sourcePointer });
  return value;
}

function pin(origins: Map<string, Origin>, pointer: string): void {
  if (!origins.has(pointer)) origins.set(pointer, originOf(origins, pointer));
}

function clearBelow(origins: Map<string, Origin>, pointer: string): void {
  const prefix = pointer + '/';
  for (const key of origins.keys()) if (key.startsWith(prefix)) origins.delete(key);
}

function originOf(origins: Map<string, Origin>, pointer: string, fallback?: ParsedFile): Origin {
  let prefix = pointer;
  for (;;) {
    const hit = origins.get(prefix);
    if (hit) return { file: hit.file, pointer: hit.pointer + pointer.slice(prefix.length) };
    if (prefix === '') {
      if (!fallback) throw new Error(`no origin recorded for ${pointer}`);
      return { file: fallback, pointer };
    }
    prefix = prefix.slice(0, prefix.lastIndexOf('/'));
  }
}
