import type { LintResult, RuleMeta, Severity } from '../types.js';

export interface FormatterContext {
  /** Working directory; result file paths are relative to it. */
  cwd: string;
  /** Repository root (git top level, or --base-dir): SARIF and github paths are relative to it. Default: cwd. */
  baseDir?: string;
  /** Metadata of every rule, by id (for SARIF rule descriptors and help links). */
  rules: ReadonlyMap<string, RuleMeta>;
  /** Colour output (stylish on a TTY). */
  color: boolean;
  /** Tool version, for SARIF's tool.driver.version. */
  version: string;
  /** Lowest severity that JUnit reports as a failed test (default: error). */
  junitFailures?: Severity;
  /** The Markdown docs page of a rule, for SARIF's help.markdown. */
  ruleDoc?: (ruleId: string) => string | undefined;
  /** Text of a linted file (path as in the results), for SARIF end positions; undefined when unreadable. */
  readSource?: (filePath: string) => string | undefined;
  /** Where file links in Markdown point: `<linkBase>/<path from the repository root>#L<line>` (e.g. a GitHub blob URL). */
  linkBase?: string;
  /** Receives a warning about the report itself (e.g. more SARIF results than GitHub takes in one run). */
  warn?: (message: string) => void;
}

/** A formatter is pure: results in, text out. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
