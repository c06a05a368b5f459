export { lintFiles, lintSources, diskReader, FileReadError, todayUtc, clinicFromPath } from './lint.js';
export type { LintOptions, Reader } from './lint.js';
export { loadConfig, defaultConfig, rulesFor, ConfigError, CONFIG_FILE } from './config.js';
export type { ResolvedConfig, RuleSetting } from './config.js';
export { rules } from './rules/index.js';
export { ruleDoc } from './docs.js';
export type { LintMessage, LintResult, Rule, RuleMeta, RuleOption, Severity, SuppressedMessage } from './types.js';
