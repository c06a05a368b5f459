// Facts of the policy format that the schema, linter, API and web share. No node imports: the web bundles this module.

/** A slug (metadata.id, metadata.clinic, method ids): lower-case letters, digits and dashes, at most 100 characters. */
export const SLUG_PATTERN = '^[a-z0-9][a-z0-9-]{0,99}$';
export const SLUG = new RegExp(SLUG_PATTERN);

/** ISO 3166-1 alpha-2 country code, optionally with an ISO 3166-2 subdivision (US-CA, GB-SCT). */
export const JURISDICTION_PATTERN = '^[A-Z]{2}(-[A-Z0-9]{1,3})?$';
export const JURISDICTION = new RegExp(JURISDICTION_PATTERN);

/** Case-insensitive pattern source for a word (JSON Schema patterns take no flags). */
function anyCase(word: string): string {
  return [...word].map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
}

/**
 * A reply time: "24h", "2d", "48 hours", "2 business days", "1 working day", or a range with the smaller number first:
 * "24-48h", "8–12 hours", "1 – 2 business days".
 */
export const WITHIN_PATTERN =
  '^[1-9][0-9]*(\\s*[-–]\\s*[1-9][0-9]*)?\\s*(' +
  [anyCase('h'), `${anyCase('hour')}[sS]?`, anyCase('d'), `${anyCase('day')}[sS]?`, `${anyCase('business')} ${anyCase('day')}[sS]?`, `${anyCase('working')} ${anyCase('day')}[sS]?`].join('|') +
  ')$';
export const WITHIN = new RegExp(WITHIN_PATTERN);

export type DurationUnit = 'hours' | 'days' | 'business-days';

/** A parsed `within`: a single value has `min === max`; comparisons use `max` (the upper bound). */
export interface Duration {
  min: number;
  max: number;
  unit: DurationUnit;
}

/** Parses a `within` value; undefined when it does not match WITHIN_PATTERN. "working day(s)" means business day(s). */
export function parseWithin(value: unknown): Duration | undefined {
  if (typeof value !== 'string' || !WITHIN.test(value)) return undefined;
  const match = /^(\d+)(?:\s*[-–]\s*(\d+))?\s*(.+)$/.exec(value)!;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  const word = match[3]!.toLowerCase();
  const unit: DurationUnit = word.startsWith('h') ? 'hours' : word.startsWith('business') || word.startsWith('working') ? 'business-days' : 'days';
  return { min, max, unit };
}

// EU member states but IE (which has its own row), then the EEA states IS, LI and NO; Greece is GR in ISO 3166-1.
const EUROPEAN_112 = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO',
];

/** Emergency numbers clients can call, by country (first = the one to suggest); countries not listed are not checked. */
export const EMERGENCY_NUMBERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['US', ['911']],
  ['CA', ['911']],
  ['GB', ['999', '112']],
  ['IE', ['112', '999']],
  ['AU', ['000', '112']],
  ['NZ', ['111']],
  ...EUROPEAN_112.map((country): [string, string[]] => [country, ['112']]),
]);

/** Numbers that reach emergency services only in some countries (111 and 112 are left alone: NHS 111 is a UK service). */
export const NATIONAL_EMERGENCY_NUMBERS: ReadonlyMap<string, { countries: readonly string[]; where: string }> = new Map([
  ['911', { countries: ['US', 'CA'], where: 'the US and Canada' }],
  ['999', { countries: ['GB', 'IE'], where: 'the UK and Ireland' }],
  ['000', { countries: ['AU'], where: 'Australia' }],
]);

/** The emergency numbers of a jurisdiction's country ("US-CA" → ["911"]); undefined when the country is not in the table. */
export function emergencyNumbers(jurisdiction: string): readonly string[] | undefined {
  return EMERGENCY_NUMBERS.get(jurisdiction.split('-')[0]!);
}

/** Contact method kinds a client cannot expect an immediate answer on. */
export const ASYNCHRONOUS_KINDS = ['email', 'sms', 'secure-messaging', 'portal', 'web-form'] as const;
