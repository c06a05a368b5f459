import { ruleDoc, rules, type Rule } from '@clearframe/linter';
import type { ObjectRef } from '@pothos/core';
import { builder } from '../builder.js';
import { notFound } from '../errors.js';

export const SeverityRef = builder.enumType('Severity', {
  values: { ERROR: { value: 'error' }, WARNING: { value: 'warning' }, INFO: { value: 'info' } } as const,
});

const RuleScopeRef = builder.enumType('RuleScope', {
  values: {
    POLICY: { value: 'policy', description: 'Checks each effective CommunicationPolicy.' },
    ENGINE: { value: 'engine', description: 'Produced by the lint engine itself (schema, duplicate ids, disable comments).' },
  } as const,
});

interface RuleOptionShape {
  name: string;
  type: string;
  default: number | string | boolean;
  description: string;
  minimum?: number | undefined;
}

const RuleOptionRef = builder.objectRef<RuleOptionShape>('RuleOption').implement({
  description: 'An option a rule accepts in clearframe.config.yaml (`rule-id: [warning, { name: value }]`).',
  fields: (t) => ({
    name: t.exposeString('name'),
    type: t.exposeString('type', { description: 'integer, string or boolean.' }),
    default: t.expose('default', { type: 'JSON' }),
    description: t.exposeString('description'),
    minimum: t.exposeInt('minimum', { nullable: true }),
  }),
});

/** The builder's schema types, to name RuleRef's type (the linter's option-schema helper types are internal, so it cannot be inferred in .d.ts). */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export const RuleRef: ObjectRef<BuilderTypes, Rule> = builder.objectRef<Rule>('Rule').implement({
  description: 'A lint rule of the catalog, as `clearframe rules` and `clearframe explain` show it.',
  fields: (t) => ({
    id: t.string({ description: 'Stable rule id, as in findings and disable comments.', resolve: (r) => r.meta.id }),
    severity: t.field({ type: SeverityRef, description: 'Severity in the recommended preset.', resolve: (r) => r.meta.severity }),
    description: t.string({ resolve: (r) => r.meta.description }),
    source: t.string({ description: 'Where the idea comes from (PCT, Kolmes, NASW 2017, APA 5.05, ACA H, Balick), or "—".', resolve: (r) => r.meta.source }),
    docsUrl: t.string({ resolve: (r) => r.meta.docsUrl }),
    docs: t.string({
      nullable: true,
      description: 'The Markdown docs page: why, source, incorrect and correct examples, options. Null while the page is not written.',
      resolve: (r) => docsOf(r.meta.id),
    }),
    scope: t.field({ type: RuleScopeRef, resolve: (r) => r.meta.scope }),
    options: t.field({
      type: [RuleOptionRef],
      resolve: (r) => Object.entries(r.meta.options?.properties ?? {}).map(([name, option]) => ({ name, ...option })),
    }),
  }),
});

function docsOf(id: string): string | null {
  try {
    return ruleDoc(id);
  } catch {
    return null;
  }
}

builder.queryFields((t) => ({
  rules: t.field({ type: [RuleRef], description: 'Every lint rule, sorted by id.', resolve: () => [...rules.values()] }),
  rule: t.field({
    type: RuleRef,
    nullable: true,
    args: { id: t.arg.string({ required: true }) },
    resolve: (_root, { id }) => {
      const rule = rules.get(id);
      if (!rule) throw notFound(`no rule "${id}"; query rules for the list`);
      return rule;
    },
  }),
}));
