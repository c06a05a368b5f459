import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import sirv from 'sirv';

/** Strict policy for the web client's HTML: its own scripts and styles only, nothing inline, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// sirv names binary types itself; text types get an explicit charset.
const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

// Bundlers name built assets with a content hash (assets/index-4f9a2c1b.js): those never change, so cache them for a year.
const HASHED_ASSET = /^\/assets\/.+[-.][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Serves the built web client from `dir` (sirv, files listed once at start): ETag and 304 on
 * If-None-Match, hashed assets under /assets/ cached for a year, everything else revalidated;
 * paths without an extension fall back to index.html (client-side routing); HTML carries the
 * Content-Security-Policy.
 */
export function staticFiles(dir: string): StaticHandler {
  return sirv(dir, {
    etag: true,
    single: true,
    // A path with an extension names a file: missing, it is a 404, never the index.html fallback.
    ignores: ['\\.[^/]*$'],
    onNoMatch: (_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      res.end('not found');
    },
    setHeaders: (res, pathname) => {
      // Only index.html is served for a path without an extension (directly or as the fallback).
      const extension = extname(pathname).toLowerCase() || '.html';
      const text = TEXT_TYPES[extension];
      if (text) res.setHeader('Content-Type', `${text}; charset=utf-8`);
      res.setHeader('Cache-Control', HASHED_ASSET.test(pathname) && extension !== '.html' ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (extension === '.html') {
        res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
        res.setHeader('Referrer-Policy', 'no-referrer');
        res.setHeader('X-Frame-Options', 'DENY');
      }
    },
  });
}
