// Starts the real API (packages/api, built) as a child process on a free port, serving the built web client.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const WEB_DIR = resolve(import.meta.dirname, '..');
export const DIST_DIR = join(WEB_DIR, 'dist');
const API_BIN = resolve(WEB_DIR, '../api/bin/clearframe-api.js');
export const EXAMPLES_DIR = resolve(WEB_DIR, '../../examples');

export interface ApiServer {
  url: string;
  dataDir: string;
  /** The publish tokens created before the server started, by clinic. */
  tokens: Record<string, string>;
  /** The server's recent output, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `clearframe-api serve` with the example policies and a fresh data directory; resolves once /ready answers (bounded). */
export async function startApi(options: { tokensFor?: string[]; readyTimeoutMs?: number } = {}): Promise<ApiServer> {
  for (const [path, what] of [
    [API_BIN, 'the API (packages/api)'],
    [resolve(WEB_DIR, '../api/dist/cli.js'), 'the API: run `npm run build -w @clearframe/api`'],
    [join(DIST_DIR, 'index.html'), 'the web client: run `npm run build -w @clearframe/web`'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing; build ${what} first (npm test builds everything through turbo)`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'clearframe-web-e2e-'));
  const env = { ...process.env, CLEARFRAME_LOG_LEVEL: 'info', DATABASE_URL: '', NODE_ENV: 'test' };

  // Tokens go into the database before the server opens it: an embedded PGlite directory has one user at a time.
  const tokens: Record<string, string> = {};
  for (const clinic of options.tokensFor ?? []) {
    const { stdout } = await run(process.execPath, [API_BIN, 'token', 'create', '--clinic', clinic, '--label', 'web e2e', '--data-dir', dataDir], { env, timeout: 60_000 });
    tokens[clinic] = stdout.trim();
  }

  const child: ChildProcess = spawn(
    process.execPath,
    [API_BIN, 'serve', '--policies', EXAMPLES_DIR, '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir, '--web-dir', DIST_DIR],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const port = await listeningPort(() => log, exited, options.readyTimeoutMs ?? 90_000);
    const url = `http://127.0.0.1:${port}`;
    await waitForReady(url, exited, 30_000);
    return { url, dataDir, tokens, output: () => log, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- API output ---\n${log}`, { cause: error });
  }
}

/** The port from the server's "listening on" log line (it was started with --port 0). */
async function listeningPort(log: () => string, exited: Promise<number | null>, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    const match = /"msg":"listening on http:\/\/[^"]*?:(\d+)\/graphql"/.exec(log());
    if (match) return Number(match[1]);
    if (exitCode !== undefined) throw new Error(`the API exited with code ${exitCode} before listening`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the API did not start listening within ${timeoutMs} ms`);
}

async function waitForReady(url: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`the API exited with code ${exitCode}`);
    try {
      const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not accepting connections yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url}/ready did not answer 200 within ${timeoutMs} ms`);
}

/** One GraphQL request to the server, as a publishing CI job would send it. */
export async function graphqlRequest<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(body.errors)}`);
  return body.data;
}
