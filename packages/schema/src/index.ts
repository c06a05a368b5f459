export * from './generated/types.js';
export { decodeSource, parseYaml, locate, sourceText, pointerSegments, toPointer, MAX_FILE_BYTES, MAX_ALIAS_COUNT, MAX_DEPTH } from './parse.js';
export type { ParsedFile, Problem, Position, Location } from './parse.js';
export { validatePolicyFile, validateConfigFile, didYouMean, isCalendarDate } from './validate.js';
export * from './facts.js';
export { resolveExtends } from './extends.js';
export type { EffectivePolicy, Origin, Loader, ResolveOptions } from './extends.js';
export { loadPolicySource } from './load.js';

/** Absolute path of the shipped JSON Schema (for `clearframe schema` and yaml-language-server). */
export const policySchemaPath = new URL('./policy.schema.json', import.meta.url);
