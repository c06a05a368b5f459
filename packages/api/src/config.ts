import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLogLevel, type LogLevel } from './logger.js';

/** Largest request body accepted by default: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

/** A bad flag or environment variable: the CLI prints it and exits 2. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

export interface ServeConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  webDir: string | null;
  policiesDir: string | undefined;
  production: boolean;
  corsOrigins: string[];
  introspection: boolean;
  graphiql: boolean;
  logLevel: LogLevel;
  maxBodyBytes: number;
  /** GraphQL requests in progress at once; undefined: the default for the database (gate.ts). */
  maxConcurrent: number | undefined;
  trustProxy: boolean;
}

export interface ServeFlags {
  port?: string | undefined;
  host?: string | undefined;
  'data-dir'?: string | undefined;
  'web-dir'?: string | undefined;
  policies?: string | undefined;
}

/** The web client's build output in this repository (packages/web/dist), next to this package. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/**
 * The embedded database's default directory: packages/api/.data, next to this package, wherever the command runs
 * from, so `npx clearframe-api token create` at the repository root writes to the database `npm start` serves.
 */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.data', import.meta.url));

/** Where the database is: PostgreSQL when DATABASE_URL is set, else PGlite in the data directory ('memory://': in memory, gone at exit). */
export function storeLocation(flags: { 'data-dir'?: string | undefined }, env: NodeJS.ProcessEnv, cwd: string): { databaseUrl: string | undefined; dataDir: string } {
  const dataDir = flags['data-dir'] ?? (env.CLEARFRAME_DATA_DIR || DEFAULT_DATA_DIR);
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: dataDir === 'memory://' ? dataDir : resolve(cwd, dataDir) };
}

/** Flags win over environment variables, which win over defaults. */
export function serveConfig(flags: ServeFlags, env: NodeJS.ProcessEnv, cwd: string): ServeConfig {
  const production = env.NODE_ENV === 'production';
  const webDirGiven = flags['web-dir'] ?? env.CLEARFRAME_WEB_DIR;
  const webDir = webDirGiven === undefined ? (existsSync(DEFAULT_WEB_DIR) ? DEFAULT_WEB_DIR : null) : resolve(cwd, webDirGiven);
  if (webDir !== null && webDirGiven !== undefined && !existsSync(webDir)) throw new SettingsError(`web directory ${webDir} does not exist`);
  const policiesDir = flags.policies === undefined ? undefined : resolve(cwd, flags.policies);
  if (policiesDir !== undefined && !existsSync(policiesDir)) throw new SettingsError(`policies directory ${policiesDir} does not exist`);
  const logLevel = env.CLEARFRAME_LOG_LEVEL ?? 'info';
  if (!isLogLevel(logLevel)) throw new SettingsError(`CLEARFRAME_LOG_LEVEL must be debug, info, warn, error or silent, not "${logLevel}"`);
  return {
    port: integer(flags.port ?? env.PORT, '--port / PORT', 4000, 0, 65_535),
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    ...storeLocation(flags, env, cwd),
    webDir,
    policiesDir,
    production,
    corsOrigins: (env.CLEARFRAME_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    introspection: boolean(env.CLEARFRAME_INTROSPECTION, 'CLEARFRAME_INTROSPECTION', !production),
    graphiql: boolean(env.CLEARFRAME_GRAPHIQL, 'CLEARFRAME_GRAPHIQL', !production),
    logLevel,
    maxBodyBytes: integer(env.CLEARFRAME_MAX_BODY_BYTES, 'CLEARFRAME_MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES, 1_024, 100 * 1_048_576),
    maxConcurrent: env.CLEARFRAME_MAX_CONCURRENT ? integer(env.CLEARFRAME_MAX_CONCURRENT, 'CLEARFRAME_MAX_CONCURRENT', 4, 1, 1_000) : undefined,
    trustProxy: boolean(env.CLEARFRAME_TRUST_PROXY, 'CLEARFRAME_TRUST_PROXY', false),
  };
}

function integer(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new SettingsError(`${name} must be an integer from ${min} to ${max}, not "${value}"`);
  return n;
}

function boolean(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new SettingsError(`${name} must be true or false, not "${value}"`);
}
