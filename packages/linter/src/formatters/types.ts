import type { LintResult, RuleMeta } from '../types.js';

export interface FormatterContext {
  /** Working directory; result file paths are relative to it. */
  cwd: string;
  /** Metadata of every rule, by id (for SARIF rule descriptors and help links). */
  rules: ReadonlyMap<string, RuleMeta>;
  /** Colour output (stylish on a TTY). */
  color: boolean;
  /** Tool version, for SARIF's tool.driver.version. */
  version: string;
}

/** A formatter is pure: results in, text out. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
