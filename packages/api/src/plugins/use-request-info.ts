import type { Plugin } from 'graphql-yoga';

/** Filled in while yoga handles a request, read by the HTTP layer for its request log line. */
export interface RequestInfo {
  operationName?: string | undefined;
}

/** Copies the operation name into the `requestInfo` object the HTTP layer passes in the server context. */
export function useRequestInfo(): Plugin<{ requestInfo?: RequestInfo }> {
  return {
    onParams({ params, context }) {
      const info = (context as { requestInfo?: RequestInfo }).requestInfo;
      if (info) info.operationName = params.operationName ?? operationNameOf(params.query);
    },
  };
}

function operationNameOf(query: string | undefined): string | undefined {
  return query ? /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1] : undefined;
}
