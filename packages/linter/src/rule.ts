import type { Rule, RuleMeta } from './types.js';

const DOCS_BASE = 'https://github.com/clearframe/clearframe/blob/main/packages/linter/docs/rules/';

/** Declares a rule; its docs URL is derived from its id. */
export function defineRule(rule: { meta: Omit<RuleMeta, 'docsUrl' | 'scope'> & { scope?: RuleMeta['scope'] } } & Omit<Rule, 'meta'>): Rule {
  return { ...rule, meta: { scope: 'policy', ...rule.meta, docsUrl: `${DOCS_BASE}${rule.meta.id}.md` } };
}

/** True for a string with some non-space text. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
