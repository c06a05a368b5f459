// The emergency number a client in danger should call, by the policy's jurisdiction: the table in the policy format's
// "Crisis" semantics (policy-format.md). The page shows it when a policy gives no number to call.

// EU member states but IE (its own row), then the EEA states IS, LI and NO.
const EUROPEAN_112 = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO'.split(' ');

const EMERGENCY_NUMBERS: ReadonlyMap<string, string> = new Map([
  ['US', '911'],
  ['CA', '911'],
  ['GB', '999'],
  ['IE', '112'],
  ['AU', '000'],
  ['NZ', '111'],
  ...EUROPEAN_112.map((country): [string, string] => [country, '112']),
]);

/** "US-OR" → "911"; null when the country is not in the table (the page then says "your local emergency number"). */
export function emergencyNumber(jurisdiction: string | null | undefined): string | null {
  return jurisdiction ? (EMERGENCY_NUMBERS.get(jurisdiction.split('-')[0]!.toUpperCase()) ?? null) : null;
}
