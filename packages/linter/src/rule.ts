import type { MessageData, Rule, RuleMeta, RuleOptions } from './types.js';

const DOCS_BASE = 'https://github.com/clearframe/clearframe/blob/main/packages/linter/docs/rules/';

/** What a rule module declares: its meta without the derived docs URL (and scope, 'policy' unless given), and its checks. */
export type RuleDefinition<MessageIds extends string, Options extends RuleOptions> = Omit<Rule<MessageIds, Options>, 'meta'> & {
  meta: Omit<RuleMeta<MessageIds, Options>, 'docsUrl' | 'scope'> & { scope?: RuleMeta['scope'] };
};

/**
 * Declares a rule; its docs URL is derived from its id. Like typescript-eslint's RuleCreator, the type parameters
 * (inferred from `meta`, or given: `defineRule<'noReviewDate' | 'stale', { maxAgeDays: number }>`) type `report`'s
 * message ids and the options `check` receives.
 */
export function defineRule<MessageIds extends string = never, Options extends RuleOptions = Record<never, never>>(
  rule: RuleDefinition<MessageIds, Options>,
): Rule<MessageIds, Options> {
  return { ...rule, meta: { scope: 'policy', ...rule.meta, docsUrl: `${DOCS_BASE}${rule.meta.id}.md` } };
}

/** The text of a finding: the rule's template `messageId` with each `{{name}}` replaced by `data[name]`. */
export function renderMessage(meta: Pick<RuleMeta, 'id' | 'messages'>, messageId: string, data: MessageData = {}): string {
  const template = Object.hasOwn(meta.messages, messageId) ? meta.messages[messageId] : undefined;
  if (template === undefined) throw new Error(`rule "${meta.id}" reported message "${messageId}", which its meta.messages does not declare`);
  // One pass over the template: text from the data is never read as a placeholder.
  return template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (_, name: string) => {
    if (!Object.hasOwn(data, name)) throw new Error(`rule "${meta.id}" message "${messageId}" needs {{${name}}}, but the report gave no "${name}"`);
    return String(data[name]);
  });
}

/** The default value of every option of a rule (from `meta.options`, its JSON Schema). */
export function optionDefaults(meta: Pick<RuleMeta, 'options'>): RuleOptions {
  return Object.fromEntries(Object.entries(meta.options?.properties ?? {}).map(([name, option]) => [name, option.default]));
}

/** True for a string with some non-space text. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
