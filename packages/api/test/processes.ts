import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GraphQLResponse } from './helpers.js';

export const BIN = fileURLToPath(new URL('../bin/clearframe-api.js', import.meta.url));

/** Environment for child processes: no inherited database or port settings, quiet unless asked. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _d, PORT: _p, HOST: _h, CLEARFRAME_DATA_DIR: _c, NODE_ENV: _n, ...rest } = process.env;
  return { ...rest, CLEARFRAME_LOG_LEVEL: 'info', ...extra };
}

/** Runs the real CLI; never throws on a non-zero exit. Bounded by a timeout. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, cwd, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

export interface RunningServer {
  child: ChildProcess;
  url: string;
  /** Parsed JSON log lines written so far. */
  logs: Record<string, unknown>[];
  stderr: () => string;
  /** Sends SIGTERM and resolves with the exit code (SIGKILL after 15 s). */
  stop(): Promise<number | null>;
}

/** Starts `clearframe-api serve` on a free port (--port 0) and waits until it listens. */
export function startServer(args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<RunningServer> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1', ...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  let buffered = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within 60 s\nstderr: ${stderr}\nlogs: ${JSON.stringify(logs)}`));
    }, 60_000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening\nstderr: ${stderr}\nlogs: ${JSON.stringify(logs)}`));
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) !== -1) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (typeof entry.msg === 'string' && entry.msg.startsWith('listening on ')) {
          clearTimeout(timer);
          resolve({
            child,
            url: `http://127.0.0.1:${entry.port as number}`,
            logs,
            stderr: () => stderr,
            stop: async () => {
              if (child.exitCode !== null) return child.exitCode;
              child.kill('SIGTERM');
              const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
              try {
                return await exited;
              } finally {
                clearTimeout(kill);
              }
            },
          });
        }
      }
    });
  });
}

/** POSTs a typed GraphQL operation to a running server. */
export async function post<TResult, TVariables>(url: string, document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, token?: string): Promise<GraphQLResponse<TResult>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
}
