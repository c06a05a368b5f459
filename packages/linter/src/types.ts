import type { PolicyDocument, Spec } from '@clearframe/schema';

export type Severity = 'error' | 'warning' | 'info';
export type Level = Severity | 'off';

/** One finding, as in the JSON output contract. */
export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** JSON pointer of the field in the effective (merged) policy, e.g. /spec/socialMedia/friending. */
  path: string;
}

export interface Suppression {
  kind: 'directive';
  justification: string;
}

export interface SuppressedMessage extends LintMessage {
  suppressions: Suppression[];
}

/** The findings for one file. */
export interface LintResult {
  /** Path relative to the working directory. */
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: SuppressedMessage[];
}

/** An option a rule accepts in clearframe.config.yaml (`rule-id: [warning, { name: value }]`). */
export interface RuleOption {
  type: 'integer' | 'string' | 'boolean';
  default: number | string | boolean;
  description: string;
  minimum?: number;
}

export interface RuleMeta {
  /** Stable id from the rule catalog. */
  id: string;
  /** Severity in the `recommended` preset. */
  severity: Severity;
  /** One sentence starting with Require, Disallow or Enforce; matches the docs page summary. */
  description: string;
  /** Where the idea comes from (PCT 3, Kolmes, NASW 2017, APA 5.05, ACA H.2, Balick), or '—'. */
  source: string;
  /** Link to docs/rules/<id>.md. */
  docsUrl: string;
  options?: Record<string, RuleOption>;
  /**
   * 'policy' rules check each effective CommunicationPolicy through `check`.
   * 'engine' rules (schema, duplicate-id across files, disable comments) are produced by the lint engine itself.
   */
  scope: 'policy' | 'engine';
}

/** What a rule's check sees. */
export interface RuleContext {
  /** The effective policy (ClinicDefaults merged in), valid against the JSON Schema. */
  policy: PolicyDocument;
  /** `policy.spec`. */
  spec: Spec;
  /** Options from the config merged over the defaults in `meta.options`. */
  options: Record<string, unknown>;
  /** Lint date, YYYY-MM-DD (UTC). */
  today: string;
  /** Reports a finding on the field at `path` (a JSON pointer into the effective policy). */
  report(path: string, message: string): void;
}

export interface Rule {
  meta: RuleMeta;
  check?(context: RuleContext): void;
}
