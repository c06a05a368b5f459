import type { LintResult, RuleMeta } from '../../types.js';
import type { FormatterContext } from '../types.js';

const DOCS = 'https://example.test/docs/rules/';

function meta(id: string, severity: RuleMeta['severity'], description: string, source: string): RuleMeta {
  return { id, severity, description, source, docsUrl: `${DOCS}${id}.md`, scope: 'policy', messages: {} };
}

/** Rule metadata of the fixture's own: formatter tests must not depend on the texts of the real rules. */
export const ruleMetas: ReadonlyMap<string, RuleMeta> = new Map(
  [
    meta('published-url', 'info', 'Require a web link to the policy.', 'Balick'),
    meta('review-sites', 'warning', 'Require a review-sites stance.', 'NASW 2017, Kolmes'),
    meta('schema', 'error', 'Require a valid policy file.', '—'),
    meta('texting-stance', 'warning', 'Require a texting stance.', 'PCT 1'),
    meta('turnaround-required', 'error', 'Require a turnaround time.', 'PCT 3'),
  ].map((m) => [m.id, m]),
);

export const context: FormatterContext = { cwd: '/srv/clinic-repo', rules: ruleMetas, color: false, version: '1.2.3' };

/** Needs escaping everywhere: XML (< & " '), workflow commands (% newline , :), terminals (newline). */
export const trickyMessage = `unknown field "a<b & 'c'" at 100%, really: fix it\nthen run again`;

export const CLEAN = 'clinics/riverbend/policies/clean.yaml';
export const JANE = 'clinics/riverbend/policies/jane-rivera.yaml';
export const SAM = 'clinics/north side/policies/sam.yaml';

/** A clean file; a file with errors, a warning and an info; a file with a warning and a suppressed finding. */
export const results: LintResult[] = [
  { filePath: CLEAN, messages: [], suppressedMessages: [] },
  {
    filePath: JANE,
    messages: [
      { ruleId: 'published-url', severity: 'info', message: 'no sharing.url', line: 2, column: 1, path: '/spec/sharing/url' },
      { ruleId: 'turnaround-required', severity: 'error', message: 'no turnaround section', line: 9, column: 1, path: '/spec/turnaround/within' },
      { ruleId: 'schema', severity: 'error', message: trickyMessage, line: 12, column: 3, path: '/spec/contact/a<b & c' },
      { ruleId: 'texting-stance', severity: 'warning', message: 'no method of kind sms', line: 110, column: 15, path: '/spec/contact/methods' },
    ],
    suppressedMessages: [],
  },
  {
    filePath: SAM,
    messages: [{ ruleId: 'texting-stance', severity: 'warning', message: 'no method of kind sms', line: 7, column: 3, path: '/spec/contact/methods' }],
    suppressedMessages: [
      {
        ruleId: 'review-sites',
        severity: 'warning',
        message: 'respondPublicly is true',
        line: 30,
        column: 5,
        path: '/spec/socialMedia/reviewSites/respondPublicly',
        suppressions: [{ kind: 'directive', justification: 'we answer only with a generic reply' }],
      },
    ],
  },
];
