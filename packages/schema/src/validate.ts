import { validateConfig, validatePolicy, type AjvError, type StandaloneValidator } from './generated/validators.js';
import { COUNTRY_CODES, COUNTRY_HINTS } from './countries.js';
import { parseWithin } from './facts.js';
import { inFlowMap, locate, pointerSegments, sourceText, toPointer, type ParsedFile, type Problem } from './parse.js';

/** Validates a parsed policy (or ClinicDefaults) document against the JSON Schema. */
export function validatePolicyFile(file: ParsedFile): Problem[] {
  const problems = [...schemaProblems(validatePolicy, file), ...impossibleDates(file), ...unknownCountries(file), ...reversedRanges(file), ...unstorableText(file)];
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Validates a parsed clearframe.config.yaml. */
export function validateConfigFile(file: ParsedFile): Problem[] {
  return schemaProblems(validateConfig, file);
}

function schemaProblems(validate: StandaloneValidator, file: ParsedFile): Problem[] {
  if (validate(file.value)) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // `if`/`then` and `anyOf` wrappers repeat what their inner errors already say.
    if (error.keyword === 'if' || error.keyword === 'anyOf') continue;
    const problem = describe(error, file);
    const key = `${problem.pointer}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function describe(error: AjvError, file: ParsedFile): Problem {
  const p = error.params;
  if (error.keyword === 'additionalProperties') {
    const key = String(p.additionalProperty);
    const pointer = `${error.instancePath}/${escape(key)}`;
    const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
    const suggestion = didYouMean(key, known);
    let message = `unknown field "${key}"${where(error.instancePath)}`;
    if (suggestion) message += ` — did you mean "${suggestion}"?`;
    else if (valueAt(file.value, pointer) === null && inFlowMap(file, pointer)) {
      message += ' — an unquoted comma inside { … } starts a new key; quote the value that contains the comma';
    } else if (known.length > 0 && known.length <= 12) message += ` (allowed: ${known.join(', ')})`;
    return { ...at(file, pointer, message), unknownKey: true };
  }
  if (error.keyword === 'required') {
    const field = String(p.missingProperty);
    return { ...at(file, error.instancePath, `missing required field "${field}"${where(error.instancePath)}`, `${error.instancePath}/${escape(field)}`), missing: true };
  }
  const name = fieldName(error.instancePath);
  const value = error.data;
  switch (error.keyword) {
    case 'type': {
      const expected = String(p.type);
      if (expected === 'boolean') {
        const yesNo = typeof value === 'string' && /^(yes|no|on|off|y|n)$/i.test(value);
        return at(file, error.instancePath, `${name} must be true or false${yesNo ? ` — use true or false, not "${value}" (YAML 1.2 has no yes/no booleans)` : `, not ${describeValue(value)}`}`);
      }
      if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        const written = sourceText(file, error.instancePath) ?? String(value);
        return at(file, error.instancePath, `${name} must be a string — quote it: "${written}"${typeof value === 'number' && written !== String(value) ? ` (unquoted, it reads as the number ${value})` : ''}`);
      }
      return at(file, error.instancePath, `${name} must be ${article(expected)}, not ${describeValue(value)}`);
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      const hint = typeof value === 'string' ? didYouMean(value, (p.allowedValues as unknown[]).map(String)) : undefined;
      return at(file, error.instancePath, `${name} is ${describeValue(value)}; allowed: ${allowed}${hint ? ` — did you mean "${hint}"?` : ''}`);
    }
    case 'const':
      return at(file, error.instancePath, `${name} must be ${JSON.stringify(p.allowedValue)}, not ${describeValue(value)}`);
    case 'pattern':
      return at(file, error.instancePath, `${name} is ${describeValue(value)}; ${PATTERN_HINTS[lastSegment(error.instancePath)] ?? patternHint(error)}`);
    case 'maxItems':
    case 'minItems':
    case 'uniqueItems':
    default:
      return at(file, error.instancePath, `${name} ${error.message ?? 'is not valid'}`);
  }
}

const PATTERN_HINTS: Record<string, string> = {
  within: 'write a reply time such as "24h", "2d", "48 hours", "2 business days", or a range such as "24-48h" or "1-2 working days"',
  licensedIn: 'use ISO 3166-1 alpha-2 country codes, optionally with a subdivision: "US-CA", "GB", "AU-NSW" ("UK" is not a code; use "GB")',
  jurisdiction: 'use an ISO 3166-1 alpha-2 country code, optionally with a subdivision: "US-CA", "GB", "AU-NSW" ("UK" is not a code; use "GB")',
  language: 'use a BCP 47 language tag such as "en", "en-GB" or "es"',
  effective: 'write the date as YYYY-MM-DD',
  reviewed: 'write the date as YYYY-MM-DD',
  id: 'use lower-case letters, digits and dashes (at most 100 characters), e.g. "jane-rivera"',
  clinic: 'use lower-case letters, digits and dashes, e.g. "riverbend"',
  url: 'use a full web address starting with https://',
  repository: 'use the repository\'s web address starting with https://, e.g. "https://github.com/riverbend/policies"',
  extends: 'name a relative path to a ClinicDefaults file',
};

function patternHint(error: AjvError): string {
  return `it must match ${String(error.params.pattern)}`;
}

function impossibleDates(file: ParsedFile): Problem[] {
  const problems: Problem[] = [];
  const metadata = (file.value as { metadata?: Record<string, unknown> } | undefined)?.metadata;
  for (const field of ['effective', 'reviewed'] as const) {
    const value = metadata?.[field];
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
    if (!isCalendarDate(value)) problems.push(at(file, `/metadata/${field}`, `"${field}" is "${value}", which is not a real calendar date`));
  }
  return problems;
}

function unknownCountries(file: ParsedFile): Problem[] {
  const metadata = (file.value as { metadata?: { jurisdiction?: unknown; clinician?: { license?: { jurisdiction?: unknown } } } } | undefined)?.metadata;
  const problems: Problem[] = [];
  const check = (value: unknown, pointer: string) => {
    if (typeof value !== 'string' || !/^[A-Z]{2}(-|$)/.test(value)) return;
    const country = value.slice(0, 2);
    if (COUNTRY_CODES.has(country)) return;
    const hint = COUNTRY_HINTS[country];
    problems.push(at(file, pointer, `"jurisdiction" is "${value}", which does not start with an ISO 3166-1 country code${hint ? ` — "${country}" is not a code; use "${hint}"` : ''}`));
  };
  check(metadata?.jurisdiction, '/metadata/jurisdiction');
  check(metadata?.clinician?.license?.jurisdiction, '/metadata/clinician/license/jurisdiction');
  const licensedIn = (file.value as { spec?: { telehealth?: { licensedIn?: unknown } } } | undefined)?.spec?.telehealth?.licensedIn;
  if (Array.isArray(licensedIn)) licensedIn.forEach((value, index) => check(value, `/spec/telehealth/licensedIn/${index}`));
  return problems;
}

/** A range in `within` names the smaller number first ("24-48h"); the pattern alone cannot say so. */
function reversedRanges(file: ParsedFile): Problem[] {
  const spec = (file.value as { spec?: { turnaround?: { within?: unknown }; contact?: { methods?: unknown } } } | undefined)?.spec;
  const fields: [unknown, string][] = [[spec?.turnaround?.within, '/spec/turnaround/within']];
  const methods = spec?.contact?.methods;
  if (Array.isArray(methods)) {
    methods.forEach((method: { turnaround?: { within?: unknown } } | null, index) => fields.push([method?.turnaround?.within, `/spec/contact/methods/${index}/turnaround/within`]));
  }
  return fields.flatMap(([value, pointer]) => {
    const duration = parseWithin(value);
    if (!duration || duration.min < duration.max || !/[-–]/.test(String(value))) return [];
    const written = String(value);
    const fix = duration.min === duration.max ? written.replace(/^\d+\s*[-–]\s*/, '') : written.replace(/^(\d+)(\s*[-–]\s*)(\d+)/, '$3$2$1');
    return [at(file, pointer, `"within" is "${written}"; a range names the smaller number first: write "${fix}"`)];
  });
}

/** NUL and unpaired surrogates cannot be stored (PostgreSQL text, UTF-8): a finding on every key or value that holds one. */
function unstorableText(file: ParsedFile): Problem[] {
  const problems: Problem[] = [];
  // An alias can make a mapping contain itself: each mapping is visited once.
  const seen = new Set<object>();
  const visit = (node: unknown, segments: string[]) => {
    if (typeof node === 'string') {
      const reason = unstorable(node);
      if (reason) problems.push(at(file, toPointer(segments), `${segments.length ? `"${segments.filter((s) => !/^\d+$/.test(s)).at(-1) ?? segments.at(-1)}"` : 'the document'} contains ${reason}, which cannot be stored: remove it`));
      return;
    }
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) {
      const reason = unstorable(key);
      if (reason) problems.push(at(file, toPointer([...segments, key]), `a key${segments.length ? ` in ${segments.join('.')}` : ''} contains ${reason}, which cannot be stored: rename it`));
      else visit(value, [...segments, key]);
    }
  };
  visit(file.value, []);
  return problems;
}

function unstorable(text: string): string | undefined {
  if (text.includes('\u0000')) return 'a NUL character (\\0)';
  // A lone high surrogate not followed by a low one, or a lone low surrogate not preceded by a high one.
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) return 'an unpaired UTF-16 surrogate (such as \\uD800)';
  return undefined;
}

/** True for a YYYY-MM-DD string naming a day that exists. */
export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function at(file: ParsedFile, locatePointer: string, message: string, pointer = locatePointer): Problem {
  const { line, column } = locate(file, locatePointer);
  return { line, column, pointer, message };
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function escape(segment: string): string {
  return toPointer([segment]).slice(1);
}

function lastSegment(pointer: string): string {
  const segments = pointerSegments(pointer);
  const last = segments.at(-1) ?? '';
  return /^\d+$/.test(last) ? (segments.at(-2) ?? '') : last;
}

function fieldName(pointer: string): string {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return 'the document';
  return `"${segments.filter((s) => !/^\d+$/.test(s)).at(-1) ?? segments.at(-1)}"`;
}

function where(pointer: string): string {
  return pointer === '' ? ' at the top level' : ` in ${pointerSegments(pointer).join('.')}`;
}

function article(type: string): string {
  return { object: 'a mapping (key: value pairs)', array: 'a list', string: 'a string', number: 'a number', integer: 'a whole number', null: 'empty' }[type] ?? type;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

/** The closest candidate by edit distance, when it is close enough to be a likely typo. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = input.toLowerCase();
  for (const candidate of candidates) {
    const d = candidate.toLowerCase() === lower ? 0 : levenshtein(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(input.length, 3) / 3));
  return bestDistance <= limit ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 5) return Math.abs(a.length - b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
