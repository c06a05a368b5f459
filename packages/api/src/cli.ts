import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serveConfig, storeLocation, SettingsError, type ServeFlags } from './config.js';
import { bufferedLines, createLogger } from './logger.js';
import type { Store } from './store/store.js';

import { SLUG } from '@clearframe/schema/facts';

// Commands load the database driver and the GraphQL stack only when they run, so usage errors answer fast.

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const USAGE = `Usage: clearframe-api <command> [options]

Commands:
  serve                              Serve the GraphQL API at /graphql (and the web client at /)
    --policies <dir>                 lint a policies repository and publish what is lint-clean at start-up
    --port <n>                       port (env PORT; default 4000; 0 picks a free one)
    --host <address>                 address to listen on (env HOST; default 127.0.0.1)
    --data-dir <dir>                 PGlite data directory (env CLEARFRAME_DATA_DIR; default packages/api/.data)
    --web-dir <dir>                  built web client (env CLEARFRAME_WEB_DIR; default packages/web/dist if built)
  token create --clinic <slug> [--label <text>]
                                     create a publish token; it is printed once, only its hash is kept
  token list [--clinic <slug>]       list tokens (ids and status, never the tokens)
  token revoke <id>                  revoke a token
  migrate                            apply database migrations and exit

The database is PostgreSQL when DATABASE_URL is set, else embedded PGlite in the data directory
(token and migrate accept --data-dir too). CLEARFRAME_REQUIRED_RULES (comma-separated rule ids) sets
the publishing floor: rules no config or disable comment can lower at publish time.
`;

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
};

/** Runs the CLI; resolves with the exit code (0 ok, 1 failure, 2 usage error). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serve(rest, io);
      case 'token':
        return await token(rest, io);
      case 'migrate':
        return await migrateCommand(rest, io);
      case '--version':
        io.stdout(`${(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new SettingsError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof SettingsError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`clearframe-api: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`clearframe-api: ${(error as Error).message}\n`);
    return 1;
  }
}

async function serve(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { policies: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' }, 'web-dir': { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const config = serveConfig(values as ServeFlags, io.env, io.cwd);
  const [{ todayUtc }, { createHttpServer }, { publishDirectory, PoliciesConfigError }, { openStore }, { createApi }, { requiredRules }] = await Promise.all([
    import('@clearframe/linter'),
    import('./http.js'),
    import('./startup.js'),
    import('./store/index.js'),
    import('./yoga.js'),
    import('./publishing.js'),
  ]);
  let floor: ReadonlySet<string>;
  try {
    floor = requiredRules(io.env.CLEARFRAME_REQUIRED_RULES);
  } catch (error) {
    throw new SettingsError((error as Error).message);
  }
  // Request lines are written in batches, not one write per request; start-up and shutdown lines go out at once.
  const output = bufferedLines((text) => io.stdout(text));
  const logger = createLogger(config.logLevel, output);
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, onError: (error) => logger.error('database connection lost', { error }) });
  try {
    if (config.policiesDir) {
      try {
        await publishDirectory(store, config.policiesDir, { logger, today: todayUtc(), floor });
      } catch (error) {
        if (!(error instanceof PoliciesConfigError)) throw error;
        io.stderr(`clearframe-api: --policies: ${error.message}\n`);
        return 2;
      }
    }
    const api = createApi({
      store,
      logger,
      production: config.production,
      introspection: config.introspection,
      graphiql: config.graphiql,
      corsOrigins: config.corsOrigins,
      maxBodyBytes: config.maxBodyBytes,
      auth: { trustProxy: config.trustProxy },
      floor,
    });
    const http = createHttpServer({ api, store, logger, webDir: config.webDir, maxConcurrent: config.maxConcurrent, maxBodyBytes: config.maxBodyBytes });
    const { port, host } = await http.listen(config.port, config.host);
    const shown = host.includes(':') ? `[${host}]` : host;
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      const stop = (s: NodeJS.Signals) => {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        resolve(s);
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
      // Announced only once the handlers are in place: a SIGTERM sent on seeing this line must shut down gracefully.
      logger.info(`listening on http://${shown}:${port}/graphql`, { port, host, database: store.kind, webDir: config.webDir });
      output.flush();
    });
    logger.info('shutting down', { signal });
    await http.close();
    logger.info('stopped');
    output.flush();
    return 0;
  } finally {
    await store.close();
  }
}

async function withStore<T>(args: { 'data-dir'?: string | undefined }, io: Io, fn: (store: Store) => Promise<T>): Promise<T> {
  const { openStore, DataDirInUseError } = await import('./store/index.js');
  let store: Store;
  try {
    store = await openStore(storeLocation(args, io.env, io.cwd));
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    // Nothing was written: the command never opened the database.
    throw new Error(
      `${error.message}.\nThe running server holds the embedded database. Stop it (Ctrl-C in its terminal), run this command again, then start the server again; nothing was written. With DATABASE_URL (PostgreSQL), token commands work while the server runs.`,
      { cause: error },
    );
  }
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function token(args: string[], io: Io): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: { clinic: { type: 'string' }, label: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  if (action === 'create') {
    const clinic = values.clinic;
    if (!clinic || !SLUG.test(clinic)) throw new SettingsError('token create needs --clinic <slug> (lower-case letters, digits and dashes)');
    if (positionals.length > 0) throw new SettingsError(`unexpected argument "${positionals[0]}"`);
    const { createToken } = await import('./tokens.js');
    const created = await withStore(values, io, (store) => createToken(store, clinic, values.label ?? null));
    io.stderr(`Created token ${created.id} for clinic "${clinic}". It is shown once: store it as a secret (e.g. CLEARFRAME_TOKEN in CI).\n`);
    io.stdout(`${created.token}\n`);
    return 0;
  }
  if (action === 'list') {
    if (positionals.length > 0) throw new SettingsError(`unexpected argument "${positionals[0]}"`);
    const { listTokens } = await import('./store/tokens.js');
    const tokens = await withStore(values, io, (store) => listTokens(store, values.clinic));
    const rows = [
      ['ID', 'CLINIC', 'STATUS', 'CREATED', 'LAST USED', 'LABEL'],
      ...tokens.map((t) => [t.id, t.clinic, t.revokedAt ? `revoked ${t.revokedAt.slice(0, 10)}` : 'active', t.createdAt.slice(0, 19) + 'Z', t.lastUsedAt ? t.lastUsedAt.slice(0, 19) + 'Z' : '-', t.label ?? '']),
    ];
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    io.stdout(rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n');
    return 0;
  }
  if (action === 'revoke') {
    const [id, extra] = positionals;
    if (!id || extra !== undefined) throw new SettingsError('token revoke needs exactly one token id (see token list)');
    const { revokeToken } = await import('./store/tokens.js');
    const revoked = await withStore(values, io, (store) => revokeToken(store, id));
    if (!revoked) {
      io.stderr(`clearframe-api: no active token "${id}"\n`);
      return 1;
    }
    io.stdout(`Revoked token ${id}.\n`);
    return 0;
  }
  throw new SettingsError(action ? `unknown token action "${action}": use create, list or revoke` : 'token needs an action: create, list or revoke');
}

async function migrateCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' } }, strict: true, allowPositionals: false });
  const kind = await withStore(values, io, async (store) => store.kind);
  io.stdout(`Database (${kind}) is migrated.\n`);
  return 0;
}
