import { readFile, stat } from 'node:fs/promises';
import { posix, relative, resolve, sep } from 'node:path';
import {
  loadPolicySource,
  locate,
  MAX_FILE_BYTES,
  resolveExtends,
  type EffectivePolicy,
  type ParsedFile,
  type PolicyDocument,
  type Problem,
  type Spec,
} from '@clearframe/schema';
import { defaultConfig, rulesFor, type ResolvedConfig, type RuleSetting } from './config.js';
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

/** Reads from disk; files over the size limit are not read at all. */
export const diskReader: Reader = async (path) => {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new FileReadError(`${path} is a directory`);
    if (info.size > MAX_FILE_BYTES) return new Uint8Array(info.size > MAX_FILE_BYTES * 4 ? MAX_FILE_BYTES + 1 : info.size);
    return await readFile(path);
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
    state.messages.push(message);
  };

  for (const input of paths) {
    const path = toInternal(input, cwd);
    const settings = rulesFor(config, path);
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
    const clinic = document.metadata.clinic ?? clinicFromPath(relative(root, path).split(sep).join('/'));
    const idLocation = locate(loaded.file, '/metadata/id');
    const key = `${clinic}\u0000${document.metadata.id}`;
    policyIds.set(key, [...(policyIds.get(key) ?? []), { path, clinic, line: idLocation.line, column: idLocation.column }]);
    runPolicyRules(policy, settings, today, (file, message) => add(stateOf(file.path, file, file.text), message));
  }

  const duplicate = (path: string) => rulesFor(config, path).get('duplicate-id');
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

  return [...states.values()].map((state) => finish(state, config));
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

function runPolicyRules(policy: EffectivePolicy, settings: Map<string, RuleSetting>, today: string, emit: (file: ParsedFile, message: LintMessage) => void): void {
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
        const origin = policy.origin(path);
        const location = locate(origin.file, origin.pointer);
        emit(origin.file, { ruleId: id, severity: setting.severity, message, line: location.line, column: location.column, path });
      },
    });
  }
}

function at(ruleId: string, severity: Severity, position: { line: number; column: number; message: string }, path: string): LintMessage {
  return { ruleId, severity, message: position.message, line: position.line, column: position.column, path };
}

function finish(state: FileState, config: ResolvedConfig): LintResult {
  const applied = applyDirectives(state.messages, state.directives, knownRuleIds);
  const settings = rulesFor(config, state.path);
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

function toInternal(path: string, cwd: string): string {
  return resolve(cwd, path);
}

function display(path: string, cwd: string): string {
  const shown = relative(cwd, path).split(sep).join('/');
  return shown === '' ? path : shown;
}
