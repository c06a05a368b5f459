import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import type Picomatch from 'picomatch';
import { didYouMean, parseYaml, validateConfigFile, locate, type LinterConfigFile } from '@clearframe/schema';
import { rules } from './rules/index.js';
import { optionDefaults } from './rule.js';
import type { Level, RuleOption, RuleOptions, RuleOptionsSchema, Severity } from './types.js';

export const CONFIG_FILE = 'clearframe.config.yaml';
export const DEFAULT_INCLUDE = ['**/*.yaml', '**/*.yml'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', `**/${CONFIG_FILE}`];

// Loaded only when a config file has overrides; the lint of a single file without them never pays for it.
const require = createRequire(import.meta.url);
const picomatch = (...args: Parameters<typeof Picomatch>) => (require('picomatch') as typeof Picomatch)(...args);

/** A configuration problem: the CLI exits 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface RuleSetting {
  severity: Severity;
  options: RuleOptions;
}

type RuleEntry = { level: Level; options?: RuleOptions };

export interface ResolvedConfig {
  /** Absolute path of the config file, if one was found. */
  filePath?: string;
  /** Directory that include/exclude/overrides globs are relative to. */
  baseDir: string;
  preset: 'recommended' | 'strict';
  include: string[];
  exclude: string[];
  rules: Record<string, RuleEntry>;
  overrides: { match: (relativePath: string) => boolean; rules: Record<string, RuleEntry> }[];
  /** Web address of the policy repository (https), for links to published commits. */
  repository?: string;
}

/** The configuration used when there is no config file. */
export function defaultConfig(baseDir = process.cwd()): ResolvedConfig {
  return { baseDir, preset: 'recommended', include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE, rules: {}, overrides: [] };
}

/** Finds clearframe.config.yaml in `cwd` or a parent directory. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = resolve(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir || existsSync(resolve(dir, '.git'))) return undefined;
  }
}

/** Loads and checks a config file; throws ConfigError with file:line:column on any problem. */
export function loadConfig(configPath: string | undefined, cwd = process.cwd()): ResolvedConfig {
  const filePath = configPath ? resolve(cwd, configPath) : findConfigFile(cwd);
  if (!filePath) return defaultConfig(cwd);
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config file ${relative(cwd, filePath) || filePath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return configFromSource(text, relative(cwd, filePath) || filePath, filePath);
}

/** Checks config text (e.g. sent with a publish); `shown` names it in messages; globs are relative to `filePath`'s directory. */
export function configFromSource(text: string, shown: string, filePath = resolve('/', shown)): ResolvedConfig {
  const parsed = parseYaml(text, filePath);
  const first = parsed.problems[0];
  if (first) throw new ConfigError(`${shown}:${first.line}:${first.column} ${first.message}`);
  const file = parsed.file!;
  if (file.value === null || file.value === undefined) return { ...defaultConfig(dirname(filePath)), filePath };
  const invalid = validateConfigFile(file)[0];
  if (invalid) throw new ConfigError(`${shown}:${invalid.line}:${invalid.column} ${invalid.message}`);
  const raw = file.value as LinterConfigFile;
  const fail = (pointer: string, message: string): never => {
    const { line, column } = locate(file, pointer);
    throw new ConfigError(`${shown}:${line}:${column} ${message}`);
  };
  const ruleEntries = (block: LinterConfigFile['rules'], pointer: string): Record<string, RuleEntry> => {
    const out: Record<string, RuleEntry> = {};
    for (const [id, value] of Object.entries(block ?? {})) {
      const rule = rules.get(id);
      if (!rule) {
        const hint = didYouMean(id, [...rules.keys()]);
        fail(`${pointer}/${id}`, `unknown rule "${id}"${hint ? ` — did you mean "${hint}"?` : '; run `clearframe rules` for the list'}`);
      }
      const [level, options] = (Array.isArray(value) ? value : [value]) as [Level, Record<string, unknown>?];
      if (id === 'schema' && level !== 'error') fail(`${pointer}/${id}`, 'rule "schema" cannot be changed: a file that does not match the format is always an error');
      if (options) checkOptions(id, options, rule!.meta.options, (name, message) => fail(`${pointer}/${id}/1/${name}`, message));
      // checkOptions has checked each value against the rule's option schema.
      out[id] = { level, ...(options ? { options: options as RuleOptions } : {}) };
    }
    return out;
  };
  const baseDir = dirname(filePath);
  return {
    filePath,
    baseDir,
    preset: raw.extends ?? 'recommended',
    include: raw.include ?? DEFAULT_INCLUDE,
    exclude: [...DEFAULT_EXCLUDE, ...(raw.exclude ?? [])],
    ...(raw.repository ? { repository: raw.repository } : {}),
    rules: ruleEntries(raw.rules, '/rules'),
    overrides: (raw.overrides ?? []).map((override, index) => ({
      match: picomatch(override.files, { dot: true }),
      rules: ruleEntries(override.rules, `/overrides/${index}/rules`),
    })),
  };
}

/**
 * Checks a rule's options against its `meta.options` JSON Schema. Only the subset rules use is supported (an object
 * with additionalProperties false whose properties have type integer/number/string/boolean, minimum, maximum, enum);
 * test/meta.test.ts proves each rule stays in it and that ajv agrees with this check.
 */
export function checkOptions(id: string, options: Record<string, unknown>, schema: RuleOptionsSchema | undefined, fail: (name: string, message: string) => never): void {
  const known = schema?.properties ?? {};
  for (const [name, value] of Object.entries(options)) {
    const spec = Object.hasOwn(known, name) ? known[name] : undefined;
    if (!spec) {
      const names = Object.keys(known);
      return fail(name, `rule "${id}" has no option "${name}"${names.length ? ` (options: ${names.join(', ')})` : ' (it takes no options)'}`);
    }
    const problem = optionProblem(spec, value);
    if (problem) fail(name, `option "${name}" of rule "${id}" must be ${problem}`);
  }
}

/** What `value` must be to match `spec`, or undefined when it does. */
function optionProblem(spec: RuleOption, value: unknown): string | undefined {
  if (spec.type === 'boolean') return typeof value === 'boolean' ? undefined : 'a boolean';
  if (spec.type === 'string') {
    if (spec.enum) return typeof value === 'string' && spec.enum.includes(value) ? undefined : `one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}`;
    return typeof value === 'string' ? undefined : 'a string';
  }
  const whole = spec.type === 'integer';
  const inRange = typeof value === 'number' && (whole ? Number.isInteger(value) : Number.isFinite(value)) && !(spec.minimum !== undefined && value < spec.minimum) && !(spec.maximum !== undefined && value > spec.maximum);
  if (inRange) return undefined;
  const bounds = `${spec.minimum !== undefined ? ` ≥ ${spec.minimum}` : ''}${spec.maximum !== undefined ? ` ≤ ${spec.maximum}` : ''}`;
  return `${whole ? 'a whole number' : 'a number'}${bounds}`;
}

/** The effective severity and options of every enabled rule for one file. */
export function rulesFor(config: ResolvedConfig, absolutePath: string): Map<string, RuleSetting> {
  return settingsFor(config, matchingOverrides(config, absolutePath));
}

/**
 * `rulesFor` for one lint run: files that match the same overrides share one (read-only) settings map,
 * so the settings are built once per override combination instead of once per file.
 */
export function settingsResolver(config: ResolvedConfig): (absolutePath: string) => ReadonlyMap<string, RuleSetting> {
  const cache = new Map<string, Map<string, RuleSetting>>();
  return (absolutePath) => {
    const matched = matchingOverrides(config, absolutePath);
    const key = matched.join(',');
    let settings = cache.get(key);
    if (!settings) cache.set(key, (settings = settingsFor(config, matched)));
    return settings;
  };
}

function matchingOverrides(config: ResolvedConfig, absolutePath: string): number[] {
  if (config.overrides.length === 0) return [];
  const relativePath = relative(config.baseDir, absolutePath).split(sep).join('/');
  const matched: number[] = [];
  config.overrides.forEach((override, index) => {
    if (override.match(relativePath)) matched.push(index);
  });
  return matched;
}

function settingsFor(config: ResolvedConfig, matched: readonly number[]): Map<string, RuleSetting> {
  const entries: Record<string, RuleEntry> = { ...config.rules };
  for (const index of matched) Object.assign(entries, config.overrides[index]!.rules);
  const settings = new Map<string, RuleSetting>();
  for (const [id, rule] of rules) {
    const entry = entries[id];
    const preset: Severity = config.preset === 'strict' && rule.meta.severity === 'warning' ? 'error' : rule.meta.severity;
    const level = id === 'schema' ? 'error' : (entry?.level ?? preset);
    if (level === 'off') continue;
    settings.set(id, { severity: level, options: { ...optionDefaults(rule.meta), ...entry?.options } });
  }
  return settings;
}

/**
 * The entries of a config that would turn a floor rule off or below error (policy-format.md, "Publishing floor"):
 * one message per entry, naming the config file and the rule. Empty when the config keeps the floor.
 */
export function floorViolations(config: ResolvedConfig, floor: ReadonlySet<string>): string[] {
  const where = config.filePath ? `${relative(config.baseDir, config.filePath) || config.filePath}: ` : '';
  const check = (entries: Record<string, RuleEntry>, scope: string) =>
    Object.entries(entries).flatMap(([id, entry]) =>
      floor.has(id) && entry.level !== 'error'
        ? [`${where}${scope}rule "${id}" is set to ${entry.level}, but it is part of the publishing floor: it stays an error when publishing; remove the entry or set it to error`]
        : [],
    );
  return [...check(config.rules, ''), ...config.overrides.flatMap((o, index) => check(o.rules, `overrides[${index}]: `))];
}

/**
 * The web page of a commit in the repository: GitHub and most forges use /commit/<sha>, GitLab /-/commit/<sha>,
 * Bitbucket /commits/<sha>. Undefined unless `commit` looks like a commit hash.
 */
export function commitUrl(repository: string, commit: string): string | undefined {
  if (!/^[0-9a-f]{7,64}$/i.test(commit)) return undefined;
  const base = repository.replace(/\/+$/, '').replace(/\.git$/, '');
  const host = new URL(base).hostname;
  const path = host.includes('gitlab') ? '/-/commit/' : host.includes('bitbucket') ? '/commits/' : '/commit/';
  return `${base}${path}${commit}`;
}
