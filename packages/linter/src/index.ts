export { lintProject, lintFiles, lintSourcesProject, lintSources, diskReader, FileReadError, todayUtc, DEFAULT_FLOOR } from './lint.js';
export type { LintOptions, Reader, ReadResult } from './lint.js';
export { clinicFromPath } from './layout.js';
export { loadConfig, configFromSource, defaultConfig, rulesFor, floorViolations, commitUrl, ConfigError, CONFIG_FILE } from './config.js';
export type { ResolvedConfig, RuleSetting } from './config.js';
export { rules } from './rules/index.js';
export { ruleDoc } from './docs.js';
export type { FileFinding, FileSuppressed, LintedPolicy, LintMessage, LintResult, MessageData, ProjectLint, Rule, RuleMeta, RuleOption, RuleOptions, RuleOptionsSchema, Severity, SuppressedMessage } from './types.js';
