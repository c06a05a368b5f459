import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { defaultConfig, loadConfig, type ResolvedConfig } from './config.js';
import { FileReadError, lintFiles, lintProject, type LintOptions } from './lint.js';
import { clinicFromPath } from './layout.js';
import { rules } from './rules/index.js';
import type { LintResult, ProjectLint } from './types.js';

/**
 * Linting in parts that cannot see each other, merged into exactly what one run over every file reports.
 *
 * One run's output depends across files only through `extends` (a finding on an inherited field lands in the
 * ClinicDefaults file, once, under that file's disable comments) and through duplicate policy ids. So a run's results
 * split into closed groups: files joined by a policy's chain, the files its findings land in, and a shared policy id.
 * Groups linted apart give the same results as linted together, as long as no two parts touch the same file or id
 * (else those parts are linted again together). The order of the results is the order in which one run would first
 * touch each file: at the input that names it, or earlier at the first policy whose finding lands in it.
 */

/** Whether an input that is not a resolved policy may depend on files its results do not name. */
export type Unseen = (filePath: string) => boolean;

/** One closed group of a run: its results (in run order) and what it depends on. */
export interface Group {
  /** Display paths of the inputs in the group, in input order. */
  inputs: string[];
  /** Display paths of every file the group's results depend on or land in (inputs, chains, findings' files). */
  files: string[];
  /** Policy ids in the group (duplicate-id joins policies across files). */
  ids: string[];
  results: LintResult[];
  /** Per result: the display path of the input at which one run would create it. */
  anchors: string[];
  /** Inputs that are not a resolved policy, whose text mentions `extends`: they depend on files the run does not report. */
  volatile: boolean;
}

export interface PartOptions extends Omit<LintOptions, 'reader' | 'config'> {
  config: ResolvedConfig;
  cwd: string;
}

/** What a worker sends back: only what grouping needs, not the effective documents. */
interface PartOutput {
  results: LintResult[];
  /** `ids`: the keys duplicate-id could compare this policy by (clinic + id, the clinic as written or from its path). */
  policies: { filePath: string; files: string[]; touched: string[]; ids: string[] }[];
}

export function display(path: string, cwd: string): string {
  const shown = relative(cwd, path).split(sep).join('/');
  return shown === '' ? path : shown;
}

/** Project rules other than duplicate-id would join files in ways grouping does not know: then lint in one run. */
export function groupingIsSafe(): boolean {
  return [...rules.values()].every((rule) => !rule.checkProject || rule.meta.id === 'duplicate-id');
}

/** Lints one part of the files as a project and keeps what grouping needs. */
export async function lintPart(paths: readonly string[], options: PartOptions): Promise<PartOutput> {
  const run: ProjectLint = await lintProject(paths, options);
  const root = options.root ?? options.config.baseDir;
  return {
    results: run.results,
    policies: run.policies.map((p) => {
      const id = p.document.metadata?.id;
      const clinics = new Set([p.document.metadata?.clinic, clinicFromPath(relative(root, resolve(options.cwd, p.filePath)).split(sep).join('/'))]);
      return {
        filePath: p.filePath,
        files: p.files,
        touched: [...new Set([...p.messages, ...p.suppressedMessages].map((m) => m.filePath))],
        ids: typeof id === 'string' ? [...clinics].filter((c) => typeof c === 'string').map((c) => `${c}\u0000${id}`) : [],
      };
    }),
  };
}

/**
 * Splits one part's run into closed groups. `inputs` are the part's inputs (display paths, in order); `unseen` says
 * whether an input that is not a resolved policy may still read other files (an `extends` that did not resolve).
 */
export function groupsOf(part: PartOutput, inputs: readonly string[], unseen: Unseen): Group[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const input of inputs) find(input);
  for (const result of part.results) find(result.filePath);
  for (const policy of part.policies) {
    for (const file of [...policy.files, ...policy.touched]) union(policy.filePath, file);
    for (const id of policy.ids) union(policy.filePath, `id\u0000${id}`);
  }

  const index = new Map(inputs.map((input, i) => [input, i]));
  const anchor = new Map<string, number>();
  for (const [i, input] of inputs.entries()) anchor.set(input, i);
  for (const policy of part.policies) {
    const at = index.get(policy.filePath)!;
    for (const file of policy.touched) if (!((anchor.get(file) ?? Infinity) <= at)) anchor.set(file, at);
  }
  const resolvedPolicies = new Set(part.policies.map((p) => p.filePath));

  const groups = new Map<string, Group>();
  const groupOf = (node: string) => {
    const root = find(node);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { inputs: [], files: [], ids: [], results: [], anchors: [], volatile: false }));
    return group;
  };
  for (const input of inputs) {
    const group = groupOf(input);
    group.inputs.push(input);
    if (!resolvedPolicies.has(input) && unseen(input)) group.volatile = true;
  }
  for (const node of parent.keys()) {
    if (node.startsWith('id\u0000')) groupOf(node).ids.push(node.slice(3));
    else groupOf(node).files.push(node);
  }
  for (const result of part.results) {
    const group = groupOf(result.filePath);
    const at = anchor.get(result.filePath);
    if (at === undefined) throw new Error(`internal: no input created the result of ${result.filePath}`);
    group.results.push(result);
    group.anchors.push(inputs[at]!);
  }
  for (const group of groups.values()) group.ids.sort();
  return [...groups.values()].filter((g) => g.inputs.length > 0 || g.results.length > 0);
}

/** Indexes of groups that share a file or a policy id with a group of another part (these must be linted together). */
export function collisions(parts: readonly Group[][]): Set<Group> {
  const owner = new Map<string, number>();
  const clash = new Set<string>();
  parts.forEach((groups, part) => {
    for (const group of groups) {
      for (const key of [...group.files, ...group.ids.map((id) => `id\u0000${id}`)]) {
        const seen = owner.get(key);
        if (seen !== undefined && seen !== part) clash.add(key);
        else owner.set(key, part);
      }
    }
  });
  const colliding = new Set<Group>();
  for (const groups of parts) {
    for (const group of groups) {
      if ([...group.files, ...group.ids.map((id) => `id\u0000${id}`)].some((key) => clash.has(key))) colliding.add(group);
    }
  }
  return colliding;
}

/** The results of closed groups in the order one run over `inputs` reports them. */
export function merge(groups: readonly Group[], inputs: readonly string[]): LintResult[] {
  const index = new Map(inputs.map((input, i) => [input, i]));
  const rows: { at: number; group: number; position: number; result: LintResult }[] = [];
  groups.forEach((group, g) => {
    group.results.forEach((result, position) => {
      const at = index.get(group.anchors[position]!);
      if (at === undefined) throw new Error(`internal: ${group.anchors[position]} is not an input of this run`);
      rows.push({ at, group: g, position, result });
    });
  });
  rows.sort((a, b) => a.at - b.at || a.group - b.group || a.position - b.position);
  return rows.map((row) => row.result);
}

/** Workers to use: `auto` uses every core once there are enough files to pay for starting them. */
export function workerCount(concurrency: number | 'auto' | 'off', files: number): number {
  if (concurrency === 'off') return 1;
  if (concurrency === 'auto') return Math.max(1, Math.min(availableParallelism(), Math.floor(files / 200)));
  return Math.max(1, Math.min(concurrency, files));
}

/** Cuts the inputs into `count` contiguous parts of about the same size, each cut where the directory changes. */
export function splitInputs(paths: readonly string[], count: number): string[][] {
  const parts: string[][] = [];
  let start = 0;
  for (let k = 1; k <= count && start < paths.length; k++) {
    let end = k === count ? paths.length : Math.max(start + 1, Math.round((paths.length * k) / count));
    while (end < paths.length && end > start && dirname(paths[end]!) === dirname(paths[end - 1]!)) end++;
    parts.push(paths.slice(start, end));
    start = end;
  }
  if (start < paths.length) parts.push(paths.slice(start));
  return parts;
}

/** A part linted in a worker thread. */
interface PartTask {
  paths: string[];
  cwd: string;
  configFile: string | undefined;
  baseDir: string;
  /** The main thread's config as JSON: the worker checks it loaded the same one. */
  configJson: string;
  today: string | undefined;
  root: string | undefined;
  floor: string[] | undefined;
}

const WORKER_KEY = 'clearframeLintPart';

/** True in a worker thread started by `lintConcurrently` (the CLI entry then only runs the worker). */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_KEY] !== undefined;
}

/** Built with tsc: lint-worker.js beside this module. In the one-file bundle: the bundle itself (its CLI entry runs the worker). */
function workerEntry(): URL {
  const self = new URL(import.meta.url);
  if (self.pathname.endsWith('/parallel.js')) return new URL('./lint-worker.js', self);
  if (!self.pathname.endsWith('.ts')) return self;
  // Under the test runner this module is TypeScript, which a worker cannot load: use the built one.
  const built = new URL('../dist/lint-worker.js', self);
  if (!existsSync(fileURLToPath(built))) throw new Error('--concurrency needs the built linter (npm run build)');
  return built;
}

function runPartInWorker(task: PartTask): Promise<PartOutput> {
  return new Promise((resolvePart, reject) => {
    const worker = new Worker(workerEntry(), { workerData: { [WORKER_KEY]: task } });
    let settled = false;
    worker.once('message', (message: { ok?: PartOutput; error?: { name: string; message: string } }) => {
      settled = true;
      if (message.ok) resolvePart(message.ok);
      else reject(message.error?.name === 'FileReadError' ? new FileReadError(message.error.message) : new Error(message.error?.message ?? 'lint worker failed'));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`lint worker stopped (exit code ${code}) before it answered`));
    });
  });
}

/** The body of a worker thread started by `lintConcurrently`: lints its part and posts the outcome. */
export async function runLintWorker(): Promise<void> {
  const task = (workerData as Record<string, PartTask>)[WORKER_KEY]!;
  try {
    const config = task.configFile ? loadConfig(task.configFile, task.cwd) : defaultConfig(task.baseDir);
    if (JSON.stringify(config) !== task.configJson) throw new Error('internal: a lint worker loaded a different configuration');
    const ok = await lintPart(task.paths, { config, cwd: task.cwd, today: task.today, root: task.root, floor: task.floor ? new Set(task.floor) : undefined });
    parentPort!.postMessage({ ok });
  } catch (error) {
    parentPort!.postMessage({ error: { name: (error as Error).name, message: (error as Error).message ?? String(error) } });
  }
}

/**
 * Lints `paths` (absolute) in `parts` parts, the first on this thread and the rest in worker threads, and returns the
 * closed groups of the whole project (parts that touch the same files are linted again together).
 */
export async function lintInParts(paths: readonly string[], options: PartOptions, count: number, unseen: Unseen): Promise<Group[]> {
  const cwd = options.cwd;
  const split = count > 1 && groupingIsSafe() ? splitInputs(paths, count) : [paths.slice()];
  const task = (part: string[]): PartTask => ({
    paths: part,
    cwd,
    configFile: options.config.filePath,
    baseDir: options.config.baseDir,
    configJson: JSON.stringify(options.config),
    today: options.today,
    root: options.root,
    floor: options.floor ? [...options.floor] : undefined,
  });
  // Every part runs to the end, so the error reported is the one of the earliest part, as one run would report it.
  const settled = await Promise.allSettled(split.map((part, k) => (k === 0 ? lintPart(part, options) : runPartInWorker(task(part)))));
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  const outputs = settled.map((s) => (s as PromiseFulfilledResult<PartOutput>).value);
  const parts = outputs.map((output, k) => groupsOf(output, split[k]!.map((p) => display(p, cwd)), unseen));
  return resolveCollisions(parts, paths, options, unseen);
}

/** Lints the groups that collide across parts again, together; returns every group of the project. */
export async function resolveCollisions(parts: Group[][], paths: readonly string[], options: PartOptions, unseen: Unseen): Promise<Group[]> {
  const colliding = collisions(parts);
  const kept = parts.flat().filter((g) => !colliding.has(g));
  if (colliding.size === 0) return kept;
  const again = new Set([...colliding].flatMap((g) => g.inputs));
  const redo = paths.filter((p) => again.has(display(p, options.cwd)));
  const output = await lintPart(redo, options);
  const regrouped = groupsOf(output, redo.map((p) => display(p, options.cwd)), unseen);
  if (collisions([kept, regrouped]).size > 0) throw new Error('internal: groups linted together still share files with others');
  return [...kept, ...regrouped];
}

/** `lintFiles` across worker threads: the same results, in the same order. */
export async function lintConcurrently(paths: readonly string[], options: PartOptions, concurrency: number | 'auto'): Promise<LintResult[]> {
  const absolute = paths.map((p) => resolve(options.cwd, p));
  const count = workerCount(concurrency, absolute.length);
  if (count === 1 || !groupingIsSafe()) return lintFiles(absolute, options);
  const groups = await lintInParts(absolute, options, count, () => true);
  return merge(groups, absolute.map((p) => display(p, options.cwd)));
}
