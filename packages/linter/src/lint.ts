import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import {
  loadPolicySource,
  locate,
  MAX_FILE_BYTES,
  resolveExtends,
  pointerSegments,
  toPointer,
  type EffectivePolicy,
  type Origin,
  type ParsedFile,
  type PolicyDocument,
  type Problem,
  type Spec,
} from '@clearframe/schema';
import { defaultConfig, settingsResolver, type ResolvedConfig, type RuleSetting } from './config.js';
import { applyDirectives, parseDirectives, type Directive } from './disable.js';
import { duplicateMethodIds } from './rules/duplicate-id.js';
import { rules } from './rules/index.js';
import type { LintMessage, LintResult, Severity } from './types.js';

/** Reads a file's bytes; undefined when it does not exist. Throws when it exists but cannot be read. */
export type Reader = (path: string) => Promise<Uint8Array | string | undefined>;

export interface LintOptions {
  config?: ResolvedConfig;
  /** Lint date (YYYY-MM-DD) for date rules; default today in UTC. */
  today?: string;
  /** Result paths are relative to this directory. */
  cwd?: string;
  /** `extends` targets must stay inside this directory; default: the config's directory, else cwd. */
  root?: string;
  reader?: Reader;
}

/** A file that exists but cannot be read: the CLI exits 2. */
export class FileReadError extends Error {
  override name = 'FileReadError';
}

const knownRuleIds = new Set(rules.keys());

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Reads from disk; files over the size limit are not read at all.
 * Synchronous reads on purpose: policy files are small, and fs.promises would cost several
 * thread-pool round trips per file (stat, open, fstat, read, close) that leave the CPU idle.
 */
export const diskReader: Reader = async (path) => {
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new FileReadError(`${path} is a directory`);
    if (info.size > MAX_FILE_BYTES) return new Uint8Array(info.size > MAX_FILE_BYTES * 4 ? MAX_FILE_BYTES + 1 : info.size);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new FileReadError(`cannot read ${path}: ${code ?? String(error)}`);
  }
};

interface FileState {
  path: string;
  filePath: string;
  messages: LintMessage[];
  directives: Directive[];
}

interface Loaded {
  file?: ParsedFile;
  problems: Problem[];
}

/**
 * Lints files (absolute paths, or paths relative to `cwd`) as one project: extends are resolved,
 * duplicate ids are found across files, and findings on inherited fields are reported once under the file that holds them.
 */
export async function lintFiles(paths: readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? defaultConfig(cwd);
  const root = options.root ?? config.baseDir;
  const today = options.today ?? todayUtc();
  const read = options.reader ?? diskReader;
  const rulesFor = settingsResolver(config);
  const states = new Map<string, FileState>();
  const seenMessages = new Set<string>();
  const policyIds = new Map<string, { path: string; clinic: string; line: number; column: number }[]>();

  // Parsed files stay cached only while something may extend them (ClinicDefaults); policies are dropped after use.
  const defaultsCache = new Map<string, Loaded | undefined>();
  const loadFile = async (path: string): Promise<Loaded | undefined> => {
    const bytes = await read(path);
    return bytes === undefined ? undefined : loadPolicySource(path, bytes);
  };
  const loadDefaults = async (path: string) => {
    if (!options.reader) assertInsideOnDisk(path, root, cwd);
    if (!defaultsCache.has(path)) defaultsCache.set(path, await loadFile(path));
    return defaultsCache.get(path);
  };

  const stateOf = (path: string, file?: ParsedFile, text?: string): FileState => {
    let state = states.get(path);
    if (!state) {
      state = { path, filePath: display(path, cwd), messages: [], directives: text === undefined ? [] : parseDirectives(text, file) };
      states.set(path, state);
    }
    return state;
  };
  const add = (state: FileState, message: LintMessage) => {
    const key = `${state.filePath}\u0000${message.ruleId}\u0000${message.line}:${message.column}\u0000${message.message}`;
    if (seenMessages.has(key)) return;
    seenMessages.add(key);
    state.messages.push({ ...message, message: detach(message.message), path: detach(message.path) });
  };

  for (const input of paths) {
    const path = toInternal(input, cwd);
    const settings = rulesFor(path);
    const loaded = defaultsCache.get(path) ?? (await loadFile(path));
    if (!loaded) throw new FileReadError(`no such file: ${display(path, cwd)}`);
    const state = stateOf(path, loaded.file, loaded.file?.text);
    const schema = settings.get('schema');
    if (schema) for (const p of loaded.problems) add(state, at('schema', schema.severity, p, p.pointer));
    if (!loaded.file || loaded.problems.length > 0) continue;
    const document = loaded.file.value as PolicyDocument;
    const duplicate = settings.get('duplicate-id');
    if (duplicate) for (const p of duplicateMethodIds(loaded.file)) add(state, at('duplicate-id', duplicate.severity, p, p.pointer));
    if (document.kind === 'ClinicDefaults') {
      defaultsCache.set(path, loaded);
      continue;
    }
    const resolved = await resolveExtends(loaded.file, { load: loadDefaults, root, display: (p) => display(p, cwd) });
    if (!resolved.policy) {
      if (schema) for (const p of resolved.problems) add(state, at('schema', schema.severity, p, p.pointer));
      continue;
    }
    const policy = resolved.policy;
    const clinic = detach(document.metadata.clinic ?? clinicFromPath(relative(root, path).split(sep).join('/')));
    const idLocation = locate(loaded.file, '/metadata/id');
    const key = detach(`${clinic}\u0000${document.metadata.id}`);
    const entry = { path, clinic, line: idLocation.line, column: idLocation.column };
    const sameId = policyIds.get(key);
    if (sameId) sameId.push(entry);
    else policyIds.set(key, [entry]);
    runPolicyRules(policy, settings, today, (file, message) => add(stateOf(file.path, file, file.text), message));
  }

  const duplicate = (path: string) => rulesFor(path).get('duplicate-id');
  for (const entries of policyIds.values()) {
    if (entries.length < 2) continue;
    for (const entry of entries) {
      const setting = duplicate(entry.path);
      if (!setting) continue;
      const others = entries.filter((e) => e !== entry).map((e) => display(e.path, cwd));
      const scope = entry.clinic === '' ? 'among policies with no clinic' : `in clinic "${entry.clinic}"`;
      add(states.get(entry.path)!, {
        ruleId: 'duplicate-id',
        severity: setting.severity,
        message: `policy id is used more than once ${scope}: also in ${others.join(', ')}`,
        line: entry.line,
        column: entry.column,
        path: '/metadata/id',
      });
    }
  }

  return [...states.values()].map((state) => finish(state, rulesFor(state.path)));
}

/** `extends` stays inside the root on disk too: a symbolic link on the way may not lead out of it. */
function assertInsideOnDisk(path: string, root: string, cwd: string): void {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  const target = real(path);
  const inside = relative(real(root), target);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new FileReadError(`${display(path, cwd)} leads outside the repository through a symbolic link (to ${target})`);
  }
}

/** Lints in-memory sources as one project (used by the API). Paths are POSIX, relative to the project root. */
export async function lintSources(sources: readonly { path: string; source: string }[], options: Omit<LintOptions, 'reader' | 'cwd' | 'root'> = {}): Promise<LintResult[]> {
  const byPath = new Map(sources.map((s) => [posix.join('/', s.path), s.source]));
  return lintFiles([...byPath.keys()], {
    ...options,
    config: options.config ?? defaultConfig('/'),
    cwd: '/',
    root: '/',
    reader: async (path) => byPath.get(path),
  });
}

function runPolicyRules(policy: EffectivePolicy, settings: ReadonlyMap<string, RuleSetting>, today: string, emit: (file: ParsedFile, message: LintMessage) => void): void {
  const spec: Spec = policy.value.spec ?? {};
  for (const [id, setting] of settings) {
    const rule = rules.get(id)!;
    if (!rule.check) continue;
    rule.check({
      policy: policy.value,
      spec,
      options: setting.options,
      today,
      report(path, message) {
        const origin = placeOf(policy, path);
        const location = locate(origin.file, origin.pointer);
        emit(origin.file, { ruleId: id, severity: setting.severity, message, line: location.line, column: location.column, path });
      },
    });
  }
}

/**
 * Where a finding goes: a present field is reported where it is written (a ClinicDefaults file for an inherited one);
 * a missing field is reported in the policy file, at the nearest ancestor the policy itself writes (else `spec:`, else 1:1).
 */
function placeOf(policy: EffectivePolicy, path: string): Origin {
  const segments = pointerSegments(path);
  let node: unknown = policy.value;
  let depth = 0;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) break;
    node = (node as Record<string, unknown>)[segment];
    depth++;
  }
  if (depth === segments.length) return policy.origin(path);
  for (let d = depth; d >= 0; d--) {
    const origin = policy.origin(toPointer(segments.slice(0, d)));
    if (origin.file === policy.file) return origin;
  }
  return { file: policy.file, pointer: '' };
}

function at(ruleId: string, severity: Severity, position: { line: number; column: number; message: string }, path: string): LintMessage {
  return { ruleId, severity, message: position.message, line: position.line, column: position.column, path };
}

function finish(state: FileState, settings: ReadonlyMap<string, RuleSetting>): LintResult {
  const applied = applyDirectives(state.messages, state.directives, knownRuleIds);
  const directiveMessages = applied.directiveMessages.flatMap((m) => {
    const setting = settings.get(m.ruleId);
    return setting ? [{ ...m, severity: setting.severity }] : [];
  });
  const messages = [...applied.messages, ...directiveMessages].sort(byPosition);
  return { filePath: state.filePath, messages, suppressedMessages: applied.suppressed.sort(byPosition) };
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/** The clinic of a file under clinics/<clinic>/…, else '' (the shared namespace). */
export function clinicFromPath(relativePath: string): string {
  const parts = relativePath.split('/');
  const index = parts.indexOf('clinics');
  return index !== -1 && index < parts.length - 2 ? parts[index + 1]! : '';
}

/**
 * A copy of a string that owns its characters. Values parsed from a file are often V8 slices of the whole
 * file text; keeping one until the end of the run would keep every file's text alive.
 */
function detach(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

function toInternal(path: string, cwd: string): string {
  return resolve(cwd, path);
}

function display(path: string, cwd: string): string {
  const shown = relative(cwd, path).split(sep).join('/');
  return shown === '' ? path : shown;
}
