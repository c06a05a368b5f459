import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

export interface HttpCachingOptions {
  /** Seconds a browser or CDN may reuse a public GET answer before revalidating it (default 60). */
  maxAge?: number;
}

/**
 * HTTP caching for public GET queries, as a CDN or browser expects: `Cache-Control: public, max-age=…`
 * and an `ETag`; a request whose `If-None-Match` matches gets 304 without a body. Answers with errors,
 * answers to requests carrying a token and every POST are `no-store`. An ETag set earlier (the response
 * cache) is kept.
 */
export function useHttpCaching(options: HttpCachingOptions = {}): Plugin {
  const maxAge = options.maxAge ?? 60;
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (!new URL(request.url).pathname.endsWith('/graphql') || !/json/.test(response.headers.get('content-type') ?? '')) return;
      const headers = new fetchAPI.Headers(response.headers);
      const body = await response.clone().text();
      const publicGet = request.method === 'GET' && !request.headers.has('authorization') && response.status === 200;
      if (!publicGet || hasErrors(body)) {
        headers.set('Cache-Control', 'no-store');
        setResponse(new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers }));
        return;
      }
      const etag = headers.get('etag') ?? `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      headers.set('ETag', etag);
      headers.set('Cache-Control', `public, max-age=${maxAge}`);
      // The answer's media type follows Accept; the CORS headers follow Origin.
      headers.set('Vary', [...new Set([...(headers.get('vary')?.split(/\s*,\s*/) ?? []), 'Accept', 'Origin'])].join(', '));
      if (matches(request.headers.get('if-none-match'), etag)) {
        headers.delete('content-type');
        headers.delete('content-length');
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      setResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}

function hasErrors(body: string): boolean {
  try {
    return (JSON.parse(body) as { errors?: unknown }).errors !== undefined;
  } catch {
    return true;
  }
}

/** If-None-Match holds a list of tags (or *); weak tags match too, as RFC 9110 says for GET. */
function matches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
