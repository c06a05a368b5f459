import { rules, type LintMessage, type LintResult, type SuppressedMessage } from '@clearframe/linter';
import { builder } from '../builder.js';
import type { LintContext } from '../plugins/use-limits.js';
import { checkFiles } from '../publishing.js';
import { RuleRef, SeverityRef } from './rule.js';
import { SourceFileInputRef } from './source-file.js';

/** A finding with the file it points into; suppressed findings carry their disable comments' reasons. */
export interface FindingShape extends LintMessage {
  filePath: string;
  suppressions?: SuppressedMessage['suppressions'];
}

export const LintStatusRef = builder.enumType('LintStatus', {
  description: 'Lint outcome of a published version (a policy with errors is never published).',
  values: {
    CLEAN: { value: 'CLEAN', description: 'No findings and no exceptions.' },
    INFO: { value: 'INFO', description: 'Infos only.' },
    WARNINGS: { value: 'WARNINGS', description: 'At least one warning.' },
    EXCEPTIONS: {
      value: 'EXCEPTIONS',
      description: 'At least one finding was suppressed by a disable comment (see `exceptions`, each with its reason); never shown as clean.',
    },
  } as const,
});

const SuppressionRef = builder.objectRef<SuppressedMessage['suppressions'][number]>('Suppression').implement({
  description: 'A disable comment that suppressed a finding.',
  fields: (t) => ({
    kind: t.exposeString('kind'),
    justification: t.exposeString('justification', { description: 'The reason written after "--".' }),
  }),
});

export const LintFindingRef = builder.objectRef<FindingShape>('LintFinding').implement({
  description: 'One lint finding, as in `clearframe lint --format json`.',
  fields: (t) => ({
    ruleId: t.exposeString('ruleId'),
    rule: t.field({ type: RuleRef, nullable: true, resolve: (f) => rules.get(f.ruleId) ?? null }),
    severity: t.expose('severity', { type: SeverityRef }),
    message: t.exposeString('message'),
    filePath: t.exposeString('filePath', { description: 'File the finding points into, relative to the repository root.' }),
    line: t.exposeInt('line', { description: '1-based.' }),
    column: t.exposeInt('column', { description: '1-based.' }),
    path: t.exposeString('path', { description: 'JSON pointer of the field in the effective policy, e.g. /spec/socialMedia/friending.' }),
    suppressions: t.field({ type: [SuppressionRef], description: 'Empty unless the finding was suppressed.', resolve: (f) => f.suppressions ?? [] }),
  }),
});

/** A suppressed finding kept with a published version. */
export const PolicyExceptionRef = builder.objectRef<FindingShape & { suppressions: SuppressedMessage['suppressions'] }>('PolicyException').implement({
  description: 'A finding that a disable comment suppressed when the version was published, with the reason written in the comment.',
  fields: (t) => ({
    ruleId: t.exposeString('ruleId'),
    rule: t.field({ type: RuleRef, nullable: true, resolve: (f) => rules.get(f.ruleId) ?? null }),
    severity: t.expose('severity', { type: SeverityRef, description: 'The severity the finding would have had.' }),
    message: t.exposeString('message'),
    filePath: t.exposeString('filePath', { description: 'File the finding points into, relative to the repository root.' }),
    line: t.exposeInt('line', { description: '1-based.' }),
    column: t.exposeInt('column', { description: '1-based.' }),
    path: t.exposeString('path', { description: 'JSON pointer of the field in the effective policy.' }),
    reason: t.string({ description: 'The reason written after "--" in the disable comment (several comments: joined with "; ").', resolve: (f) => f.suppressions.map((s) => s.justification).join('; ') }),
  }),
});

export const LintResultRef = builder.objectRef<LintResult>('LintResult').implement({
  description: 'The findings for one file.',
  fields: (t) => ({
    filePath: t.exposeString('filePath'),
    // A finding may carry its own file (a policy refused for what it inherits from its clinic.yaml).
    messages: t.field({ type: [LintFindingRef], resolve: (r) => r.messages.map((m) => ({ ...m, filePath: (m as Partial<FindingShape>).filePath ?? r.filePath })) }),
    suppressedMessages: t.field({ type: [LintFindingRef], resolve: (r) => r.suppressedMessages.map((m) => ({ ...m, filePath: r.filePath })) }),
    errorCount: t.int({ resolve: (r) => r.messages.filter((m) => m.severity === 'error').length }),
    warningCount: t.int({ resolve: (r) => r.messages.filter((m) => m.severity === 'warning').length }),
    infoCount: t.int({ resolve: (r) => r.messages.filter((m) => m.severity === 'info').length }),
  }),
});

builder.queryField('lint', (t) =>
  t.field({
    type: [LintResultRef],
    description:
      'Lints a policy the way `clearframe lint` does (recommended preset). Pass the ClinicDefaults it extends in `files`, at paths that match its `extends`.',
    args: {
      source: t.arg.string({ required: true, description: 'YAML text of the policy.' }),
      path: t.arg.string({ description: 'Its path relative to the repository root (default policy.yaml).' }),
      files: t.arg({ type: [SourceFileInputRef], description: 'Other files of the repository, e.g. the clinic.yaml it extends.' }),
      today: t.arg({ type: 'Date', description: 'Lint date for date rules (default: today, UTC).' }),
    },
    resolve: (_root, args, ctx) => {
      const files = [{ path: args.path ?? 'policy.yaml', source: args.source }, ...(args.files ?? [])];
      checkFiles(files);
      // Off the event loop, within the request's byte budget and the unauthenticated rate limit (plugins/use-limits.ts).
      const { lintService, lintClient } = ctx as typeof ctx & LintContext;
      return lintService.lint(files, { config: ctx.lintConfig, today: args.today ?? ctx.today(), request: ctx, client: lintClient() });
    },
  }),
);
