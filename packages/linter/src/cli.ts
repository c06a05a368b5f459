import { readFileSync, statSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isMainThread, workerData } from 'node:worker_threads';
import { didYouMean, isCalendarDate, JURISDICTION, policySchemaPath, SLUG } from '@clearframe/schema';
import { ConfigError, findConfigFile, loadConfig, type ResolvedConfig } from './config.js';
import { collectFiles, PathError } from './files.js';
import { formatterNames, loadFormatter } from './formatters/index.js';
import { repositoryRoot } from './formatters/paths.js';
import { FileReadError, lintFiles, lintSources, todayUtc } from './lint.js';
import { rules } from './rules/index.js';
import type { LintResult } from './types.js';

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
}

// Read on demand: only help, --version and the SARIF report need it.
let version: string | undefined;
const cliVersion = () => (version ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version);

const helpText = () => `clearframe ${cliVersion()} — lint communications and social-media policies

Usage: clearframe <command> [options]    (clearframe <command> --help for its options and examples)

Commands:
  clearframe lint [paths…] [options]   lint policy files (default: the config's include)
  clearframe rules                      list the rules
  clearframe explain <rule-id>          why a rule exists, its source, how to fix it
  clearframe init [--id ID] [--name NAME] [--jurisdiction XX] [--output FILE]
                                        write a starter policy to fill in
  clearframe schema                     print the policy JSON Schema
  clearframe publish --api URL --token TOKEN [--prune] [paths…]
                                        send lint-clean policies to the Clearframe API

Lint options:
  --format stylish|json|sarif|github|junit|markdown   output format (default stylish)
  --output FILE          write the report to FILE instead of stdout
  --max-warnings N       exit 1 when there are more than N warnings
  --quiet                report errors only
  --config FILE          use this config file (default: clearframe.config.yaml, searched upwards)
  --today YYYY-MM-DD     lint date for date rules (default: today, UTC)
  --cache                reuse the results of files unchanged since the last run
  --cache-location FILE  the cache file (default .clearframecache; implies --cache)
  --concurrency auto|off|N
                         lint in N worker threads (auto: one per core on large runs; default off)
  --base-dir DIR         SARIF and github paths are relative to DIR
                         (default: the git top level, else the working directory)
  --junit-failures error|warning|info
                         lowest severity that fails a JUnit test case (default error)
  --link-base URL        markdown: link each finding to URL/<path from the git root>#L<line>

Exit codes: 0 clean, 1 lint failures, 2 usage, config or file errors.

Examples:
  clearframe lint                                   lint the files the config includes
  clearframe lint clinics/riverbend --max-warnings 0
  clearframe explain crisis-route-required`;

/** `clearframe <command> --help`: usage, options and examples of one command, as ESLint and git print them. */
const commandHelp: Record<string, () => string | Promise<string>> = {
  lint: () => `Usage: clearframe lint [paths…] [options]

Lints policy files and directories (directories with the config's include/exclude globs; a file
named here is always linted). Without paths: the files the config includes, from its directory.

Options:
${/* One list of lint options: the one in the main help. */ helpText().split('Lint options:\n')[1]!.split('\n\nExit codes:')[0]}

Examples:
  clearframe lint                                          the config's files, from the current directory
  clearframe lint clinics/riverbend/policies/jane.yaml     one policy (and the defaults it extends)
  clearframe lint clinics --max-warnings 0                 fail on any warning too
  clearframe lint clinics --format sarif --output clearframe.sarif
                                                           for GitHub code scanning (paths from the git root)
  clearframe lint clinics --format junit --junit-failures warning --output report.xml
                                                           a JUnit report where warnings fail too
  clearframe lint --today 2026-06-01                       lint as of a date (policy-review-stale)

Exit codes: 0 clean, 1 lint failures, 2 usage, config or file errors.`,
  rules: () => `Usage: clearframe rules [--format table|json]

Lists every rule with its severity in the recommended preset, its description and its source.

Examples:
  clearframe rules
  clearframe rules --format json      the same as JSON (id, severity, description, source, docsUrl, …)`,
  explain: () => `Usage: clearframe explain <rule-id>

Prints a rule's docs page: why it exists and where the idea comes from, incorrect and correct
YAML, its options and when not to use it.

Examples:
  clearframe explain crisis-route-required
  clearframe explain policy-review-stale`,
  init: () => `Usage: clearframe init [--id ID] [--name NAME] [--jurisdiction XX] [--output FILE] [--force]

Writes a starter CommunicationPolicy with a line to fill in for every field that needs one.
  --id ID              policy id: lower-case letters, digits and dashes (default my-policy)
  --name NAME          the clinician's name (default: a [placeholder] to fill in)
  --jurisdiction XX    ISO 3166 code such as US, US-CA or GB (default US)
  --output FILE, -o    where to write it (default <id>.yaml)
  --force              overwrite FILE if it exists

Examples:
  clearframe init --id jane-rivera --name "Dr. Jane Rivera" --jurisdiction US-CA
  clearframe init --output clinics/riverbend/policies/sam-okafor.yaml --id sam-okafor`,
  schema: () => `Usage: clearframe schema

Prints the policy JSON Schema, for editors (yaml-language-server) and other validators.

Examples:
  clearframe schema > clearframe.schema.json
  # first line of a policy, for completion and checks in the editor:
  # yaml-language-server: $schema=clearframe.schema.json`,
  publish: async () => `${(await import('./publish.js')).USAGE}

Examples:
  CLEARFRAME_TOKEN=… clearframe publish --api https://policies.example.org clinics/riverbend
  clearframe publish --api http://127.0.0.1:4000 --token "$TOKEN" --clinic riverbend policy.yaml`,
};

class UsageError extends Error {
  override name = 'UsageError';
}

const defaultIo = (): Io => ({
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  // A worker thread of --concurrency loads the same entry (the one-file bundle): it lints its part and stops.
  if (!isMainThread && (workerData as Record<string, unknown> | null)?.clearframeLintPart !== undefined) {
    await (await import('./parallel.js')).runLintWorker();
    return 0;
  }
  const [command, ...rest] = argv;
  try {
    // `--help` anywhere before `--` asks for the command's help instead of running it.
    const help = command === undefined ? undefined : commandHelp[command];
    if (help && Object.hasOwn(commandHelp, command!) && rest.slice(0, rest.includes('--') ? rest.indexOf('--') : undefined).some((a) => a === '--help' || a === '-h')) {
      io.stdout(`${await help()}\n`);
      return 0;
    }
    switch (command) {
      case 'lint':
        return await lintCommand(rest, io);
      case 'rules':
        return rulesCommand(rest, io);
      case 'explain':
        return await explainCommand(rest, io);
      case 'init':
        return await initCommand(rest, io);
      case 'schema':
        io.stdout(readFileSync(policySchemaPath, 'utf8'));
        return 0;
      case 'publish': {
        const { publishCommand } = await import('./publish.js');
        return await publishCommand(rest, io);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(helpText() + '\n');
        return command === undefined ? 2 : 0;
      case '--version':
      case '-v':
        io.stdout(cliVersion() + '\n');
        return 0;
      default: {
        const hint = didYouMean(command, ['lint', 'rules', 'explain', 'init', 'schema', 'publish']);
        throw new UsageError(`unknown command "${command}"${hint ? ` — did you mean "${hint}"?` : ''}; run clearframe --help`);
      }
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof PathError || error instanceof FileReadError) {
      io.stderr(`clearframe: ${error.message}\n`);
    } else {
      // An internal error: one line for the user; the stack only when asked for.
      io.stderr(`clearframe: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.CLEARFRAME_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    }
    return 2;
  }
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

async function lintCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f', default: 'stylish' },
    output: { type: 'string', short: 'o' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    config: { type: 'string', short: 'c' },
    today: { type: 'string' },
    'base-dir': { type: 'string' },
    'junit-failures': { type: 'string', default: 'error' },
    'link-base': { type: 'string' },
    cache: { type: 'boolean', default: false },
    'cache-location': { type: 'string' },
    concurrency: { type: 'string', default: 'off' },
  });
  const concurrency = values.concurrency === 'auto' || values.concurrency === 'off' ? values.concurrency : /^[1-9]\d{0,2}$/.test(values.concurrency) ? Number(values.concurrency) : undefined;
  if (concurrency === undefined) throw new UsageError(`--concurrency takes auto, off or a number of threads from 1 to 999, not "${values.concurrency}"`);
  if (!(formatterNames as readonly string[]).includes(values.format)) {
    throw new UsageError(`unknown format "${values.format}"; use one of ${formatterNames.join(', ')}`);
  }
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}"`);
    maxWarnings = Number(values['max-warnings']);
  }
  const junitFailures = values['junit-failures'];
  if (junitFailures !== 'error' && junitFailures !== 'warning' && junitFailures !== 'info') throw new UsageError(`--junit-failures takes error, warning or info, not "${junitFailures}"`);
  const today = values.today ?? todayUtc();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !isCalendarDate(today)) throw new UsageError(`--today takes a date as YYYY-MM-DD, not "${today}"`);

  // Without --config, the config is searched from the first directory named on the command line, else from cwd.
  const searchFrom = positionals[0] ? configSearchStart(resolve(io.cwd, positionals[0])) : io.cwd;
  const config = values.config ? loadConfig(values.config, io.cwd) : loadConfig(findConfigFile(searchFrom), io.cwd);
  const files = await collectFiles(positionals, config, io.cwd);
  const formatter = await loadFormatter(values.format);
  const results = await lintWith(files, { config, today, cwd: io.cwd }, { cache: values.cache, cacheLocation: values['cache-location'], concurrency, debug: io.stderr });

  const counts = count(results);
  const shown = values.quiet ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') })) : results;
  const { ruleDoc } = await import('./docs.js');
  const output = formatter(shown, {
    cwd: io.cwd,
    baseDir: values['base-dir'] ? resolve(io.cwd, values['base-dir']) : (repositoryRoot(io.cwd) ?? io.cwd),
    rules: new Map([...rules].map(([id, rule]) => [id, rule.meta])),
    color: io.isTty && !values.output,
    version: cliVersion(),
    junitFailures,
    linkBase: values['link-base'],
    ruleDoc: (id) => (rules.has(id) ? ruleDoc(id) : undefined),
    readSource: (filePath) => {
      try {
        return readFileSync(resolve(io.cwd, filePath), 'utf8');
      } catch {
        return undefined;
      }
    },
    warn: (message) => io.stderr(`clearframe: warning: ${message}\n`),
  });
  if (values.output) {
    const target = resolve(io.cwd, values.output);
    // Write then rename, so a CI step never reads a half-written report.
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, output);
    await rename(temporary, target);
  } else if (output) {
    io.stdout(output.endsWith('\n') ? output : output + '\n');
  }
  if (counts.errors > 0) return 1;
  if (counts.warnings > maxWarnings) {
    io.stderr(`clearframe: ${counts.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** Plain, cached or across worker threads: the same results in the same order (cache.ts and parallel.ts say why). */
async function lintWith(files: string[], options: { config: ResolvedConfig; today: string; cwd: string }, how: { cache: boolean; cacheLocation: string | undefined; concurrency: number | 'auto' | 'off'; debug: (text: string) => void }): Promise<LintResult[]> {
  if (how.cache || how.cacheLocation !== undefined) {
    const { lintWithCache, DEFAULT_CACHE_LOCATION } = await import('./cache.js');
    // With CLEARFRAME_DEBUG set, says how much the cache saved (tests check that it is really used).
    const onStats = process.env.CLEARFRAME_DEBUG ? (s: { reused: number; linted: number }) => how.debug(`clearframe: cache: ${s.reused} files reused, ${s.linted} linted\n`) : undefined;
    return lintWithCache(files, { ...options, location: how.cacheLocation ?? DEFAULT_CACHE_LOCATION, version: cliVersion(), concurrency: how.concurrency, onStats });
  }
  if (how.concurrency === 'off' || how.concurrency === 1) return lintFiles(files, options);
  const { lintConcurrently } = await import('./parallel.js');
  return lintConcurrently(files, options, how.concurrency);
}

function configSearchStart(path: string): string {
  try {
    return statSync(path).isDirectory() ? path : dirname(path);
  } catch {
    return dirname(path);
  }
}

function count(results: readonly LintResult[]) {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.severity === 'error') errors++;
      else if (message.severity === 'warning') warnings++;
    }
  }
  return { errors, warnings };
}

function rulesCommand(args: string[], io: Io): number {
  const { values } = parse(args, { format: { type: 'string', default: 'table' } }, false);
  const metas = [...rules.values()].map((r) => r.meta);
  if (values.format === 'json') {
    io.stdout(JSON.stringify(metas, null, 2) + '\n');
    return 0;
  }
  if (values.format !== 'table') throw new UsageError(`unknown format "${values.format}"; use table or json`);
  const width = Math.max(...metas.map((m) => m.id.length));
  const lines = metas.map((m) => `${m.id.padEnd(width)}  ${m.severity.padEnd(7)}  ${m.description}  [${m.source}]`);
  io.stdout(`${'rule'.padEnd(width)}  severity  description  [source]\n${lines.join('\n')}\n`);
  return 0;
}

async function explainCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parse(args, {});
  const id = positionals[0];
  if (!id) throw new UsageError('explain needs a rule id; run clearframe rules for the list');
  const rule = rules.get(id);
  if (!rule) {
    const hint = didYouMean(id, [...rules.keys()]);
    throw new UsageError(`unknown rule "${id}"${hint ? ` — did you mean "${hint}"?` : '; run clearframe rules for the list'}`);
  }
  const { ruleDoc } = await import('./docs.js');
  io.stdout(`${ruleDoc(id).trimEnd()}\n\nDocs: ${rule.meta.docsUrl}\n`);
  return 0;
}

async function initCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    id: { type: 'string', default: 'my-policy' },
    name: { type: 'string' },
    jurisdiction: { type: 'string', default: 'US' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean', default: false },
  }, false);
  if (!SLUG.test(values.id)) throw new UsageError(`--id must use lower-case letters, digits and dashes, not "${values.id}"`);
  if (!JURISDICTION.test(values.jurisdiction)) throw new UsageError(`--jurisdiction takes an ISO 3166 code such as US, US-CA or GB, not "${values.jurisdiction}"`);
  const target = resolve(io.cwd, values.output ?? `${values.id}.yaml`);
  const { starterPolicy } = await import('./init.js');
  const text = starterPolicy({ id: values.id, ...(values.name ? { name: values.name } : {}), jurisdiction: values.jurisdiction, today: todayUtc() });
  try {
    await writeFile(target, text, { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${values.output ?? `${values.id}.yaml`} already exists; use --force to overwrite it`);
    throw new UsageError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const shown = values.output ?? `${values.id}.yaml`;
  // Count what lint will list, so the message and the lint output agree.
  const [result] = await lintSources([{ path: shown, source: text }], { today: todayUtc() });
  const blanks = (result?.messages ?? []).filter((m) => m.ruleId === 'placeholder-text').length;
  io.stdout(`wrote ${shown}; ${blanks} ${blanks === 1 ? 'line' : 'lines'} to fill in: run clearframe lint ${shown} to see them\n`);
  return 0;
}
