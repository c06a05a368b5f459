import { Readable } from 'node:stream';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_MAX_BODY_BYTES } from './config.js';
import type { Logger } from './logger.js';
import type { RequestInfo } from './plugins/use-request-info.js';
import { createGate, defaultConcurrency } from './gate.js';
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
  /** GraphQL requests in progress at once (default: 4 on PGlite, 16 on PostgreSQL); the others wait their turn (gate.ts). */
  maxConcurrent?: number;
  /** GraphQL requests that may wait for a turn (default 1 000); beyond it a request is refused with 503 and Retry-After. */
  maxQueued?: number;
  /** Largest request body read (default 1 MiB, as the API's own limit); a larger one is refused with 413. */
  maxBodyBytes?: number;
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
  const gate = createGate(options.maxConcurrent ?? defaultConcurrency(store.kind), options.maxQueued ?? 1_000);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  /**
   * A GraphQL request: its body is read first (a client that sends slowly holds a socket, not a turn), then it waits
   * for its turn, then yoga answers it as a Fetch API request and the answer is written here. The turn is given back
   * when the answer is written or the client hangs up, whichever comes first.
   */
  const graphql = async (req: IncomingMessage, res: ServerResponse, info: RequestInfo) => {
    const body = req.method === 'GET' || req.method === 'HEAD' ? null : await readBody(req, maxBodyBytes);
    if (body === 'closed') return;
    if (body === 'too large') {
      res.setHeader('Connection', 'close');
      sendJson(res, 413, { errors: [{ message: `the request body is larger than ${maxBodyBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      return;
    }
    if (!(await gate.enter())) {
      res.setHeader('Retry-After', '2');
      sendJson(res, 503, { errors: [{ message: 'the server has more requests waiting than it takes; try again in a few seconds', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      return;
    }
    let holding = true;
    const leave = () => {
      if (holding) gate.leave();
      holding = false;
    };
    res.once('close', leave);
    try {
      // A client that went away while waiting costs nothing more.
      if (res.closed) return;
      // A large body goes as a stream, which is parsed as fast as from the socket (as one Buffer, 900 KB took up to
      // 80 ms more); a small one as it is (a stream per request cost ~20 % of the throughput of small queries).
      const init = body ? { body: (body.length < 65_536 ? body : Readable.from([body])) as unknown as BodyInit, duplex: 'half' } : {};
      const request = new api.fetchAPI.Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/graphql'}`, { method: req.method, headers: req.headers as Record<string, string>, ...init });
      const response = await api.handleRequest(request, { req, requestInfo: info });
      // GraphQL answers and the GraphiQL page are text.
      const answer = req.method === 'HEAD' ? '' : await response.text();
      if (res.closed) return;
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(answer);
    } finally {
      leave();
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, info: RequestInfo, pathname: string) => {
    if (pathname === '/graphql') {
      await graphql(req, res, info);
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

/** The whole request body, or 'too large' as soon as it passes `limit` bytes, or 'closed' when the client went away. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too large' | 'closed'> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > limit) return Promise.resolve('too large');
  return new Promise((resolve) => {
    // With a Content-Length the body is copied once, into a buffer of that size; a chunked one is joined at the end.
    const into = Number.isInteger(declared) && declared >= 0 ? Buffer.allocUnsafe(declared) : undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: Buffer | 'too large' | 'closed') => {
      req.off('data', onData).off('end', onEnd).off('error', onClosed).off('close', onClosed);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > (into?.length ?? limit)) {
        req.pause();
        done('too large');
        return;
      }
      if (into) chunk.copy(into, size);
      else chunks.push(chunk);
      size += chunk.length;
    };
    const onEnd = () => done(into ? into.subarray(0, size) : Buffer.concat(chunks, size));
    const onClosed = () => done('closed');
    req.on('data', onData).on('end', onEnd).on('error', onClosed).on('close', onClosed);
  });
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
