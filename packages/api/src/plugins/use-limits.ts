import type { IncomingMessage } from 'node:http';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { Kind, visit, type DocumentNode, type GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.js';
import { createLintService, type LintLimitOptions, type LintService } from '../lint-pool.js';

export interface LimitOptions {
  /** Deepest selection allowed (default 12: enough for a policy's crisis contacts inside a page of versions). */
  maxDepth?: number;
  /**
   * Cost limit (default 50 000): each field costs 1 (objects 2), multiplied by the literal `first`/`last`
   * of the lists around it; a page of 100 complete policies with 10 versions each costs about 25 000.
   */
  maxCost?: number;
  /** Aliases per operation (default 15). */
  maxAliases?: number;
  /** Directives per operation (default 20). */
  maxDirectives?: number;
  /** Lexical tokens per document (default 3 000). */
  maxTokens?: number;
  /** Hide "Did you mean …?" in validation errors (on in production, so the schema cannot be guessed field by field). */
  blockFieldSuggestions?: boolean;
}

/** Rejects over-deep, over-costly and over-long operations (graphql-armor) with code QUERY_TOO_COMPLEX. */
export function useLimits(options: LimitOptions = {}): Plugin {
  const report = (context: ValidationContext | null, error: GraphQLError) => {
    const limitError = apiError('QUERY_TOO_COMPLEX', error.message.replace(/^Syntax Error: /, ''));
    if (!context) throw limitError;
    context.reportError(limitError);
  };
  const rejecting = { onReject: [report], propagateOnRejection: false };
  return EnvelopArmorPlugin({
    maxDepth: { n: options.maxDepth ?? 12, ...rejecting },
    costLimit: { maxCost: options.maxCost ?? 50_000, depthCostFactor: 1, ...rejecting },
    maxAliases: { n: options.maxAliases ?? 15, ...rejecting },
    maxDirectives: { n: options.maxDirectives ?? 20, ...rejecting },
    maxTokens: { n: options.maxTokens ?? 3_000, ...rejecting },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions ?? false },
  }) as Plugin;
}

/**
 * Refuses NUL and unpaired UTF-16 surrogates in any string argument or variable with BAD_USER_INPUT, before a resolver
 * runs: PostgreSQL cannot store either, and an error from the database would be logged as a server error.
 */
export function useStorableText(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problem = unstorableIn(args.document, args.variableValues ?? {});
      if (problem) setResultAndStopExecution({ errors: [apiError('BAD_USER_INPUT', problem)] });
    },
  };
}

function unstorableIn(document: DocumentNode, variables: Record<string, unknown>): string | undefined {
  for (const [name, value] of Object.entries(variables)) {
    const found = findUnstorable(value, `$${name}`);
    if (found) return found;
  }
  let found: string | undefined;
  visit(document, {
    [Kind.STRING](node) {
      const at = unstorableAt(node.value);
      if (at !== undefined && !found) found = describe('a string in the query', node.value, at);
    },
  });
  return found;
}

function findUnstorable(value: unknown, where: string): string | undefined {
  if (typeof value === 'string') {
    const at = unstorableAt(value);
    return at === undefined ? undefined : describe(`variable ${where}`, value, at);
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorable(item, Array.isArray(value) ? `${where}[${key}]` : `${where}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** Index of the first NUL or unpaired surrogate, if any. */
export function unstorableAt(text: string): number | undefined {
  const nul = text.indexOf('\u0000');
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text)?.index;
  if (nul === -1) return lone;
  return lone === undefined ? nul : Math.min(nul, lone);
}

function describe(where: string, text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  const what = text.charCodeAt(index) === 0 ? 'a NUL character (\\u0000)' : `an unpaired surrogate (\\u${text.charCodeAt(index).toString(16).toUpperCase()})`;
  return `${where} contains ${what} at line ${line}, column ${column}; text may not contain it (the database cannot store it): remove it`;
}

export interface LintServiceOptions extends LintLimitOptions {
  /** Behind a reverse proxy: rate-limit per first X-Forwarded-For address. */
  trustProxy?: boolean;
}

/** What the `lint` query reads from its context. */
export interface LintContext {
  lintService: LintService;
  /** The rate-limit key of an unauthenticated caller, null for a caller with a valid token. */
  lintClient: () => string | null;
}

/** Puts one lint service (worker pool, per-request byte budget, unauthenticated rate limit) in every request's context. */
export function useLintService(options: LintServiceOptions = {}): Plugin<{ req?: IncomingMessage; auth?: unknown }> {
  let service: LintService | undefined;
  return {
    onContextBuilding({ context, extendContext }) {
      service ??= createLintService(options);
      const lintClient = () => {
        if (context.auth) return null;
        const forwarded = options.trustProxy ? context.request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
        return forwarded || (context.req?.socket.remoteAddress ?? 'local');
      };
      extendContext({ lintService: service, lintClient } as never);
    },
    async onDispose() {
      await service?.close();
    },
  };
}
