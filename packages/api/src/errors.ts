import { GraphQLError } from 'graphql';

/** The `extensions.code` values clients can rely on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'QUERY_TOO_COMPLEX'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  SERVICE_UNAVAILABLE: 503,
};

/** A GraphQL error with a stable code (and the HTTP status that goes with it, where there is one). */
export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  const http = { ...(status ? { status } : {}), ...(extra.http as object | undefined) };
  return new GraphQLError(message, { extensions: { ...extra, code, ...(Object.keys(http).length > 0 ? { http } : {}) } });
}

export const badInput = (message: string) => apiError('BAD_USER_INPUT', message);
export const notFound = (message: string) => apiError('NOT_FOUND', message);

/** SQLSTATE 22021: text with a character PostgreSQL cannot store (NUL) came from the client. */
export function isUnstorableText(error: unknown): boolean {
  return error !== null && typeof error === 'object' && (error as { code?: unknown }).code === '22021';
}

/** Socket errors and SQLSTATE classes 08 (connection exception) and 57P (operator intervention): the database went away. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND)$/.test(code) || /^(08|57P)/.test(code))) return true;
  return typeof message === 'string' && /Connection terminated|connection error|terminating connection|Client was closed|not queryable/i.test(message);
}
