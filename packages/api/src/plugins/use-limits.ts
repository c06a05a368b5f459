import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.js';

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
