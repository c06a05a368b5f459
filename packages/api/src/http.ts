import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger.js';
import type { RequestInfo } from './plugins/use-request-info.js';
import { staticFiles } from './static.js';
import type { Store } from './store/store.js';
import type { Api } from './yoga.js';

export interface HttpServerOptions {
  api: Api;
  store: Store;
  logger: Logger;
  /** Built web client to serve at / (with index.html fallback); null to serve none. */
  webDir?: string | null;
  /** How long `close` waits for requests in flight before cutting connections (default 10 s). */
  shutdownTimeoutMs?: number;
  /** How long /ready waits for the database (default 2 s). */
  readyTimeoutMs?: number;
}

export interface HttpServer {
  server: Server;
  listen(port: number, host: string): Promise<{ port: number; host: string }>;
  /** Graceful stop: refuse new connections, let requests in flight finish (bounded), then close. */
  close(): Promise<void>;
}

/**
 * The HTTP front: /graphql (yoga), /health (the process is up), /ready (the database answers),
 * the web client elsewhere. Writes one structured log line per request.
 */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { api, store, logger } = options;
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? 10_000;
  const readyTimeoutMs = options.readyTimeoutMs ?? 2_000;
  const web = options.webDir ? staticFiles(options.webDir) : null;
  let inFlight = 0;
  let closing: Promise<void> | undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse, info: RequestInfo, pathname: string) => {
    if (pathname === '/graphql') {
      await api(req, res, { requestInfo: info });
    } else if (pathname === '/health') {
      sendJson(res, 200, { status: 'ok' });
    } else if (pathname === '/ready') {
      const ready = closing === undefined && (await answers(store, readyTimeoutMs));
      sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : closing ? 'shutting down' : 'database unavailable' });
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    } else if (web) {
      web(req, res);
    } else if (pathname === '/') {
      res.writeHead(302, { Location: '/graphql' }).end();
    } else {
      sendJson(res, 404, { error: 'not found: GraphQL is at /graphql' });
    }
  };

  const server = createServer((req, res) => {
    const started = performance.now();
    const info: RequestInfo = {};
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    inFlight++;
    res.on('close', () => {
      inFlight--;
      const fields = {
        method: req.method,
        path: pathname,
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(info.operationName ? { operationName: info.operationName } : {}),
      };
      if (pathname === '/health' || pathname === '/ready') logger.debug('request', fields);
      else logger.info('request', fields);
    });
    handle(req, res, info, pathname).catch((error: unknown) => {
      logger.error('request failed', { error, path: pathname });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal server error' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          resolve({ port: address.port, host: address.address });
        });
      }),
    close: () => {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const deadline = Date.now() + shutdownTimeoutMs;
        while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        server.closeAllConnections();
        await stopped;
      })();
      return closing;
    },
  };
}

async function answers(store: Store, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([store.ping().then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
