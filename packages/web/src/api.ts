import type { TypedDocumentString } from './gql/graphql.js';

/** The API answered NOT_FOUND: no such clinic or policy. */
export class NotFoundError extends Error {}

/** The API could not be reached, or did not answer with GraphQL (network down, server stopped, 5xx). */
export class ApiUnavailableError extends Error {}

/** The API answered with a GraphQL error other than NOT_FOUND. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one operation to the same-origin API with POST /graphql and returns its data, or throws one of the errors above. */
export async function query<R, V>(document: TypedDocumentString<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiUnavailableError(`the policy server did not answer (${error instanceof Error ? error.message : String(error)})`);
  }
  let body: GraphQLResponse<R>;
  try {
    body = (await response.json()) as GraphQLResponse<R>;
  } catch {
    throw new ApiUnavailableError(`the policy server answered HTTP ${response.status} without GraphQL`);
  }
  const errors = body.errors ?? [];
  if (errors.some((e) => e.extensions?.code === 'NOT_FOUND')) throw new NotFoundError(errors[0]!.message);
  if (errors.length > 0) throw new ApiError(errors.map((e) => e.message).join('; '), errors[0]!.extensions?.code);
  if (body.data == null) throw new ApiUnavailableError(`the policy server answered HTTP ${response.status} without data`);
  return body.data;
}
