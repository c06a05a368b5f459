import type { IncomingMessage } from 'node:http';
import { DEFAULT_FLOOR, defaultConfig, todayUtc, type ResolvedConfig } from '@clearframe/linter';
import { useAPQ } from '@graphql-yoga/plugin-apq';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { initContextCache, PothosError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, maskError as yogaMaskError, type YogaServerInstance } from 'graphql-yoga';
import { DEFAULT_MAX_BODY_BYTES } from './config.js';
import { apiError, isDatabaseUnavailable, isUnstorableText } from './errors.js';
import type { Context } from './context.js';
import { createLogger, yogaLogger, type Logger } from './logger.js';
import { useBearerAuth, type BearerAuthOptions } from './plugins/use-bearer-auth.js';
import { useHttpCaching, type HttpCachingOptions } from './plugins/use-http-caching.js';
import { useLimits, useLintService, useStorableText, type LimitOptions, type LintServiceOptions } from './plugins/use-limits.js';
import { useResponseCache, type ResponseCacheOptions } from './plugins/use-response-cache.js';
import { useRequestInfo, type RequestInfo } from './plugins/use-request-info.js';
import { schema } from './schema/index.js';
import type { Store } from './store/store.js';

export interface ApiOptions {
  store: Store;
  logger?: Logger;
  /** Production mode: no GraphiQL, no introspection, no field suggestions (unless set below). Default: NODE_ENV === 'production'. */
  production?: boolean;
  introspection?: boolean;
  graphiql?: boolean;
  /** Origins allowed to call the API from a browser ('*' for any); empty: same origin only. */
  corsOrigins?: readonly string[];
  /** Largest request body accepted, in bytes (default 1 MiB); larger bodies are refused before parsing. */
  maxBodyBytes?: number;
  limits?: Omit<LimitOptions, 'blockFieldSuggestions'>;
  auth?: Omit<BearerAuthOptions, 'store'>;
  /** Lint date for publishing and the lint query (default: today in UTC). */
  today?: () => string;
  /** Linter configuration (default: the recommended preset). */
  lintConfig?: ResolvedConfig;
  /** The `lint` query's worker pool and limits. */
  lint?: LintServiceOptions;
  /** The publishing floor (default: DEFAULT_FLOOR; the CLI reads CLEARFRAME_REQUIRED_RULES). */
  floor?: ReadonlySet<string>;
  /** Cache-Control and ETag for public GET queries. */
  httpCaching?: HttpCachingOptions;
  /** Answers to public queries kept in process until a change commits (plugins/use-response-cache.ts); false: none. */
  responseCache?: Omit<ResponseCacheOptions, 'store' | 'today'> | false;
}

/** What the HTTP layer passes with each request. */
export interface ServerContext {
  /** The Node request (its socket's address is the rate-limit key of a caller without a proxy). */
  req?: IncomingMessage;
  requestInfo?: RequestInfo;
}

export type Api = YogaServerInstance<ServerContext, Context>;

/** The GraphQL API at /graphql: the schema with its hardening, auth and error masking. */
export function createApi(options: ApiOptions): Api {
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const logger = options.logger ?? createLogger('info');
  const origins = options.corsOrigins ?? [];
  const lintConfig = options.lintConfig ?? defaultConfig('/');
  const floor = options.floor ?? new Set(DEFAULT_FLOOR);
  const today = options.today ?? todayUtc;
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql ?? !production,
    // The packaged GraphiQL: its scripts and styles come inline from this server, never from a CDN.
    renderGraphiQL,
    landingPage: false,
    batching: false,
    maxRequestBodySize: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    cors:
      origins.length === 0
        ? false
        : // Tokens travel in the Authorization header, never in cookies: no origin ever needs credentials.
          { origin: origins.includes('*') ? '*' : [...origins], credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['Content-Type', 'Authorization'], maxAge: 600 },
    maskedErrors: { maskError: maskErrorWith(logger), isDev: false },
    logging: yogaLogger(logger),
    context: () => ({ store: options.store, auth: null, today, lintConfig, floor, ...initContextCache() }),
    plugins: [
      useLimits({ ...options.limits, blockFieldSuggestions: production }),
      useStorableText(),
      useLintService({ trustProxy: options.auth?.trustProxy, ...options.lint }),
      ...((options.introspection ?? !production) ? [] : [useDisableIntrospection()]),
      useAPQ({ responseConfig: { forceStatusCodeOk: true } }),
      useHttpCaching(options.httpCaching),
      useBearerAuth({ store: options.store, ...options.auth }),
      useRequestInfo(),
      ...(options.responseCache === false ? [] : [useResponseCache({ store: options.store, today, ...options.responseCache })]),
    ],
  });
}

/** `maskError` that also logs database outages in full for the operator (the client only sees SERVICE_UNAVAILABLE). */
function maskErrorWith(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (isDatabaseUnavailable(original)) logger.error('database unavailable', { error: original });
    return maskError(error, message);
  };
}

/**
 * Masks unexpected errors ("Unexpected error.", code INTERNAL_SERVER_ERROR, no stack) and gives every
 * expected one a stable code: invalid ids and variable values are BAD_USER_INPUT; an oversized body is PAYLOAD_TOO_LARGE;
 * text the database cannot hold (a NUL character) is BAD_USER_INPUT; a database that cannot be reached is SERVICE_UNAVAILABLE (503),
 * with nothing written (a publish is one transaction).
 * Expected errors are recoded in place, so yoga does not log them as server errors.
 */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const located = error instanceof GraphQLError ? { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path } : {};
  if (isUnstorableText(original)) {
    return new GraphQLError('a text argument contains a character the database cannot hold (such as NUL, \\u0000)', { ...located, extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (isDatabaseUnavailable(original)) {
    const unavailable = apiError('SERVICE_UNAVAILABLE', 'the database is not available right now; nothing was written — try again shortly');
    return new GraphQLError(unavailable.message, { ...located, extensions: unavailable.extensions });
  }
  const masked = yogaMaskError(error, message, false);
  if (!(masked instanceof GraphQLError)) return masked;
  const extensions = masked.extensions as Record<string, unknown>;
  if (extensions.code === 'REQUEST_ENTITY_TOO_LARGE') extensions.code = 'PAYLOAD_TOO_LARGE';
  else if (extensions.code === undefined && (masked.originalError instanceof PothosError || /^Variable "\$/.test(masked.message))) extensions.code = 'BAD_USER_INPUT';
  return masked;
}
