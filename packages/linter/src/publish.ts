import { readFile } from 'node:fs/promises';
import { posix, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { SLUG } from '@clearframe/schema';
import { parse as parseYamlValue } from 'yaml';
import { CONFIG_FILE, ConfigError, loadConfig } from './config.js';
import { collectFiles, PathError } from './files.js';
import { clinicFromPath } from './layout.js';

export interface PublishIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const USAGE = `Usage: clearframe publish --api URL [--token TOKEN] [--clinic SLUG] [--commit SHA] [--config FILE] [--prune] [paths…]

Sends policy files to the Clearframe API, one publish per clinic (the directory under clinics/,
or --clinic), with the repository's clearframe.config.yaml. The server lints them again with that
config and its publishing floor, and publishes them when no file has an error.
  --api URL       the API (http://host:4000 or …/graphql); env CLEARFRAME_API_URL
  --token TOKEN   publish token of the clinic; env CLEARFRAME_TOKEN (preferred in CI)
  --clinic SLUG   publish every file to this clinic
  --commit SHA    commit recorded with new versions; default env GITHUB_SHA or CI_COMMIT_SHA
  --config FILE   linter config that selects the files and is sent (default: clearframe.config.yaml)
  --prune         retire the clinic's published policies that are not among the files sent
                  (in the same transaction); send the whole clinic directory with it
Exit codes: 0 published or unchanged, 1 rejected (lint errors), 2 usage, config, network or auth error.`;

const MUTATION = `mutation PublishPolicies($input: PublishPoliciesInput!) {
  publishPolicies(input: $input) {
    status
    changes { filePath change reason policy { slug lintStatus exceptions { ruleId } } version { number } }
    retired { slug retiredAt }
    rejected { filePath messages { filePath ruleId severity message line column } }
    results { filePath warningCount infoCount }
  }
}`;

const TIMEOUT_MS = 60_000;
const MAX_EXTENDS_DEPTH = 8;

interface Payload {
  status: 'PUBLISHED' | 'UNCHANGED' | 'REJECTED';
  changes: {
    filePath: string;
    change: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'RESTORED';
    reason: 'PUBLISHED' | 'CLINIC_DEFAULTS';
    policy: { slug: string; lintStatus: string; exceptions: { ruleId: string }[] };
    version: { number: number };
  }[];
  retired: { slug: string; retiredAt: string }[];
  rejected: { filePath: string; messages: { filePath: string; ruleId: string; severity: string; message: string; line: number; column: number }[] }[];
  results: { filePath: string; warningCount: number; infoCount: number }[];
}

/** A problem that ends the command with exit code 2. */
class PublishError extends Error {
  override name = 'PublishError';
}

/** `clearframe publish`: exit 0 published (or unchanged), 1 rejected, 2 usage, network or auth error. */
export async function publishCommand(args: string[], io: PublishIo): Promise<number> {
  try {
    const options = parseOptions(args);
    const { protocol, hostname } = new URL(options.endpoint);
    if (protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(hostname)) {
      io.stderr(`clearframe publish: warning: the token goes to ${hostname} unencrypted; use an https URL\n`);
    }
    const { groups, config } = await clinicFiles(options, io.cwd);
    let rejected = false;
    for (const [clinic, paths] of groups) {
      const files = await Promise.all(paths.map(async (path) => ({ path, source: await readFile(resolve(io.cwd, path), 'utf8') })));
      const payload = await send(options, { clinic, files, ...(config ? { config } : {}), ...(options.commit ? { commit: options.commit } : {}), ...(options.prune ? { prune: true } : {}) });
      report(clinic, payload, io);
      if (payload.status === 'REJECTED') rejected = true;
    }
    return rejected ? 1 : 0;
  } catch (error) {
    if (error instanceof PublishError || error instanceof ConfigError || error instanceof PathError) {
      io.stderr(`clearframe publish: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

interface Options {
  endpoint: string;
  token: string;
  clinic?: string | undefined;
  commit?: string | undefined;
  config?: string | undefined;
  prune: boolean;
  paths: string[];
}

function parseOptions(args: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { api: { type: 'string' }, token: { type: 'string' }, clinic: { type: 'string' }, commit: { type: 'string' }, config: { type: 'string' }, prune: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new PublishError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const api = values.api ?? process.env.CLEARFRAME_API_URL;
  const token = values.token ?? process.env.CLEARFRAME_TOKEN;
  if (!api) throw new PublishError(`--api URL is required (or set CLEARFRAME_API_URL)\n\n${USAGE}`);
  if (!token) throw new PublishError(`--token TOKEN is required (or set CLEARFRAME_TOKEN; create one with \`clearframe-api token create --clinic <slug>\`)\n\n${USAGE}`);
  let url: URL;
  try {
    url = new URL(api);
  } catch {
    throw new PublishError(`--api "${api}" is not a URL, e.g. https://policies.example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PublishError(`--api must be an http or https URL, not ${url.protocol}`);
  if (!url.pathname.endsWith('/graphql')) url.pathname = posix.join(url.pathname, 'graphql');
  if (values.clinic !== undefined && !SLUG.test(values.clinic)) throw new PublishError(`--clinic "${values.clinic}" is not a clinic slug`);
  return {
    endpoint: url.toString(),
    token,
    clinic: values.clinic,
    commit: values.commit ?? (process.env.GITHUB_SHA || process.env.CI_COMMIT_SHA || undefined),
    config: values.config,
    prune: values.prune ?? false,
    paths: positionals,
  };
}

/**
 * The files to send per clinic (paths relative to the working directory), with the ClinicDefaults they extend,
 * and the config file to send (the server lints with it, as CI does).
 */
async function clinicFiles(options: Options, cwd: string): Promise<{ groups: Map<string, string[]>; config: { path: string; source: string } | undefined }> {
  const config = loadConfig(options.config, cwd);
  const configFile = config.filePath ? { path: sendablePath(config.filePath, cwd), source: await readFile(config.filePath, 'utf8') } : undefined;
  const files = (await collectFiles(options.paths, config, cwd)).map((file) => toRelative(file, cwd));
  const groups = new Map<string, Set<string>>();
  const homeless: string[] = [];
  for (const file of files) {
    const clinic = options.clinic ?? clinicFromPath(file);
    if (clinic === '') homeless.push(file);
    else groups.set(clinic, (groups.get(clinic) ?? new Set()).add(file));
  }
  if (homeless.length > 0) {
    throw new PublishError(`cannot tell the clinic of ${homeless.join(', ')}: keep policies under clinics/<clinic>/ or pass --clinic <slug>`);
  }
  const result = new Map<string, string[]>();
  for (const [clinic, set] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    for (const file of [...set]) await addExtendsTargets(file, set, cwd, 0);
    result.set(clinic, [...set].sort());
  }
  return { groups: result, config: configFile };
}

/** The config's path as the server sees it: relative to the working directory, else just its name. */
function sendablePath(file: string, cwd: string): string {
  const rel = relative(cwd, file).split(sep).join('/');
  return rel.startsWith('../') || !/\.ya?ml$/.test(rel) ? CONFIG_FILE : rel;
}

/** Adds the files a policy extends (and those they extend), so the server can resolve `extends`. */
async function addExtendsTargets(file: string, set: Set<string>, cwd: string, depth: number): Promise<void> {
  if (depth >= MAX_EXTENDS_DEPTH) return;
  let target: unknown;
  try {
    target = (parseYamlValue(await readFile(resolve(cwd, file), 'utf8')) as { extends?: unknown } | null)?.extends;
  } catch {
    return; // unreadable or invalid YAML: the server reports it with its position
  }
  if (typeof target !== 'string') return;
  const path = posix.normalize(posix.join(posix.dirname(file), target));
  if (path.startsWith('../') || set.has(path)) return;
  try {
    await readFile(resolve(cwd, path));
  } catch {
    return; // a missing target is a lint finding on the `extends` key
  }
  set.add(path);
  await addExtendsTargets(path, set, cwd, depth + 1);
}

function toRelative(file: string, cwd: string): string {
  const rel = relative(cwd, file).split(sep).join('/');
  if (rel.startsWith('../') || rel === '..' || resolve(cwd, rel) !== file) {
    throw new PublishError(`${file} is outside the working directory: run clearframe publish from the repository root`);
  }
  return rel;
}

async function send(
  options: Options,
  input: { clinic: string; files: { path: string; source: string }[]; config?: { path: string; source: string }; commit?: string; prune?: boolean },
): Promise<Payload> {
  let response: Response;
  try {
    response = await fetch(options.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${options.token}`,
      },
      body: JSON.stringify({ query: MUTATION, variables: { input }, operationName: 'PublishPolicies' }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new PublishError(`cannot reach the API at ${options.endpoint}: ${reason}`);
  }
  let body: { data?: { publishPolicies?: Payload } | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new PublishError(`unexpected answer from ${options.endpoint}: HTTP ${response.status}, not GraphQL`);
  }
  const error = body.errors?.[0];
  if (error) throw new PublishError(`${input.clinic}: the API refused the publish (${error.extensions?.code ?? `HTTP ${response.status}`}): ${error.message}`);
  const payload = body.data?.publishPolicies;
  if (!payload) throw new PublishError(`unexpected answer from ${options.endpoint}: HTTP ${response.status} without a publish result`);
  return payload;
}

function report(clinic: string, payload: Payload, io: PublishIo): void {
  if (payload.status === 'REJECTED') {
    io.stdout(`${clinic}: rejected, nothing was published. Fix these errors and publish again:\n`);
    for (const result of payload.rejected) {
      // A policy refused for what it inherits: the finding is in the clinic.yaml, and names the policy.
      const of = (m: { filePath: string }) => (m.filePath === result.filePath ? '' : `  (in ${result.filePath})`);
      for (const m of result.messages) io.stdout(`  ${m.filePath}:${m.line}:${m.column}  ${m.severity.toLowerCase()}  ${m.message}  ${m.ruleId}${of(m)}\n`);
    }
    return;
  }
  io.stdout(`${clinic}: ${payload.status === 'PUBLISHED' ? 'published' : 'unchanged, nothing to publish'}\n`);
  const counts = new Map(payload.results.map((r) => [r.filePath, r]));
  for (const change of payload.changes) {
    const result = change.reason === 'PUBLISHED' ? counts.get(change.filePath) : undefined;
    const exceptions = change.policy.exceptions.length;
    const notes = [
      change.reason === 'CLINIC_DEFAULTS' ? 'changed by clinic defaults' : '',
      result?.warningCount ? `${result.warningCount} warning${result.warningCount === 1 ? '' : 's'}` : '',
      result?.infoCount ? `${result.infoCount} info` : '',
      exceptions ? `${exceptions} exception${exceptions === 1 ? '' : 's'}: ${[...new Set(change.policy.exceptions.map((e) => e.ruleId))].join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    io.stdout(`  ${change.change.toLowerCase().padEnd(9)} ${change.filePath} → ${clinic}/${change.policy.slug} v${change.version.number}${notes ? ` (${notes})` : ''}\n`);
  }
  for (const policy of payload.retired) io.stdout(`  ${'retired'.padEnd(9)} ${clinic}/${policy.slug} (no longer in the repository)\n`);
}
