import type { ParsedFile, PolicyDocument, Spec } from '@clearframe/schema';

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
  /** Key of the rule's `meta.messages` the message was rendered from (absent for schema findings, whose text comes from the validator). */
  messageId?: string;
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

/** The JSON Schema of one option a rule accepts in clearframe.config.yaml (`rule-id: [warning, { name: value }]`). */
export type RuleOption =
  | { type: 'integer' | 'number'; default: number; description: string; minimum?: number; maximum?: number }
  | { type: 'string'; default: string; description: string; enum?: readonly string[] }
  | { type: 'boolean'; default: boolean; description: string };

/** The option schema that fits a value type: numbers get `integer`/`number`, strings `string`, booleans `boolean`. */
type OptionSchemaOf<T> = T extends number ? Extract<RuleOption, { type: 'integer' | 'number' }> : T extends string ? Extract<RuleOption, { type: 'string' }> : T extends boolean ? Extract<RuleOption, { type: 'boolean' }> : RuleOption;

/** A rule's options as a JSON Schema (the subset config.ts `checkOptions` checks): an object whose every property has a default. */
export interface RuleOptionsSchema<Options extends RuleOptions = RuleOptions> {
  type: 'object';
  properties: { [Name in keyof Options]-?: OptionSchemaOf<Options[Name]> };
  additionalProperties: false;
}

/** The options a rule's `check` receives: every option, with its default when the config does not set it. */
export type RuleOptions = Record<string, number | string | boolean>;

/** Values for the `{{placeholders}}` of a message template. */
export type MessageData = Record<string, string | number>;

export interface RuleMeta<MessageIds extends string = string, Options extends RuleOptions = RuleOptions> {
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
  /** Message templates by id; `{{name}}` is filled from the data passed to `report`. */
  messages: Record<MessageIds, string>;
  options?: RuleOptionsSchema<Options>;
  /**
   * 'policy' rules check each effective CommunicationPolicy through `check`.
   * 'engine' rules (schema, disable comments) are produced by the lint engine itself; duplicate-id uses checkFile/checkProject.
   */
  scope: 'policy' | 'engine';
  /**
   * Each finding is about the one field the rule read it from (e.g. placeholder-text walks every string). On a file with
   * schema errors, such a rule keeps its findings: an invalid field reads as undefined and is simply not reported.
   * Other rules go silent once they read an invalid field, since their condition may depend on it.
   */
  fieldLocal?: boolean;
}

/** What a rule's check sees. */
export interface RuleContext<MessageIds extends string = string, Options extends RuleOptions = RuleOptions> {
  /** The effective policy (ClinicDefaults merged in), valid against the JSON Schema. */
  policy: PolicyDocument;
  /** `policy.spec`. */
  spec: Spec;
  /** Options from the config merged over the defaults in `meta.options`. */
  options: Options;
  /** Lint date, YYYY-MM-DD (UTC). */
  today: string;
  /** Reports a finding on the field at `path` (a JSON pointer into the effective policy) with the message `messageId` of `meta.messages`. */
  report(path: string, messageId: MessageIds, data?: MessageData): void;
}

/** What a rule's `checkFile` sees: one parsed file (policy or ClinicDefaults) on its own, before `extends`. */
export interface FileContext<MessageIds extends string = string> {
  file: ParsedFile;
  /** Reports a finding at `pointer` in this file. */
  report(pointer: string, messageId: MessageIds, data?: MessageData): void;
}

/** A CommunicationPolicy of the project, as cross-file rules see it. */
export interface ProjectPolicy {
  /** Display path of the policy file. */
  filePath: string;
  /** `metadata.clinic`, else the directory under clinics/, else '' (the shared namespace). */
  clinic: string;
  /** `metadata.id`. */
  id: string;
}

/** What a rule's `checkProject` sees: every policy of the run, once all files are read. */
export interface ProjectContext<MessageIds extends string = string> {
  policies: readonly ProjectPolicy[];
  /** Reports a finding at `pointer` in the policy's own file: /metadata/id, /metadata/clinic or /metadata. */
  report(policy: ProjectPolicy, pointer: string, messageId: MessageIds, data?: MessageData): void;
}

export interface Rule<MessageIds extends string = string, Options extends RuleOptions = RuleOptions> {
  meta: RuleMeta<MessageIds, Options>;
  /** Runs on each effective CommunicationPolicy. */
  check?(context: RuleContext<MessageIds, Options>): void;
  /** Runs on each file that parsed, on its own content (e.g. ids repeated within a file). */
  checkFile?(context: FileContext<MessageIds>): void;
  /** Runs once per lint run across all policies (e.g. ids repeated across files). */
  checkProject?(context: ProjectContext<MessageIds>): void;
}

/** A finding with the file it is reported under. */
export interface FileFinding extends LintMessage {
  /** Display path of the file (as in LintResult.filePath). */
  filePath: string;
}

export interface FileSuppressed extends SuppressedMessage {
  filePath: string;
}

/** One CommunicationPolicy of a lint run, with its effective document and every finding that concerns it. */
export interface LintedPolicy {
  /** Display path of the policy file. */
  filePath: string;
  /** The effective policy: its ClinicDefaults chain merged in. */
  document: PolicyDocument;
  /** Display paths of the policy file and the ClinicDefaults files it extends, nearest first. */
  files: string[];
  /** Kept findings on this policy's own file and on the fields it inherits. */
  messages: FileFinding[];
  suppressedMessages: FileSuppressed[];
}

/** What one lint pass returns. */
export interface ProjectLint {
  /** Per file, as `clearframe lint` reports them. */
  results: LintResult[];
  /** One per CommunicationPolicy whose `extends` resolved. */
  policies: LintedPolicy[];
}
